using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PodSearch.Core.Concurrency;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Semantic and hybrid ranking for <see cref="EpisodeSearcher"/>: encodes the query, ranks the episodes the
/// filters allow by their best passage, fuses that with the lexical ranking (<see cref="RankFusion"/>) and
/// counts facets over the fused set. When the index has no usable vectors, <see cref="Prepare"/> returns
/// null with a notice and the searcher stays lexical, saying so.
/// </summary>
internal sealed class HybridSearch(string indexPath)
{
    /// <summary>How many episodes each ranking contributes to fusion (and the most a semantic-only search returns).</summary>
    public const int FusionDepth = 100;

    private readonly SemanticModelCache models = new(indexPath);

    /// <summary>The encoded query, or null (with a notice) when this request runs lexically after all.</summary>
    public SemanticQuery? Prepare(IndexReader reader, SearchRequest request, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return null; // filters only: nothing to compare meanings with; the lexical path sorts by date
        var (embedder, problem) = models.For(reader);
        if (embedder is null)
        {
            notices.Add($"{ModeName(request.Mode)} search unavailable: {problem}; showing lexical results");
            return null;
        }
        return Encode(embedder, request.Query, request.Mode, notices);
    }

    internal static SemanticQuery? Encode(ITextEmbedder embedder, string text, SearchMode mode, List<string> notices)
    {
        var words = WordTokenizer.Tokenize(text);
        var vector = embedder.EncodeQuery(text);
        if (vector.AsSpan().IndexOfAnyExcept(0f) < 0)
        {
            notices.Add($"no word of the query is known to the semantic model; {ModeName(mode)} search fell back to lexical results");
            return null;
        }
        return new SemanticQuery(vector, embedder, words);
    }

    /// <summary>Starts ranking the episodes <paramref name="filter"/> allows by meaning; <see cref="Complete"/> joins it.</summary>
    /// <remarks>
    /// <paramref name="disjunctive"/> are the filters of the facets whose own field is filtered (each without that
    /// field), in the request's facet order: the same scan ranks under each of them too, see <see cref="Complete"/>.
    /// </remarks>
    public RankingScan StartRanking(IndexReader reader, SemanticQuery query, Filter? filter, IReadOnlyList<Filter?> disjunctive, int depth, bool exact = false) =>
        SemanticRanker.Start(reader, query.Vector, [AllowedBy(filter), .. disjunctive.Select(AllowedBy)], depth,
            SharedWork.DefaultHelpers, exact ? 1 : SemanticRanker.ProbeShare);

    /// <summary>The facet fields that are also filtered: their counts are disjunctive (as if their own filter were off).</summary>
    public static List<string> DisjunctiveFacets(SearchRequest request) =>
        request.Facets.Distinct().Where(request.Filters.ContainsKey).ToList();

