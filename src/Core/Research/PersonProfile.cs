using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>Everything about one person: roles per show, first and last appearance, episodes in date order, co-appearances, picks.</summary>
public sealed record PersonProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>Distinct episodes, any role.</summary>
    public int Appearances { get; init; }
    /// <summary>Distinct episodes per role (<c>host</c>, <c>guest</c>, <c>picks</c>, <c>speaker</c>).</summary>
    public IReadOnlyDictionary<string, int> Roles { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<ShowRoles> Shows { get; init; } = [];
    public PersonEpisode? First { get; init; }
    public PersonEpisode? Last { get; init; }
    /// <summary>Oldest first, undated last.</summary>
    public IReadOnlyList<PersonEpisode> Episodes { get; init; } = [];
    /// <summary>People sharing the most episodes with this one; the count is shared episodes.</summary>
    public IReadOnlyList<CountedValue> CoAppearances { get; init; } = [];
    public IReadOnlyList<PickRecord> Picks { get; init; } = [];
    public bool FirstNameOnly { get; init; }
}

public sealed record ShowRoles(string Podcast, string? PodcastTitle, int Episodes, IReadOnlyDictionary<string, int> Roles);

public sealed record PersonEpisode(EpisodeCard Episode, IReadOnlyList<string> Roles);

/// <summary>One row of the people list.</summary>
public sealed record PersonSummary(string Id, string Name, int Appearances, IReadOnlyDictionary<string, int> Roles, string? FirstDate, string? LastDate);

internal static class RoleNames
{
    public static string Of(PersonRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out PersonRole role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role);
}
