using PodSearch.Core.People;
using PodSearch.Core.Tests.Research;

namespace PodSearch.Core.Tests.People;

public sealed class PersonDirectoryTests
{
    private readonly PersonDirectory people = PersonDirectoryBuilder.Build(ResearchEpisodes.Sample());

    private Person Only(string name)
    {
        var found = people.People.Where(p => p.Variants.Contains(name)).ToList();
        Assert.Single(found);
        return found[0];
    }

    [Fact]
    public void AccentedAndPlainSpellingsAreOnePersonShownWithAccents()
    {
        var sasa = Only("Saša Jurić");
        Assert.Same(sasa, Only("Sasa Juric"));
        Assert.Equal("Saša Jurić", sasa.Name);
        Assert.Equal("sasa-juric", sasa.Id);
        Assert.Equal(2, sasa.RoleCounts[PersonRole.Guest]);
    }

    [Fact]
    public void LinkSyntaxAroundANameIsDropped()
    {
        var sasa = people.ById("sasa-juric")!;
        Assert.Contains(sasa.Appearances, a => a.EpisodeId == "garden-talk/gt-002" && a.Role == PersonRole.Guest && a.NameAsWritten == "Sasa Juric");
    }

    [Fact]
    public void FirstNamePanelEntryResolvesToTheFullNameInTheSameShow()
    {
        // gt-002 lists only "Chuck": the show's one host who may be called Chuck is Charles Max Wood.
        var chuck = people.InEpisode("garden-talk/gt-002", "Chuck");
        Assert.NotNull(chuck);
        Assert.Equal("charles-max-wood", chuck.Id);
        // In gt-001 the nickname picks Charles Max Wood from the people of that very episode.
        Assert.Equal("charles-max-wood", people.InEpisode("garden-talk/gt-001", "Chuck")?.Id);
    }

    [Fact]
    public void UpperCaseTranscriptSpeakerResolvesToTheFullName()
    {
        Assert.Equal("charles-max-wood", people.InEpisode("garden-talk/gt-001", "CHUCK")?.Id);
        Assert.Equal("sasa-juric", people.InEpisode("garden-talk/gt-001", "SAŠA")?.Id);
        Assert.Equal("marta-nunez", people.InEpisode("kiln-hours/kh-001", "MARTA NÚÑEZ")?.Id);
        var charles = people.ById("charles-max-wood")!;
        Assert.Equal("Charles Max Wood", charles.Name);
        Assert.Equal(2, charles.RoleCounts[PersonRole.Speaker]);
    }

    [Fact]
    public void SpacingInsideANameDoesNotSplitAPerson()
    {
        Assert.Equal("charles-max-wood", people.InEpisode("garden-talk/gt-003", "Charles Maxwood")?.Id);
        Assert.Equal(3, people.ById("charles-max-wood")!.RoleCounts[PersonRole.Host]);
    }

    [Fact]
    public void TwoPeopleWithTheSameFirstNameStayApart()
    {
        var kimura = Only("Dave Kimura");
        var ostrowski = Only("Dave Ostrowski");
        Assert.NotEqual(kimura.Id, ostrowski.Id);
        // Both Daves are in gt-003, so the speaker label DAVE there is ambiguous and joins neither.
        var dave = people.InEpisode("garden-talk/gt-003", "DAVE");
        Assert.NotNull(dave);
        Assert.True(dave.FirstNameOnly);
        Assert.DoesNotContain(kimura.Appearances, a => a.Role == PersonRole.Speaker && a.NameAsWritten == "DAVE");
        Assert.DoesNotContain(ostrowski.Appearances, a => a.Role == PersonRole.Speaker && a.EpisodeId == "garden-talk/gt-003");
        // In kiln-hours the only Dave is Dave Ostrowski.
        Assert.Equal(ostrowski.Id, people.InEpisode("kiln-hours/kh-001", "DAVE")?.Id);
        Assert.Equal(ostrowski.Id, people.InEpisode("kiln-hours/kh-001", "Dave")?.Id);
    }

    [Fact]
    public void FindAcceptsIdsSpellingsAndFirstNames()
    {
        Assert.Equal("sasa-juric", people.Resolve("SASA JURIC")?.Id);
        Assert.Equal("sasa-juric", people.Resolve("sasa-juric")?.Id);
        Assert.Equal("charles-max-wood", people.Resolve("Chuck")?.Id);
        var daves = people.Find("Dave");
        Assert.Contains(daves, p => p.Id == "dave-kimura");
        Assert.Contains(daves, p => p.Id == "dave-ostrowski");
        Assert.Null(people.Resolve("Dave"));
        Assert.Empty(people.Find("Nobody Atall"));
    }

    [Fact]
    public void HostRosterResolvesAFirstNameTheEpisodesNeverSpellOut()
    {
        var episodes = new[]
        {
            ResearchEpisodes.Make("kiln-hours/kh-009", "2022-01-01", hosts: ["Lin"], guests: ["Ola Berg"]),
        };
        var roster = new ShowHostRoster(new Dictionary<string, IReadOnlyList<string>> { ["kiln-hours"] = ["Lin Ashworth"] });
        var withRoster = PersonDirectoryBuilder.Build(episodes, roster);
        Assert.Equal("lin-ashworth", withRoster.InEpisode("kiln-hours/kh-009", "Lin")?.Id);
        var without = PersonDirectoryBuilder.Build(episodes);
        Assert.Equal("lin-kiln-hours", without.InEpisode("kiln-hours/kh-009", "Lin")?.Id);
    }

    [Fact]
    public void AnExactFirstNameWinsOverANickname()
    {
        var episodes = new[]
        {
            ResearchEpisodes.Make("kiln-hours/kh-010", "2022-02-02", hosts: ["Charles Max Wood"], guests: ["Charlie Cheever", "John-David Dalton"],
                picks: [("Charlie", [("Expo", null)]), ("John-David", [("Lodash", null)])]),
        };
        var directory = PersonDirectoryBuilder.Build(episodes);
        Assert.Equal("charlie-cheever", directory.InEpisode("kiln-hours/kh-010", "Charlie")?.Id);
        Assert.Equal("john-david-dalton", directory.InEpisode("kiln-hours/kh-010", "John-David")?.Id);
    }
}
