using PodSearch.Core.People;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>Issue 6, must-show 2 on the shared corpus: three kinds of name variants merge; same first names stay apart.</summary>
public sealed class NameVariantCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void AccentedAndPlainSpellingsOfOneNameAreOnePerson()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var people = ResearchCorpus.Catalog!.People;
        var spellings = ResearchCorpus.Mentions(ResearchCorpus.Episodes!)
            .Where(m => ResearchCorpus.Words(m.Name).Length >= 2)
            .GroupBy(m => ResearchCorpus.Key(m.Name))
            .Select(g => g.GroupBy(m => m.Name.Trim()).Select(s => s.First()).ToList())
            .Where(s => s.Any(m => m.Name.Any(c => c > 127 && char.IsLetter(c))) && s.Select(m => m.Name.Trim()).Distinct().Count() > 1)
            .ToList();
        Assert.NotEmpty(spellings);
        foreach (var group in spellings)
        {
            var ids = group.Select(m => people.InEpisode(m.Episode.Id, m.Name)?.Id).Distinct().ToList();
            Assert.True(ids.Count == 1 && ids[0] is not null, $"{string.Join(" / ", group.Select(m => m.Name))} resolved to {string.Join(", ", ids)}");
        }
        output.WriteLine($"{spellings.Count} names written both with and without accents (or with different accents), e.g. {string.Join(" / ", spellings[0].Select(m => m.Name))}");
    }

    /// <summary>Single-word names in an episode that also names exactly one person with that first name in full.</summary>
    private static List<(string EpisodeId, string Short, string Full)> FirstNamesWithOneFullName(Func<PersonRole, string, bool> accept)
    {
        var found = new List<(string, string, string)>();
        foreach (var episode in ResearchCorpus.Episodes!)
        {
            var mentions = ResearchCorpus.Mentions([episode]).ToList();
            var fullNames = mentions.Where(m => ResearchCorpus.Words(m.Name).Length >= 2).GroupBy(m => ResearchCorpus.Key(m.Name)).Select(g => g.First().Name).ToList();
            foreach (var mention in mentions.Where(m => accept(m.Role, m.Name) && ResearchCorpus.Words(m.Name).Length == 1))
            {
                var word = ResearchCorpus.Words(mention.Name)[0];
                var matching = fullNames.Where(f => ResearchCorpus.Words(f)[0] == word).ToList();
                if (matching.Count == 1)
                    found.Add((episode.Id, mention.Name, matching[0]));
            }
        }
        return found;
    }

    [SkippableFact]
    public void FirstNamePanelEntriesResolveToTheFullNameInTheSameEpisode()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var people = ResearchCorpus.Catalog!.People;
        var cases = FirstNamesWithOneFullName((role, name) => role is PersonRole.Host or PersonRole.Picks && !PersonNameKey.IsAllCaps(name));
        Assert.True(cases.Count > 50, $"only {cases.Count} cases");
        var wrong = cases.Where(c => people.InEpisode(c.EpisodeId, c.Short)?.Id is not { } id || id != people.InEpisode(c.EpisodeId, c.Full)?.Id).ToList();
        output.WriteLine($"{cases.Count} first-name panel/picks entries with one matching full name, e.g. {cases[0].Short} -> {cases[0].Full} in {cases[0].EpisodeId}; wrong: {wrong.Count}");
        Assert.Empty(wrong);
    }

    [SkippableFact]
    public void UpperCaseTranscriptSpeakersResolveToTheFullName()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var people = ResearchCorpus.Catalog!.People;
        var cases = FirstNamesWithOneFullName((role, name) => role == PersonRole.Speaker && PersonNameKey.IsAllCaps(name));
        var fullCaps = ResearchCorpus.Episodes!.SelectMany(e => e.Transcript.Select(t => (e.Id, t.Speaker)).Distinct())
            .Where(s => PersonNameKey.IsAllCaps(s.Speaker) && ResearchCorpus.Words(s.Speaker).Length >= 2).ToList();
        output.WriteLine($"{cases.Count} upper-case first-name speakers with one matching full name; {fullCaps.Count} upper-case full-name speakers");
        Assert.True(cases.Count + fullCaps.Count > 0, "the corpus should have upper-case speaker labels");
        Assert.All(cases, c => Assert.Equal(people.InEpisode(c.EpisodeId, c.Full)?.Id, people.InEpisode(c.EpisodeId, c.Short)?.Id));
        Assert.All(fullCaps, s => Assert.False(people.InEpisode(s.Id, s.Speaker)!.Name.All(c => !char.IsLower(c)), $"{s.Speaker} is shown in capitals"));
    }

    [SkippableFact]
    public void DifferentPeopleWithTheSameFirstNameStayApart()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var people = ResearchCorpus.Catalog!.People;
        var byFirstName = ResearchCorpus.Mentions(ResearchCorpus.Episodes!)
            .Where(m => ResearchCorpus.Words(m.Name).Length >= 2)
            .GroupBy(m => ResearchCorpus.Words(m.Name)[0])
            .Select(g => g.GroupBy(m => ResearchCorpus.Key(m.Name)).Where(p => p.Count() >= 5).Select(p => p.First()).ToList())
            .Where(g => g.Count >= 2)
            .ToList();
        Assert.NotEmpty(byFirstName);
        foreach (var group in byFirstName)
        {
            var ids = group.Select(m => people.InEpisode(m.Episode.Id, m.Name)!.Id).ToList();
            Assert.True(ids.Distinct().Count() == ids.Count, $"merged: {string.Join(", ", group.Select(m => m.Name))}");
        }
        output.WriteLine($"{byFirstName.Count} first names shared by several people, e.g. {string.Join(" / ", byFirstName[0].Select(m => m.Name))}");
    }
}
