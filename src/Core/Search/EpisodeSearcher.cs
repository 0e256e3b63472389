using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search.Pipeline;

namespace PodSearch.Core.Search;

/// <summary>
/// Answers <see cref="SearchRequest"/>s against the index of a <see cref="SearcherProvider"/>: ranked hits with
/// snippets, exact totals and facet counts. Thread-safe; build one per index and share it.
/// </summary>
/// <remarks>
/// Counts for a facet field that is itself filtered are disjunctive: they are computed as if that field's
/// filter were off, so a UI can offer the other values. The stages of a search are in <c>Search/Pipeline</c>
/// (<see cref="SearchPipeline"/>); this class holds the index lease and the requests that are not a ranked search.
/// </remarks>
public sealed class EpisodeSearcher
{
    /// <summary>The default largest page (<see cref="Requests.SearchLimits"/>); larger limits are cut to the searcher's limit.</summary>
    public const int MaxLimit = 100;
    /// <summary>The default deepest offset (<see cref="Requests.SearchLimits"/>).</summary>
    public const int MaxOffset = 10_000;

    private readonly SearcherProvider provider;
    private readonly Analyzer analyzer;
    private readonly QueryBuilder queryBuilder;
    private readonly SearchPipeline pipeline;

    private readonly Requests.SearchLimits limits;

    /// <summary>A searcher serving pages and depths up to <paramref name="limits"/> (<see cref="Requests.SearchLimits.Default"/> when null).</summary>
    public EpisodeSearcher(SearcherProvider provider, Requests.SearchLimits? limits = null)
    {
        this.provider = provider;
        this.limits = limits ?? Requests.SearchLimits.Default;
        // The index's own analysers: its stored user synonyms (podsearch index --synonyms) reach every query.
        var analyzers = Analysis.Analyzers.ForIndex(provider.IndexPath);
        analyzer = analyzers.Index;
        queryBuilder = new QueryBuilder(analyzers.Query, new SpellingCorrector());
        pipeline = new SearchPipeline(new LexicalRanker(queryBuilder), new SemanticStage(provider.IndexPath));
    }

