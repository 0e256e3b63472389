using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// Counts the requested facets over the final match set: the lexical matches (counted during the lexical pass
/// for unfiltered fields) plus, in hybrid and semantic modes, the semantic hits the words did not find. A field
/// that is itself filtered is counted as if its own filter were off (disjunctive), so a UI can offer the other values.
/// </summary>
internal static class FacetStep
{
    /// <summary>The requested facets' top values; <paramref name="semantic"/> is null when only the lexical ranking ran.</summary>
    public static Dictionary<string, IReadOnlyList<FacetValue>> Count(IndexSearcher searcher, SearchRequest request, FacetOrdinals ordinals,
        SearchFilters filters, LexicalRanking lexical, SemanticRanking? semantic, FusedRanking fused)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var semanticOnly = semantic is not null && request.Mode == SearchMode.Semantic;
        var counted = semanticOnly ? null : lexical.Counts;
        if (semantic is not null && counted is not null)
            AddDocs(counted, searcher.IndexReader, fused.SemanticOnlyDocs); // the fused set is the lexical matches plus these
        foreach (var field in request.Facets.Distinct())
        {
            var index = counted is null ? -1 : lexical.CountedFields.IndexOf(field);
            if (index >= 0)
            {
                facets[field] = FacetLabels.Label(searcher.IndexReader, field, counted!.Top(index, request.FacetTop));
                continue;
            }
            var filter = filters.For(field);
            var counter = new FacetCountsCollector(ordinals, [field]);
            if (semantic is null)
            {
                searcher.Search(SearchFilters.Filtered(lexical.Text, filter), CancellableCollector.Wrap(counter, request.Cancellation));
            }
            else
            {
                var view = filters.DisjunctiveFields.IndexOf(field);
                var lexicalQuery = semanticOnly || lexical.Text is null ? null : SearchFilters.Filtered(lexical.Text, filter);
                CountFused(searcher, counter, lexicalQuery, semantic.Views[view < 0 ? 0 : 1 + view], request.Cancellation);
            }
            facets[field] = FacetLabels.Label(searcher.IndexReader, field, counter.Top(0, request.FacetTop));
        }
        return facets;
    }

    /// <summary>Counts the matches of <paramref name="lexical"/> and the semantic hits it does not match.</summary>
    private static void CountFused(IndexSearcher searcher, FacetCountsCollector counter, Query? lexical, List<SemanticHit> semantic, CancellationToken cancellation)
    {
        var matched = new HashSet<int>();
        if (lexical is not null)
        {
            searcher.Search(lexical, CancellableCollector.Wrap(counter, cancellation));
            matched = Matches(searcher, lexical, semantic.Select(s => s.Doc));
        }
        AddDocs(counter, searcher.IndexReader, semantic.Select(s => s.Doc).Where(d => !matched.Contains(d)));
    }

    /// <summary>Adds top-level <paramref name="docs"/> to the counts of <paramref name="counter"/>, segment by segment.</summary>
    private static void AddDocs(FacetCountsCollector counter, IndexReader reader, IEnumerable<int> docs)
    {
        var leaves = reader.Leaves;
        foreach (var group in docs.OrderBy(d => d).GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            counter.SetNextReader(leaf);
            foreach (var doc in group)
                counter.Collect(doc - leaf.DocBase);
        }
    }

    /// <summary>Which of <paramref name="docs"/> match <paramref name="query"/>, by advancing its scorer to each.</summary>
    private static HashSet<int> Matches(IndexSearcher searcher, Query query, IEnumerable<int> docs)
    {
        var result = new HashSet<int>();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in docs.OrderBy(d => d).GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
                continue;
            var current = -1;
            foreach (var doc in group)
            {
                var local = doc - leaf.DocBase;
                if (current < local)
                    current = scorer.Advance(local);
                if (current == DocIdSetIterator.NO_MORE_DOCS)
                    break;
                if (current == local)
                    result.Add(doc);
            }
        }
        return result;
    }
}