    public SearchResult Complete(SearchRequest request, IndexSearcher searcher, SemanticQuery query, RankingScan ranking, LexicalOutcome lexical,
        string? suggestion, List<string> notices, Stopwatch clock, int limit)
    {
        var reader = searcher.IndexReader;
        var depth = Math.Max(FusionDepth, request.Offset + limit);
        var semantic = CloseEnough(ranking.Join());
        var semanticOnly = request.Mode == SearchMode.Semantic;
        var lexicalDocs = semanticOnly ? [] : lexical.Ranked.Select(d => d.Doc).ToList();
        var ratio = semanticOnly ? 1.0 : request.SemanticRatio;
        var fused = RankFusion.Fuse(lexicalDocs, semantic.Select(s => s.Doc).ToList(), ratio);

        var lexicalByDoc = lexical.Ranked.ToDictionary(d => d.Doc);
        var semanticByDoc = semantic.ToDictionary(s => s.Doc);
        var passages = new PassageSnippets(reader, query.Words);
        var page = fused.Skip(request.Offset).Take(limit).ToList();
        var pageDocs = page.Select(f => lexicalByDoc.TryGetValue(f.Doc, out var sd) ? sd : new ScoreDoc(f.Doc, 0f)).ToList();
        var pageSemantic = page.Select(f => semanticByDoc.TryGetValue(f.Doc, out var s) ? s : (SemanticHit?)null).ToArray();
        // The "matched" passages are cut on a free core while this thread builds the page's lexical snippets.
        var matchedPassages = SharedWork<Snippet?>.Start(page.Count, i => pageSemantic[i] is { } hit ? passages.Build(hit) : null,
            SharedWork.DefaultHelpers);
        List<EpisodeHit> pageHits;
        Snippet?[] matchedSnippets;
        try
        {
            pageHits = lexical.ToHits(pageDocs);
            matchedSnippets = matchedPassages.Join();
        }
        finally
        {
            matchedPassages.Abandon(); // after a failure, no chunk may outlive the lease
        }
        var hits = page.Select((f, i) =>
        {
            var scoreDoc = pageDocs[i];
            var hit = pageHits[i];
            var sem = pageSemantic[i];
            var snippets = hit.Snippets.ToList();
            if (matchedSnippets[i] is { } matched)
            {
                // The passage that made the match leads when meaning found the episode before the words did.
                var leads = f.LexicalRank is null || (f.SemanticRank ?? int.MaxValue) < f.LexicalRank;
                snippets.Insert(leads ? 0 : Math.Min(snippets.Count, 2), matched);
                snippets = snippets.Take(3).ToList();
            }
            return hit with
            {
                Score = Math.Round(f.Score, 6),
                Snippets = snippets,
                LexicalRank = semanticOnly ? null : f.LexicalRank,
                LexicalScore = !semanticOnly && f.LexicalRank is not null ? Math.Round(scoreDoc.Score, 4) : null,
                SemanticRank = f.SemanticRank,
                SemanticScore = sem is { } x ? Math.Round(x.Score, 4) : null,
            };
        }).ToList();

        var lexicalMatching = semanticOnly ? null : lexical.Matching;
        var matched = semanticOnly ? null : lexical.Matched;
        var semanticOnlyDocs = semantic.Select(s => s.Doc).Where(d => matched is null || !matched.Get(d)).ToList();
        var total = semanticOnly ? semantic.Count : lexical.Total + semanticOnlyDocs.Count;
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var counted = semanticOnly ? null : lexical.Counts;
        var disjunctiveFields = DisjunctiveFacets(request);
        if (counted is not null)
            AddDocs(counted, reader, semanticOnlyDocs); // the fused set is the lexical matches plus these
        foreach (var field in request.Facets.Distinct())
        {
            var index = counted is null ? -1 : lexical.CountedFields.IndexOf(field);
            if (index >= 0)
            {
                facets[field] = counted!.Top(index, request.FacetTop);
                continue;
            }
            var disjunctive = request.Filters.ContainsKey(field);
            var filter = lexical.FilterWithout(disjunctive ? field : null);
            var lexicalQuery = semanticOnly || lexicalMatching is null ? null : disjunctive ? lexical.Filtered(filter) : lexicalMatching;
            var semanticSet = disjunctive ? CloseEnough(ranking.Join(1 + disjunctiveFields.IndexOf(field))) : semantic;
            facets[field] = CountFused(searcher, lexical.Ordinals, field, lexicalQuery, semanticSet, request.FacetTop);
        }

        return new SearchResult
        {
            Query = request.Query ?? "",
            Total = total,
            Suggestion = suggestion,
            Hits = hits,
            Facets = facets,
            Notices = notices,
            Mode = ModeName(request.Mode),
            TookMs = clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>
    /// The episodes closest in meaning to top-level document <paramref name="doc"/> (itself left out), or null
    /// with a notice when it has no passage vectors.
    /// </summary>
    public static List<SemanticHit>? RankLike(IndexReader reader, int doc, int depth, List<string> notices)
    {
        var vector = EpisodeVector.Of(reader, doc);
        if (vector is null)
        {
            notices.Add("this episode has no passage vectors (index built with --no-vectors?); similar episodes are found by words only");
            return null;
        }
        var hits = SemanticRanker.Start(reader, vector, [_ => null], depth + 1, SharedWork.DefaultHelpers).Join();
        return hits.Where(h => h.Doc != doc).Take(depth).ToList();
    }

    /// <summary>Similar episodes by words (<paramref name="lexical"/>), by meaning, or both fused, first <paramref name="limit"/> as hits.</summary>
    public static SearchResult FuseSimilar(RankedDocs lexical, List<SemanticHit> semantic, SearchMode mode, int limit,
        Func<IReadOnlyList<ScoreDoc>, List<EpisodeHit>> toHits)
    {
        var semanticOnly = mode == SearchMode.Semantic;
        var fused = RankFusion.Fuse(semanticOnly ? [] : lexical.Docs.Select(d => d.Doc).ToList(), semantic.Select(s => s.Doc).ToList(), semanticOnly ? 1.0 : 0.5);
        var lexicalByDoc = lexical.Docs.ToDictionary(d => d.Doc);
        var semanticByDoc = semantic.ToDictionary(s => s.Doc);
        var page = fused.Take(limit).ToList();
        var pageDocs = page.Select(f => lexicalByDoc.TryGetValue(f.Doc, out var sd) ? sd : new ScoreDoc(f.Doc, 0f)).ToList();
        var hits = toHits(pageDocs).Select((hit, i) => hit with
        {
            Score = Math.Round(page[i].Score, 6),
            LexicalRank = page[i].LexicalRank,
            LexicalScore = page[i].LexicalRank is null ? null : Math.Round(pageDocs[i].Score, 4),
            SemanticRank = page[i].SemanticRank,
            SemanticScore = semanticByDoc.TryGetValue(page[i].Doc, out var s) ? Math.Round(s.Score, 4) : null,
        }).ToList();
        return new SearchResult
        {
            // "Like this one" has no exact match set: the count of candidates either side offered.
            Total = semanticOnly ? semantic.Count : Math.Max(lexical.Total, fused.Count),
            Hits = hits,
        };
    }

    /// <summary>
    /// A semantic hit counts as a match only when its similarity is at least this share of the best hit's.
    /// Every episode has some similarity to any query, so without a floor the semantic side always offers
    /// <see cref="FusionDepth"/> episodes and a hybrid total says "100 more" for any word. Measured on
    /// tests/Eval (BENCHMARKS.md): 0.6 keeps hybrid nDCG@10 and Recall@100 as they were (0.441 / 0.732 against
    /// 0.438 / 0.738 with no floor), 0.8 starts to cost recall.
    /// </summary>
    public const double SimilarityFloor = 0.6;

    private static List<SemanticHit> CloseEnough(List<SemanticHit> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score <= 0)
            return ranked;
        var floor = ranked[0].Score * SimilarityFloor;
        return ranked.Where(hit => hit.Score >= floor).ToList();
    }

    public static string ModeName(SearchMode mode) => mode switch
    {
        SearchMode.Semantic => "semantic",
        SearchMode.Hybrid => "hybrid",
        _ => "lexical",
    };

    /// <summary>Per segment, the documents <paramref name="filter"/> accepts (null: all).</summary>
    private static Func<AtomicReaderContext, IBits?> AllowedBy(Filter? filter) => context =>
    {
        if (filter is null)
            return null;
        var set = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
        if (set is null)
            return new Bits.MatchNoBits(context.AtomicReader.MaxDoc);
        if (set.Bits is { } bits)
            return bits;
        var fixedSet = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = set.GetIterator();
        if (iterator is not null)
            fixedSet.Or(iterator);
        return fixedSet;
    };

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

    private static IReadOnlyList<FacetValue> CountFused(IndexSearcher searcher, FacetOrdinals ordinals, string field, Query? lexical, List<SemanticHit> semantic, int top)
    {
        var counter = new FacetCountsCollector(ordinals, [field]);
        var matched = new HashSet<int>();
        if (lexical is not null)
        {
            searcher.Search(lexical, counter);
            matched = Matches(searcher, lexical, semantic.Select(s => s.Doc));
        }
        AddDocs(counter, searcher.IndexReader, semantic.Select(s => s.Doc).Where(d => !matched.Contains(d)));
        return counter.Top(0, top);
    }
}
