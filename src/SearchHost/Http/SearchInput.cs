namespace PodSearch.SearchHost.Http;

/// <summary>A search as it arrived, GET or POST, with numbers parsed but nothing else checked yet.</summary>
internal sealed record SearchInput
{
    public string? Query { get; init; }
    public required IReadOnlyDictionary<string, string[]?> Filters { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Sort { get; init; }
    public int? Limit { get; init; }
    public int? Offset { get; init; }
    public string[]? Facets { get; init; }
    public string? Mode { get; init; }
}
