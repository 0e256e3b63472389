namespace PodSearch.Core.Requests;

/// <summary>
/// How large a request may be: one set of limits that the search core is given and that both doors check against,
/// so a host configured for pages of 500 gets pages of 500 (the core used to cut every page to 100 silently).
/// </summary>
public sealed record SearchLimits
{
    /// <summary>The limits of the command line and of a host with default settings.</summary>
    public static SearchLimits Default { get; } = new();

    /// <summary>The largest page (<c>limit</c>) a search may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>The deepest <c>offset</c>: paging past it costs a full sort and nobody reads page 1,000.</summary>
    public int MaxOffset { get; init; } = 10_000;

    /// <summary>The longest query text, in characters.</summary>
    public int MaxQueryLength { get; init; } = 1000;
}
