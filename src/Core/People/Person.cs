namespace PodSearch.Core.People;

/// <summary>
/// One person across every show. <see cref="Id"/> is the slug of <see cref="Name"/> (accents folded), so it
/// stays the same from one index build to the next while the display name does. A first name that could
/// not be tied to a full name stays a person of its own, scoped to its show (<c>dave-ruby-rogues</c>).
/// </summary>
public sealed record Person
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Every spelling seen, display name first.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>In date order (undated last), then episode id, then role.</summary>
    public IReadOnlyList<PersonAppearance> Appearances { get; init; } = [];
    /// <summary>Number of distinct episodes the person appears in, in any role.</summary>
    public int EpisodeCount { get; init; }
    /// <summary>Distinct episodes per role.</summary>
    public IReadOnlyDictionary<PersonRole, int> RoleCounts { get; init; } = new Dictionary<PersonRole, int>();
    /// <summary>True when only a first name was known and it could not be resolved to a full name.</summary>
    public bool FirstNameOnly { get; init; }
    /// <summary><see cref="Variants"/> folded (<see cref="PersonNameKey.Fold"/>), computed once for list filters and sorting.</summary>
    internal IReadOnlyList<string> FoldedVariants { get; init; } = [];
}
