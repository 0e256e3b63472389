namespace PodSearch.Core.Search;

/// <summary>
/// Everything a search can ask for; shared by the command line and the HTTP host.
/// Filters OR within one field (repeated values) and AND across fields. A request may have no text
/// (filters only), in which case results sort newest first unless <see cref="Sort"/> says otherwise.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    /// <summary>Facet field name (<c>guest</c>, <c>host</c>, <c>podcast</c>, <c>tag</c>, <c>year</c>, <c>picks_by</c>, <c>link_domain</c>) to the accepted values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public int? MinDurationSeconds { get; init; }
    public int? MaxDurationSeconds { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
    /// <summary>Facet fields to count over the whole match set.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];
    public int FacetTop { get; init; } = 10;
    public SearchMode Mode { get; init; } = SearchMode.Hybrid;
    /// <summary>
    /// Only episodes containing every typed word match (Meilisearch's <c>matchingStrategy: all</c>); by default any
    /// word may match and more of them rank higher. Query syntax keeps its own operators either way. A semantic
    /// ranking fused with it only reorders those episodes.
    /// </summary>
    public bool AllWords { get; init; }
    /// <summary>
    /// When set, only these episodes can match (AND with everything else); an empty set matches nothing.
    /// Research filters use it, e.g. the episodes in which every <c>--with</c> person appears.
    /// </summary>
    public IReadOnlyCollection<string>? EpisodeIds { get; init; }
    /// <summary>Build snippets for the hits (the default). Callers that only need the ranking, such as the transcript
    /// moments finder, turn them off: snippets for a page of 100 hits cost more than the search.</summary>
    public bool Snippets { get; init; } = true;
    /// <summary>
    /// Weight of the semantic ranking in hybrid fusion, 0 (lexical only) to 1 (semantic only); null (the default):
    /// chosen by the query's shape (<see cref="Pipeline.SemanticRatios"/>).
    /// </summary>
    public double? SemanticRatio { get; init; }
    /// <summary>
    /// Score every passage instead of the nearest clusters' (see Semantic/SemanticRanker): slower, for measuring
    /// what the clusters cost in quality (<c>--exact</c> on search, eval and bench; not offered over HTTP).
    /// </summary>
    public bool ExactSemantic { get; init; }
    /// <summary>
    /// Cancels the search (the host's time budget): the collectors and the vector scan check it and throw
    /// <see cref="OperationCanceledException"/>. Not part of what the request asks for, so not in its JSON form.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CancellationToken Cancellation { get; init; }
}

public enum SearchSort { Relevance, Newest, Oldest }

public enum SearchMode { Lexical, Semantic, Hybrid }
