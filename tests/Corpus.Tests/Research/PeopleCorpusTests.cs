using PodSearch.Core.People;
using PodSearch.Core.Research;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>
/// Issue 6, must-show 1 and 2 on the shared corpus: appearance counts, co-appearances and picks computed
/// independently from the parsed notes, and name variants merged (or kept apart) as the notes require.
/// </summary>
public sealed class PeopleCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// People the test can count exactly without re-implementing first-name resolution: full names (two words or
    /// more) whose first name's first three letters begin no single-word name anywhere in the corpus.
    /// </summary>
    private static Dictionary<string, List<(string EpisodeId, PersonRole Role, string Name)>> ExactlyCountable()
    {
        var mentions = ResearchCorpus.Mentions(ResearchCorpus.Episodes!).ToList();
        var singleWordStarts = mentions.Select(m => ResearchCorpus.Words(m.Name)).Where(w => w.Length == 1)
            .Select(w => w[0][..Math.Min(3, w[0].Length)]).ToHashSet();
        // Eligibility is decided per key, over every spelling with that key: "A. J. O'Neal" shares its key with
        // "AJ O'Neal", whose first name is also written alone ("AJ"), so neither spelling is exactly countable.
        bool Countable(string name) =>
            ResearchCorpus.Words(name) is { Length: >= 2 } w && !singleWordStarts.Contains(w[0][..Math.Min(3, w[0].Length)]);
        return mentions.GroupBy(m => ResearchCorpus.Key(m.Name))
            .Where(g => g.All(m => Countable(m.Name)))
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Episode.Id, m.Role, m.Name)).Distinct().ToList());
    }

    [SkippableFact]
    public void AppearanceCountsPerRoleMatchTheParsedNotes()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var exact = ExactlyCountable();
        Assert.True(exact.Count > 100, $"only {exact.Count} exactly countable people");
        var checkedPeople = 0;
        foreach (var (key, mentions) in exact)
        {
            var person = catalog.People.InEpisode(mentions[0].EpisodeId, mentions[0].Name);
            Assert.NotNull(person);
            foreach (var role in Enum.GetValues<PersonRole>())
            {
                var expected = mentions.Where(m => m.Role == role).Select(m => m.EpisodeId).Distinct().Count();
                Assert.True(expected == person.RoleCounts.GetValueOrDefault(role),
                    $"{person.Name} ({key}) {role}: parsed notes give {expected}, person index {person.RoleCounts.GetValueOrDefault(role)}");
            }
            Assert.Equal(mentions.Select(m => m.EpisodeId).Distinct().Count(), person.EpisodeCount);
            checkedPeople++;
        }
        var top = exact.OrderByDescending(p => p.Value.Count).First();
        output.WriteLine($"checked role counts of {checkedPeople} people; most mentioned: {top.Value[0].Name} " +
            string.Join(", ", top.Value.GroupBy(m => m.Role).Select(g => $"{g.Key} {g.Select(m => m.EpisodeId).Distinct().Count()}")));
    }

    [SkippableFact]
    public void HostCountOfTheBusiestHostLiesBetweenFullNameAndAnyNameMentions()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var episodes = ResearchCorpus.Episodes!;
        // The name most often listed as a host in full.
        var busiest = episodes.SelectMany(e => e.Hosts).Where(h => ResearchCorpus.Words(h).Length >= 2)
            .GroupBy(ResearchCorpus.Key).OrderByDescending(g => g.Count()).First();
        var key = busiest.Key;
        var first = ResearchCorpus.Words(busiest.First())[0];
        var fullName = episodes.Count(e => e.Hosts.Any(h => ResearchCorpus.Key(h) == key));
        var anyName = episodes.Count(e => e.Hosts.Any(h => ResearchCorpus.Key(h) == key || (ResearchCorpus.Words(h) is { Length: 1 } w && w[0] == first)));
        var person = catalog.People.Resolve(busiest.First());
        Assert.NotNull(person);
        var hosted = person.RoleCounts[PersonRole.Host];
        output.WriteLine($"{person.Name}: host in {hosted} episodes (full name listed in {fullName}, full or first name in {anyName})");
        Assert.InRange(hosted, fullName, anyName);
        Assert.True(hosted > fullName, "first-name panel entries should add episodes");
    }

    [SkippableFact]
    public void CoAppearanceCountOfTheMostFrequentPairMatchesTheParsedNotes()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var exact = ExactlyCountable();
        var byEpisode = exact.SelectMany(p => p.Value.Select(m => (m.EpisodeId, Key: p.Key))).Distinct()
            .GroupBy(m => m.EpisodeId).ToDictionary(g => g.Key, g => g.Select(m => m.Key).Order(StringComparer.Ordinal).ToList());
        var pairs = byEpisode.Values.SelectMany(keys => keys.SelectMany((a, i) => keys.Skip(i + 1).Select(b => (a, b))))
            .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.a, StringComparer.Ordinal).First();
        var (a, b) = pairs.Key;
        var personA = catalog.People.InEpisode(exact[a][0].EpisodeId, exact[a][0].Name)!;
        var personB = catalog.People.InEpisode(exact[b][0].EpisodeId, exact[b][0].Name)!;
        var co = ResearchQueries.AppearedWith(catalog, personA).Single(c => c.Id == personB.Id);
        output.WriteLine($"{personA.Name} and {personB.Name}: {co.Count} shared episodes (parsed notes: {pairs.Count()})");
        Assert.Equal(pairs.Count(), co.Count);
        Assert.True(co.Count >= 2);
    }

    [SkippableFact]
    public void PickCountOfAPersonMatchesTheParsedNotes()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var exact = ExactlyCountable();
        var picker = exact.Where(p => p.Value.Any(m => m.Role == PersonRole.Picks))
            .Select(p => (p.Key, Items: ResearchCorpus.Episodes!.Sum(e => e.Picks.Where(g => ResearchCorpus.Key(g.By) == p.Key).Sum(g => g.Items.Count)), p.Value))
            .OrderByDescending(p => p.Items).First();
        var person = catalog.People.InEpisode(picker.Value[0].EpisodeId, picker.Value[0].Name)!;
        var result = ResearchQueries.Picks(catalog, new PickQuery { By = person.Id, Limit = 1 });
        output.WriteLine($"{person.Name}: {result.Total} picks (parsed notes: {picker.Items})");
        Assert.Equal(picker.Items, result.Total);
        Assert.True(picker.Items >= 5);
    }

    [SkippableFact]
    public void EpisodesLinkingToADomainMatchTheParsedNotes()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        foreach (var domain in new[] { "github.com", "twitter.com", "youtube.com" })
        {
            var expected = ResearchCorpus.Episodes!.Count(e => e.Links.Any(l =>
                // A link written without a scheme (www.example.com/x) still points to that host.
                Uri.TryCreate(l.Url.Trim().Contains("://", StringComparison.Ordinal) ? l.Url.Trim() : "http://" + l.Url.Trim(), UriKind.Absolute, out var uri) && uri.Host.ToLowerInvariant() is var host
                && (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))));
            var result = ResearchQueries.Links(ResearchCorpus.Catalog!, new LinkQuery { Domain = domain, Limit = 1 });
            output.WriteLine($"{domain}: {result.TotalEpisodes} episodes, {result.TotalLinks} links (parsed notes: {expected} episodes)");
            Assert.Equal(expected, result.TotalEpisodes);
            Assert.True(expected > 0);
        }
    }
}
