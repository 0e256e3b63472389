using PodSearch.Core.Notes;

namespace PodSearch.Core.People;

/// <summary>
/// Resolves every name in every episode (hosts, guests, pickers, transcript speakers) to one
/// <see cref="Person"/>. Full names (two words or more) meet by folded key, so accents, case and spacing
/// never split a person. A lone first name (<c>Chuck</c>, <c>CHUCK</c>, <c>AJ</c>) is tied to a full name only
/// when exactly one person present in the same episode could carry it (nicknames included); failing that,
/// to exactly one of the show's hosts; otherwise it stays a first-name-only person of that show, so two
/// different people who share a first name are never merged.
/// </summary>
internal sealed class PersonDirectoryBuilder
{
    // Transcript labels and list entries that name no person.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "announcer", "all", "everyone", "everybody", "unknown", "voiceover", "voice over", "narrator", "panel",
        "panelists", "audience", "speaker", "host", "hosts", "guest", "guests", "crosstalk", "multiple", "intro",
        "outro", "music", "male", "female", "both", "group", "none", "no pick", "no picks", "n a", "tbd",
        "unidentified", "several", "others", "and", "the panel", "male voice", "female voice", "commercial",
    };

    private readonly BuildState state = new();

    public static PersonDirectory Build(IEnumerable<Episode> episodes, ShowHostRoster? roster = null)
    {
        var builder = new PersonDirectoryBuilder();
        foreach (var episode in episodes)
            builder.Add(episode);
        return builder.Build(roster);
    }

    /// <summary>Takes one episode's names; keeps only the names, so episodes can be streamed through.</summary>
    public void Add(Episode episode)
    {
        if (episode.Kind == EpisodeKind.Episode)
            state.Add(episode);
    }

    /// <summary>Resolves first names and hands on the finished directory. Call once.</summary>
    public PersonDirectory Build(ShowHostRoster? roster = null)
    {
        state.ResolveShortNames(roster ?? ShowHostRoster.Empty);
        return state.ToDirectory();
    }

    private sealed record Mention(int Episode, PersonRole Role, string Written, string Folded, string[] Words);

    private sealed record EpisodeStub(string Id, string Podcast, DateTime? Date);

    private sealed class Cluster(string key)
    {
        public string Key { get; } = key;
        public Dictionary<string, int> Variants { get; } = new(StringComparer.Ordinal);
        public HashSet<string> FirstWords { get; } = new(StringComparer.Ordinal);
        public Dictionary<(int Episode, PersonRole Role), string> Appearances { get; } = [];
        public bool FirstNameOnly { get; init; }

        public void AddVariant(string written, string[] words, int count = 1)
        {
            Variants[written] = Variants.GetValueOrDefault(written) + count;
            FirstWords.Add(words[0]);
        }
    }

    private sealed class BuildState
    {
        private readonly List<EpisodeStub> episodes = [];
        private readonly List<Mention> mentions = [];
        private readonly Dictionary<string, Cluster> clusters = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Episode, string Folded), string> resolvedNames = [];

        public void Add(Episode episode)
        {
            var index = episodes.Count;
            episodes.Add(new EpisodeStub(episode.Id, episode.Podcast, episode.Date));
            foreach (var name in episode.Hosts)
                AddMention(index, PersonRole.Host, name);
            foreach (var name in episode.Guests)
                AddMention(index, PersonRole.Guest, name);
            foreach (var group in episode.Picks)
                // A picker without items is one the transcript names (the notes list the items unattributed).
                if (group.Items.Count > 0 || group.By.Length > 0)
                    AddMention(index, PersonRole.Picks, group.By);
            foreach (var speaker in episode.Transcript.Select(t => t.Speaker).Distinct(StringComparer.Ordinal))
                AddMention(index, PersonRole.Speaker, speaker);
        }

        private void AddMention(int episode, PersonRole role, string raw)
        {
            var written = PersonNameKey.Clean(raw);
            var folded = PersonNameKey.Fold(written);
            if (folded.Length == 0 || NotPeople.Contains(folded) || !written.Any(char.IsLetter))
                return;
            var words = folded.Split(' ');
            var mention = new Mention(episode, role, written, folded, words);
            mentions.Add(mention);
            if (words.Length >= 2)
                Attach(ClusterFor(PersonNameKey.Compact(written)), mention);
        }

        private Cluster ClusterFor(string key)
        {
            if (!clusters.TryGetValue(key, out var cluster))
                clusters[key] = cluster = new Cluster(key);
            return cluster;
        }

        private void Attach(Cluster cluster, Mention mention)
        {
            cluster.AddVariant(mention.Written, mention.Words);
            cluster.Appearances.TryAdd((mention.Episode, mention.Role), mention.Written);
            resolvedNames[(mention.Episode, mention.Folded)] = cluster.Key;
        }

        public void ResolveShortNames(ShowHostRoster roster)
        {
            var fullNamesByEpisode = mentions.Where(m => m.Words.Length >= 2)
                .GroupBy(m => m.Episode)
                .ToDictionary(g => g.Key, g => g.Select(m => PersonNameKey.Compact(m.Written)).Distinct(StringComparer.Ordinal).ToList());
            var hostsByShow = mentions.Where(m => m.Words.Length >= 2 && m.Role == PersonRole.Host)
                .GroupBy(m => episodes[m.Episode].Podcast, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(m => PersonNameKey.Compact(m.Written)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

            foreach (var mention in mentions.Where(m => m.Words.Length == 1))
            {
                var podcast = episodes[mention.Episode].Podcast;
                var inEpisode = Matching(mention.Words[0], fullNamesByEpisode.GetValueOrDefault(mention.Episode) ?? []);
                string? key = inEpisode.Count == 1 ? inEpisode[0] : null;
                if (inEpisode.Count == 0)
                {
                    var showHosts = hostsByShow.GetValueOrDefault(podcast) ?? [];
                    var rosterKeys = roster.HostsOf(podcast).Select(RosterCluster);
                    var inShow = Matching(mention.Words[0], showHosts.Concat(rosterKeys).Distinct(StringComparer.Ordinal));
                    key = inShow.Count == 1 ? inShow[0] : null;
                }
                var cluster = key is not null
                    ? clusters[key]
                    : ShortCluster(podcast, mention.Words[0]);
                Attach(cluster, mention);
            }
        }

        private string RosterCluster(string fullName)
        {
            var key = PersonNameKey.Compact(fullName);
            var words = PersonNameKey.Words(fullName);
            if (words.Length > 0 && !clusters.ContainsKey(key))
            {
                // A roster host never named in full in the notes still gets the roster's spelling.
                var cluster = ClusterFor(key);
                cluster.AddVariant(fullName, words, count: 0);
            }
            return key;
        }

        // An exact first name wins over nicknames: "Charlie" in an episode with Charlie Cheever and Charles Max Wood is Charlie.
        private List<string> Matching(string shortName, IEnumerable<string> keys)
        {
            var candidates = keys.Distinct(StringComparer.Ordinal).Where(clusters.ContainsKey).ToList();
            var exact = candidates.Where(k => clusters[k].FirstWords.Contains(shortName)).ToList();
            return exact.Count > 0
                ? exact
                : candidates.Where(k => clusters[k].FirstWords.Any(f => Nicknames.MayStandFor(shortName, f))).ToList();
        }

        private Cluster ShortCluster(string podcast, string word)
        {
            var key = "\u0001" + podcast + "\u0001" + word;
            if (!clusters.TryGetValue(key, out var cluster))
                clusters[key] = cluster = new Cluster(key) { FirstNameOnly = true };
            return cluster;
        }

        public PersonDirectory ToDirectory()
        {
            var people = new List<Person>();
            var idsByKey = new Dictionary<string, string>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            // Full names first, so they win their natural slug over a first-name-only person.
            foreach (var cluster in clusters.Values.Where(c => c.Appearances.Count > 0).OrderBy(c => c.FirstNameOnly).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                var variants = cluster.Variants.Keys.OrderByDescending(v => Preference(v, cluster.Variants[v])).ThenBy(v => v, StringComparer.Ordinal).ToList();
                var name = DisplayName(variants[0]);
                var baseId = PersonSlug.From(name);
                if (cluster.FirstNameOnly)
                    baseId += "-" + PersonSlug.From(cluster.Key.Split('\u0001')[1]);
                var id = baseId;
                for (var n = 2; !taken.Add(id); n++)
                    id = baseId + "-" + n;
                idsByKey[cluster.Key] = id;

                var appearances = cluster.Appearances
                    .Select(a => new PersonAppearance(episodes[a.Key.Episode].Id, episodes[a.Key.Episode].Podcast, episodes[a.Key.Episode].Date, a.Key.Role, a.Value))
                    .OrderBy(a => a.Date ?? DateTime.MaxValue).ThenBy(a => a.EpisodeId, StringComparer.Ordinal).ThenBy(a => a.Role)
                    .ToList();
                people.Add(new Person
                {
                    Id = id,
                    Name = name,
                    Variants = variants,
                    Appearances = appearances,
                    EpisodeCount = appearances.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal).Count(),
                    RoleCounts = appearances.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.Select(a => a.EpisodeId).Distinct(StringComparer.Ordinal).Count()),
                    FirstNameOnly = cluster.FirstNameOnly,
                    FoldedVariants = [PersonNameKey.Fold(name), .. variants.Select(PersonNameKey.Fold)],
                });
            }
            var nameIndex = resolvedNames.ToDictionary(p => (episodes[p.Key.Episode].Id, p.Key.Folded), p => idsByKey[p.Value]);
            return new PersonDirectory(people, nameIndex);
        }

        // Shown spelling: a full name over a first name, properly capitalised over ALL CAPS, accented over plain, then the most frequent.
        private static (bool, bool, bool, bool, int, int) Preference(string variant, int count) =>
            (variant.Contains(' ', StringComparison.Ordinal), !PersonNameKey.IsAllCaps(variant), variant.Split(' ').All(w => w.Length == 0 || !char.IsLetter(w[0]) || char.IsUpper(w[0])),
             PersonNameKey.HasAccents(variant), count, variant.Count(c => c == ' '));

        private static string DisplayName(string variant) =>
            PersonNameKey.IsAllCaps(variant) && variant.Length > 3
                ? string.Join(' ', variant.Split(' ').Select(w => w.Length > 1 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w))
                : variant;
    }
}
