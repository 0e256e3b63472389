namespace PodSearch.Core.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>. Its JSON form (camelCase) is the contract of
/// <c>podsearch search --json</c> and <c>GET /api/search</c>.
/// </summary>
public sealed record SearchResult
{
    public string Query { get; init; } = "";
    /// <summary>Exact number of matching episodes.</summary>
    public int Total { get; init; }
    public double TookMs { get; init; }
    /// <summary>"Did you mean" text built from index terms, or null.</summary>
    public string? Suggestion { get; init; }
    public IReadOnlyList<EpisodeHit> Hits { get; init; } = [];
    /// <summary>Facet field to its top values, in count order; a final entry may carry the count of the rest.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    /// <summary>Notes on how the query was run, e.g. that a syntax error made it fall back to plain words.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
    /// <summary>The stable code of each of <see cref="Notices"/>, in the same order (<see cref="SearchNotice"/>).</summary>
    public IReadOnlyList<string> NoticeCodes { get; init; } = [];
    /// <summary>The mode that actually ran (semantic falls back to lexical when no vectors are available).</summary>
    public string Mode { get; init; } = "lexical";
}

public sealed record EpisodeHit
{
    public required string Id { get; init; }
    public string Title { get; init; } = "";
    public string Podcast { get; init; } = "";
    public string? PodcastTitle { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Guests { get; init; } = [];
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public double Score { get; init; }
    public IReadOnlyList<Snippet> Snippets { get; init; } = [];
    public int? LexicalRank { get; init; }
    public double? LexicalScore { get; init; }
    public int? SemanticRank { get; init; }
    public double? SemanticScore { get; init; }
}

/// <summary>A passage that shows why a hit matched; query terms are wrapped in <c>&lt;mark&gt;</c>.</summary>
public sealed record Snippet(string Field, string? Speaker, string Text);

/// <summary>One facet value and how many matching episodes carry it. <see cref="Value"/> is null for the "rest" entry.</summary>
public sealed record FacetValue(string? Value, int Count)
{
    /// <summary>How the value reads on a page: the show's title for a show's slug; absent when it is the value itself.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }
}
