using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>Questions about people over a <see cref="ResearchCatalog"/>: a profile, the people list, people who appeared with someone.</summary>
internal static class PeopleQueries
{
    public static PersonProfile Profile(ResearchCatalog catalog, Person person, int top = 10)
    {
        var episodes = person.Appearances.GroupBy(a => a.EpisodeId, StringComparer.Ordinal)
            .Select(g => (Card: catalog.Episode(g.Key), Roles: g.Select(a => RoleNames.Of(a.Role)).Distinct().ToList()))
            .Where(e => e.Card is not null)
            .Select(e => new PersonEpisode(e.Card!, e.Roles))
            .ToList();
        return new PersonProfile
        {
            Id = person.Id,
            Name = person.Name,
            Variants = person.Variants,
            Appearances = person.EpisodeCount,
            Roles = person.RoleCounts.ToDictionary(p => RoleNames.Of(p.Key), p => p.Value),
            Shows = person.Appearances.GroupBy(a => a.Podcast, StringComparer.Ordinal)
                .Select(g => new ShowRoles(
                    g.Key,
                    catalog.Episode(g.First().EpisodeId)?.PodcastTitle,
                    g.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal).Count(),
                    g.GroupBy(a => RoleNames.Of(a.Role)).ToDictionary(r => r.Key, r => r.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal).Count())))
                .OrderByDescending(s => s.Episodes).ThenBy(s => s.Podcast, StringComparer.Ordinal)
                .ToList(),
            First = episodes.FirstOrDefault(e => e.Episode.Date is not null) ?? episodes.FirstOrDefault(),
            Last = episodes.LastOrDefault(e => e.Episode.Date is not null) ?? episodes.LastOrDefault(),
            Episodes = episodes,
            CoAppearances = CoAppearances(catalog, person).Take(top).ToList(),
            Picks = catalog.Picks.Where(p => p.PersonId == person.Id).ToList(),
            FirstNameOnly = person.FirstNameOnly,
        };
    }

    /// <summary>Everyone who shares an episode with <paramref name="person"/>, most shared episodes first.</summary>
    public static IEnumerable<CountedValue> CoAppearances(ResearchCatalog catalog, Person person) =>
        person.Appearances.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal)
            .SelectMany(catalog.People.PeopleIn)
            .Where(id => id != person.Id)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => new CountedValue(catalog.People.ById(g.Key)!.Name, g.Count(), g.Key))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal);

    /// <summary>The people list: optionally by name prefix (of any word of any spelling) and role.</summary>
    public static IEnumerable<PersonSummary> List(ResearchCatalog catalog, string? prefix, PersonRole? role, PeopleSort sort)
    {
        var folded = prefix is null ? "" : PersonNameKey.Fold(prefix);
        var people = catalog.People.People.Where(p =>
            (role is null || p.RoleCounts.ContainsKey(role.Value))
            && (folded.Length == 0 || p.FoldedVariants.Any(v => StartsWithWordPrefix(v, folded))));
        people = sort == PeopleSort.Name
            ? people.OrderBy(p => p.FoldedVariants.Count > 0 ? p.FoldedVariants[0] : PersonNameKey.Fold(p.Name), StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            : people.OrderByDescending(p => role is null ? p.EpisodeCount : p.RoleCounts[role.Value]).ThenBy(p => p.Id, StringComparer.Ordinal);
        return people.Select(List);
    }

    public static PersonSummary List(Person p) => new(
        p.Id, p.Name, p.EpisodeCount,
        p.RoleCounts.ToDictionary(r => RoleNames.Of(r.Key), r => r.Value),
        p.Appearances.FirstOrDefault(a => a.Date is not null)?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        p.Appearances.LastOrDefault(a => a.Date is not null)?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static bool StartsWithWordPrefix(string foldedName, string foldedPrefix) =>
        foldedName.StartsWith(foldedPrefix, StringComparison.Ordinal)
        || foldedName.Contains(" " + foldedPrefix, StringComparison.Ordinal);
}

public enum PeopleSort { Appearances, Name }
