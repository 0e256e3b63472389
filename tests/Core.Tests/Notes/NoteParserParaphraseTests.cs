using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Notes that paraphrase the conversation put a role and a colon before what was said ("Host: Give us …");
/// such lines name nobody, while real label lines still do.</summary>
public sealed class NoteParserParaphraseTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    [Fact]
    public void RoleLinesThatQuoteTheConversationAreNotPeople()
    {
        var episode = Parser.Parse("code-cafe/cc-091-paraphrased.md",
            "---\ntitle: 'CC 091: Layouts with Ada Brennan'\ndate: 2019-05-01 10:00:00\n---\n\n" +
            "**Panel:** Mira Okafor\n\n**Guest:** Ada Brennan\n\n## Show Topics\n\n" +
            "Host: Tell us how you started with layouts.\n\n" +
            "Guest: Luckily grids made layouts much easier.\n\n" +
            "Panel: Does that make sense?\n\n" +
            "Guest: Honestly – grids are great!\n");

        Assert.Equal(["Mira Okafor"], episode.Hosts);
        Assert.Equal(["Ada Brennan"], episode.Guests);
    }

    [Fact]
    public void AFirstNameFollowedByAnAffiliationIsStillListed()
    {
        var episode = Parser.Parse("code-cafe/cc-092-first-names.md",
            "---\ntitle: 'CC 092: Grids'\ndate: 2019-05-08 10:00:00\n---\n\n" +
            "**Panel:** Mira from Code Cafe\n\n**Guest:** Ada Brennan\n");

        Assert.Equal(["Mira"], episode.Hosts);
    }
}
