using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>
/// The research questions the CLI and the host ask of a catalog, in one place so both give the same answers.
/// Page sizes are not limited here: callers cap them (the host at its page limit) or stream every match.
/// </summary>
public static class ResearchQueries
{
    public static PickSearchResult Picks(ResearchCatalog catalog, PickQuery query) => PickSearch.Run(catalog, query);

    public static LinkSearchResult Links(ResearchCatalog catalog, LinkQuery query) => LinkSearch.Run(catalog, query);

    /// <summary>The profile of the person <paramref name="name"/> means, or the candidates when it is ambiguous or unknown.</summary>
    public static PersonLookup Person(ResearchCatalog catalog, string name, int top = 10)
    {
        var person = catalog.People.Resolve(name);
        return person is not null
            ? new PersonLookup(PeopleQueries.Profile(catalog, person, top), [])
            : new PersonLookup(null, catalog.People.Find(name).Take(20).Select(p => Summary(p)).ToList());
    }

    public static IEnumerable<PersonSummary> People(ResearchCatalog catalog, string? prefix, PersonRole? role, PeopleSort sort) =>
        PeopleQueries.List(catalog, prefix, role, sort);

    /// <summary>Everyone who shares an episode with the person, most shared episodes first.</summary>
    public static IEnumerable<CountedValue> AppearedWith(ResearchCatalog catalog, Person person) =>
        PeopleQueries.CoAppearances(catalog, person);

    /// <summary>
    /// Ids of the episodes in which every one of <paramref name="names"/> appears (AND). Throws
    /// <see cref="ResearchRequestException"/> naming the first name that matches no one or is ambiguous.
    /// </summary>
    public static IReadOnlySet<string> EpisodesWithAll(ResearchCatalog catalog, IEnumerable<string> names)
    {
        HashSet<string>? episodes = null;
        foreach (var name in names)
        {
            var person = ResolveOrThrow(catalog, name, "with");
            var own = person.Appearances.Select(a => a.EpisodeId).ToHashSet(StringComparer.Ordinal);
            if (episodes is null)
                episodes = own;
            else
                episodes.IntersectWith(own);
        }
        return episodes ?? [];
    }

    /// <summary>The one person a name means, or a <see cref="ResearchRequestException"/> naming the parameter.</summary>
    public static Person ResolveOrThrow(ResearchCatalog catalog, string name, string parameter)
    {
        var person = catalog.People.Resolve(name);
        if (person is not null)
            return person;
        var candidates = catalog.People.Find(name);
        throw candidates.Count == 0
            ? new ResearchRequestException("unknown_person", parameter, $"no person matches '{name}'")
            : new ResearchRequestException("ambiguous_person", parameter,
                $"'{name}' may mean {string.Join(", ", candidates.Take(5).Select(c => $"{c.Name} ({c.Id})"))}; give the full name or the id");
    }

    internal static PersonSummary Summary(Person p) => PeopleQueries.List(p);
}

/// <summary>A person's profile, or when the name did not settle on one person, the candidates.</summary>
public sealed record PersonLookup(PersonProfile? Profile, IReadOnlyList<PersonSummary> Candidates);

/// <summary>A research request that cannot be answered as asked; <see cref="Code"/> is stable, <see cref="Parameter"/> names the culprit.</summary>
public sealed class ResearchRequestException(string code, string parameter, string message) : Exception(message)
{
    public string Code { get; } = code;
    public string Parameter { get; } = parameter;
}
