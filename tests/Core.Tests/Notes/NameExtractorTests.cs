using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Runs of names written with nothing between them are split into people, never inside one person's name.</summary>
public sealed class NameExtractorTests
{
    [Theory]
    [InlineData("Theodore Ross Blank II", new[] { "Theodore Ross Blank II" })]
    [InlineData("Omar Haddad Jr. Mira Okafor", new[] { "Omar Haddad Jr.", "Mira Okafor" })]
    [InlineData("Mira Okafor Omar Haddad", new[] { "Mira Okafor", "Omar Haddad" })]
    public void AGenerationalSuffixStaysWithTheNameBeforeIt(string run, string[] people) =>
        Assert.Equal(people, NameExtractor.SplitRun(run, []));

    [Fact]
    public void APanelEntryWithASuffixIsOneHost()
    {
        var parser = new NoteParser(FixtureNotes.Root);
        var episode = parser.Parse("code-cafe/cc-107-suffix.md",
            "---\ntitle: 'CC 107: Testing'\ndate: 2011-03-01 10:00:00\n---\n\n### Panel\n\n" +
            "- Mira Okafor ([@mira](https://twitter.com/mira))\n- Theodore Ross Blank II ([@trb](https://twitter.com/trb))\n");

        Assert.Equal(["Mira Okafor", "Theodore Ross Blank II"], episode.Hosts);
    }
}
