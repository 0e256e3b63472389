namespace PodSearch.Core.People;

/// <summary>
/// Every person across all shows, built once from the episodes by <see cref="PersonDirectoryBuilder"/> and
/// then read-only (safe to share between threads).
/// </summary>
public sealed class PersonDirectory
{
    private readonly Dictionary<string, Person> byId;
    private readonly Dictionary<string, Person> byCompactName;
    private readonly IReadOnlyDictionary<(string EpisodeId, string Folded), string> nameInEpisode;
    private readonly Dictionary<string, List<string>> peopleByEpisode;

    internal PersonDirectory(IReadOnlyList<Person> people, IReadOnlyDictionary<(string EpisodeId, string Folded), string> nameInEpisode)
    {
        People = people;
        this.nameInEpisode = nameInEpisode;
        byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        byCompactName = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people.Where(p => !p.FirstNameOnly))
            foreach (var variant in person.Variants.Where(v => PersonNameKey.Words(v).Length >= 2))
                byCompactName.TryAdd(PersonNameKey.Compact(variant), person);
        peopleByEpisode = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in people)
            foreach (var episodeId in person.Appearances.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal))
            {
                if (!peopleByEpisode.TryGetValue(episodeId, out var list))
                    peopleByEpisode[episodeId] = list = [];
                list.Add(person.Id);
            }
    }

    public IReadOnlyList<Person> People { get; }

    public Person? ById(string id) => byId.GetValueOrDefault(id);

    /// <summary>The ids of everyone who appears in an episode, in any role.</summary>
    public IReadOnlyList<string> PeopleIn(string episodeId) =>
        peopleByEpisode.TryGetValue(episodeId, out var list) ? list : [];

    /// <summary>The person a name written in an episode (host, guest, picker, speaker label) was resolved to.</summary>
    public Person? InEpisode(string episodeId, string writtenName)
    {
        var folded = PersonNameKey.Fold(PersonNameKey.Clean(writtenName));
        return nameInEpisode.TryGetValue((episodeId, folded), out var id) ? byId[id] : null;
    }

    /// <summary>
    /// People a user's name text may mean, best first: an id, a full name in any spelling (accents, case and
    /// spacing ignored), or a first name / nickname (every person it may stand for, most appearances first).
    /// </summary>
    public IReadOnlyList<Person> Find(string text)
    {
        if (byId.TryGetValue(text.Trim(), out var exact))
            return [exact];
        var cleaned = PersonNameKey.Clean(text);
        if (byCompactName.TryGetValue(PersonNameKey.Compact(cleaned), out var named))
            return [named];
        var words = PersonNameKey.Words(cleaned);
        if (words.Length == 0)
            return [];
        if (words.Length == 1)
            return People
                .Where(p => p.Variants.Any(v => PersonNameKey.Words(v) is { Length: > 0 } w && Nicknames.MayStandFor(words[0], w[0])))
                .OrderByDescending(p => p.FirstNameOnly ? 0 : 1).ThenByDescending(p => p.EpisodeCount).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
        var folded = string.Join(' ', words);
        return People.Where(p => p.Variants.Any(v => PersonNameKey.Fold(v).StartsWith(folded, StringComparison.Ordinal)))
            .OrderByDescending(p => p.EpisodeCount).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The person a name most likely means: the only match, or the one match with full name over first-name-only
    /// entries when exactly one full name fits. Null when nothing or several full names fit.
    /// </summary>
    public Person? Resolve(string text)
    {
        var found = Find(text);
        if (found.Count == 1)
            return found[0];
        var full = found.Where(p => !p.FirstNameOnly).ToList();
        return full.Count == 1 ? full[0] : null;
    }
}
