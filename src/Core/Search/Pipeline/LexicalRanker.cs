using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// The keyword ranker, the pipeline's first stage: parses the text (<see cref="QueryBuilder"/>), ranks the
/// best <c>depth</c> episodes by BM25 before paging, and in the same pass counts the unfiltered facet fields
/// and, when a semantic ranking will be fused, remembers the match set.
/// </summary>
internal sealed class LexicalRanker(QueryBuilder queryBuilder)
{
    public LexicalRanking Rank(IndexSearcher searcher, SearchRequest request, SearchFilters filters, FacetOrdinals ordinals, int depth, bool collectMatches)
    {
        var reader = searcher.IndexReader;
        var parsed = queryBuilder.Parse(request.Query, reader, ordinals, request.AllWords);
        var ranking = Run(searcher, request, parsed, filters, ordinals, depth, collectMatches);
        return ranking with { Suggestion = parsed.Suggestion, Notices = parsed.Notices };
    }

    /// <summary>The best <paramref name="depth"/> documents of <paramref name="query"/> and the exact number of matches; <paramref name="alongside"/> sees every match.</summary>
    public static RankedDocs Rank(IndexSearcher searcher, Query query, Sort? sort, int depth, ICollector? alongside = null,
        CancellationToken cancellation = default)
    {
        var numHits = Math.Max(1, depth);
        ITopDocsCollector top = sort is null
            ? TopScoreDocCollector.Create(numHits, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, numHits, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var collector = alongside is null ? (ICollector)top : MultiCollector.Wrap((ICollector)top, alongside);
        searcher.Search(query, CancellableCollector.Wrap(collector, cancellation));
        var docs = depth == 0 ? [] : top.GetTopDocs().ScoreDocs;
        return new RankedDocs(docs, top.TotalHits);
    }

    private static LexicalRanking Run(IndexSearcher searcher, SearchRequest request, ParsedText parsed, SearchFilters filters, FacetOrdinals ordinals,
        int depth, bool collectMatches)
    {
        Query? text = parsed.Query is null ? null : searcher.Rewrite(parsed.Query);
        var query = SearchFilters.Filtered(text, filters.Request);
        var facetFields = request.Facets.Distinct().Where(f => !request.Filters.ContainsKey(f)).ToList();
        var counter = facetFields.Count == 0 ? null : new FacetCountsCollector(ordinals, facetFields);
        var matches = collectMatches ? new MatchSetCollector(searcher.IndexReader.MaxDoc) : null;
        ICollector? alongside = (counter, matches) switch
        {
            (null, null) => null,
            (not null, null) => counter,
            (null, not null) => matches,
            _ => MultiCollector.Wrap(counter, matches),
        };
        var ranked = Rank(searcher, query, SortFor(request, text is null), depth, alongside, request.Cancellation);
        return new LexicalRanking
        {
            Ranked = ranked.Docs,
            Total = ranked.Total,
            Text = text,
            Matched = matches?.Docs,
            Counts = counter,
            CountedFields = facetFields,
            Terms = TermsOf(text),
            Suggestion = null,
            Notices = [],
        };
    }

    private static Sort? SortFor(SearchRequest request, bool filtersOnly)
    {
        var sort = request.Sort == SearchSort.Relevance && filtersOnly ? SearchSort.Newest : request.Sort;
        return sort switch
        {
            SearchSort.Newest => new Sort(new SortField(Indexing.IndexSchema.DateTicks, SortFieldType.INT64, reverse: true)),
            SearchSort.Oldest => new Sort(new SortField(Indexing.IndexSchema.DateTicks, SortFieldType.INT64, reverse: false)),
            _ => null,
        };
    }

    private static HashSet<Term> TermsOf(Query? query)
    {
        var terms = new HashSet<Term>();
        if (query is null)
            return terms;
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten multi-term queries cannot list their terms; snippets then mark what they can.
        }
        // Words matched through the catch-all are the same analysed terms in the stored prose fields.
        foreach (var term in terms.Where(t => t.Field == Indexing.IndexSchema.All).ToList())
        {
            foreach (var field in SearchFields.ThroughAll)
                terms.Add(new Term(field, term.Text));
        }
        return terms;
    }
}

/// <summary>Documents in rank order (top-level doc ids, with scores) and the exact total of matches.</summary>
internal sealed record RankedDocs(ScoreDoc[] Docs, int Total);
