namespace PodSearch.Core.Research;

/// <summary>A search over picks. Every given part must hold (AND); an empty query lists every pick, newest first.</summary>
public sealed record PickQuery
{
    /// <summary>Words that must all occur in the item's text or URL (stemmed, accents and case ignored).</summary>
    public string? Text { get; init; }
    /// <summary>A picker: a person id, a full name in any spelling, or a first name.</summary>
    public string? By { get; init; }
    public int? Year { get; init; }
    /// <summary>The link's host name; sub-domains match too.</summary>
    public string? Domain { get; init; }
    public int Offset { get; init; }
    /// <summary>Page size; <see cref="int.MaxValue"/> for every match (exports).</summary>
    public int Limit { get; init; } = 20;
    public int FacetTop { get; init; } = 10;
}