    /// <exception cref="SearchRequestException">An unknown facet field, an inverted range, negative paging.</exception>
    /// <exception cref="OperationCanceledException"><see cref="SearchRequest.Cancellation"/> was cancelled.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        FilterBuilder.Validate(request);
        limits.CheckFilters(request);
        if (request.Offset > limits.MaxOffset)
            throw new SearchRequestException("invalid_paging", $"offset may be at most {limits.MaxOffset}");
        using var lease = provider.Acquire();
        return pipeline.Run(request, lease.Searcher, Math.Min(request.Limit, limits.MaxPageSize), clock);
    }

    /// <summary>
    /// The plain BM25 baseline ranking of <paramref name="request"/>'s words and filters (<see cref="BaselineRanker"/>),
    /// for <c>podsearch eval</c>: hits without snippets or facets, mode <c>baseline</c>.
    /// </summary>
    public SearchResult SearchBaseline(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        FilterBuilder.Validate(request);
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var limit = Math.Min(request.Limit, limits.MaxPageSize);
        var filters = new SearchFilters(request, FacetOrdinals.For(searcher.IndexReader));
        var ranked = BaselineRanker.Rank(searcher, request, filters, request.Offset + limit);
        return new SearchResult
        {
            Query = request.Query ?? "",
            Total = ranked.Total,
            Hits = PageStep.Build(searcher.IndexReader, FusionStep.LexicalOnly(ranked.Docs), request.Offset, limit, snippets: null, passages: null),
            Mode = "baseline",
            TookMs = clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>
    /// Values of one facet field over the episodes matching <paramref name="query"/> (all episodes when null),
    /// optionally only those starting with <paramref name="prefix"/> (the value or any of its words, case and
    /// accents ignored), most frequent first.
    /// </summary>
    public IReadOnlyList<FacetValue> FacetValues(string field, string? query = null, string? prefix = null, int top = 10)
    {
        if (!IndexSchema.FacetFields.Contains(field))
            throw new SearchRequestException("unknown_facet", $"unknown facet field '{field}'; use one of {string.Join(", ", IndexSchema.FacetFields)}");
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var ordinals = FacetOrdinals.For(searcher.IndexReader);
        var parsed = queryBuilder.Parse(query, searcher.IndexReader, ordinals);
        var counter = new FacetCountsCollector(ordinals, [field]);
        searcher.Search(SearchFilters.EpisodesOnly(parsed.Query), counter);
        var field_ = ordinals.Field(field);
        var folded = prefix is null ? null : Analysis.NameKey.Fold(prefix);
        Func<int, bool>? accept = string.IsNullOrEmpty(folded) ? null : ord => StartsWithWord(field_.Folded[ord], folded);
        return FacetLabels.Label(searcher.IndexReader, field, FacetTop.Select(field_.Values, counter.Counts[0], top, accept));
    }

    /// <summary>The stored episode with this id, or null.</summary>
    public Episode? Show(string id)
    {
        using var lease = provider.Acquire();
        var doc = FindDoc(lease.Searcher, id);
        return doc < 0 ? null : EpisodeStore.Load(lease.Searcher.IndexReader, doc).Episode;
    }

    /// <summary>
    /// Episodes most like the one with id <paramref name="id"/>, best first: by its words, people and show
    /// (<see cref="SimilarQuery"/>), by meaning (its passage vectors, <see cref="Semantic.EpisodeVector"/>), or
    /// both fused (hybrid, the default), as for <see cref="Search"/>.
    /// </summary>
    /// <exception cref="SearchRequestException">No episode has this id (<c>unknown_episode</c>).</exception>
    public SearchResult Similar(string id, int limit = 10, SearchMode mode = SearchMode.Hybrid)
    {
        var clock = Stopwatch.StartNew();
        using var lease = provider.Acquire();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var doc = FindDoc(searcher, id);
        if (doc < 0)
            throw new SearchRequestException("unknown_episode", $"no episode with id '{id}'");
        limit = Math.Min(limit, limits.MaxPageSize);
        var notices = new List<SearchNotice>();
        var depth = Math.Max(limit, SemanticStage.FusionDepth);
        var semantic = mode == SearchMode.Lexical ? null : SemanticStage.RankLike(reader, doc, depth, notices);
        if (semantic is null)
            mode = SearchMode.Lexical;
        var episode = EpisodeStore.Load(reader, doc).Episode;
        var ranked = mode == SearchMode.Semantic
            ? new RankedDocs([], 0)
            : LexicalRanker.Rank(searcher, SearchFilters.EpisodesOnly(SimilarQuery.Build(reader, analyzer, episode)), null, semantic is null ? limit : depth);
        // Fused at an even ratio; "like this one" has no exact match set, so no semantic hit counts as outside it.
        var fused = semantic is null
            ? FusionStep.LexicalOnly(ranked.Docs)
            : FusionStep.Fuse(ranked.Docs, semantic, mode == SearchMode.Semantic, 0.5, lexicalMatched: null);
        var total = semantic is null ? ranked.Total
            : mode == SearchMode.Semantic ? semantic.Count
            : Math.Max(ranked.Total, fused.Episodes.Count); // the count of candidates either side offered
        return new SearchResult
        {
            Query = id,
            Total = total,
            Hits = PageStep.Build(reader, fused, 0, limit, new SnippetBuilder([]), passages: null),
            Notices = [.. notices.Select(n => n.Message)],
            NoticeCodes = [.. notices.Select(n => n.Code)],
            Mode = SearchPipeline.ModeName(mode),
            TookMs = clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>Episodes per show, distinct people, distinct terms and the index's size on disk.</summary>
    public IndexStats Stats()
    {
        using var lease = provider.Acquire();
        return IndexStats.Compute(lease.Searcher, provider.IndexPath);
    }

    private static int FindDoc(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    private static bool StartsWithWord(string folded, string prefix)
    {
        if (folded.StartsWith(prefix, StringComparison.Ordinal))
            return true;
        for (var i = folded.IndexOf(' '); i >= 0; i = folded.IndexOf(' ', i + 1))
        {
            if (string.CompareOrdinal(folded, i + 1, prefix, 0, prefix.Length) == 0)
                return true;
        }
        return false;
    }

}
