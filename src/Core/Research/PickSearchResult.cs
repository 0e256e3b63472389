namespace PodSearch.Core.Research;

public sealed record PickSearchResult
{
    public int Total { get; init; }
    /// <summary>The requested page, newest first.</summary>
    public IReadOnlyList<PickRecord> Picks { get; init; } = [];
    /// <summary>Over every match: <c>by</c> (people, with ids), <c>year</c>, <c>domain</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CountedValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<CountedValue>>();
    /// <summary>Items picked more than once (same page URL or same text) by different people or in different episodes.</summary>
    public IReadOnlyList<MostPickedItem> MostPicked { get; init; } = [];
    /// <summary>Set when <see cref="PickQuery.By"/> named nobody known.</summary>
    public string? Notice { get; init; }
}

/// <summary>One item recommended several times. <see cref="Count"/> counts distinct (picker, episode) pairs.</summary>
public sealed record MostPickedItem(string Text, string? Url, int Count, IReadOnlyList<string> Pickers, int Episodes);
