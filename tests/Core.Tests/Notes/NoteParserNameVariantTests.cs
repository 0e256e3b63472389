using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Spellings one slip apart, or a nickname with the same surname, name one person in a note: a picker or a
/// transcript label spelled so is not an extra host.</summary>
public sealed class NoteParserNameVariantTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    [Fact]
    public void PickersSpelledOneSlipOffThePanelAreNotExtraHosts()
    {
        var episode = Parser.Parse("code-cafe/cc-093-slips.md",
            "---\ntitle: 'CC 093: Slips'\ndate: 2019-06-01 10:00:00\n---\n\n" +
            "**Panel:**\n\n- Brian Lowe\n- Eric Stone\n- Theodore Blank\n\n" +
            "**Picks:**\n\n**Brain Lowe:**\n\n- A board game\n\n**Erick:**\n\n- A keyboard\n\n**Ted Blank:**\n\n- A novel\n");

        Assert.Equal(["Brian Lowe", "Eric Stone", "Theodore Blank"], episode.Hosts);
        // Pickers stay as written (LABELS.md).
        Assert.Equal(["Brain Lowe", "Erick", "Ted Blank"], episode.Picks.Select(p => p.By));
    }

    [Fact]
    public void ATranscriptLabelMisspellingTheGuestIsNoHost()
    {
        var episode = Parser.Parse("code-cafe/cc-094-roll-call.md",
            "---\ntitle: 'CC 094: Education with Coraline Vasquez'\ndate: 2014-06-01 10:00:00\n---\n\n" +
            "01:00 - Coraline Vasquez Introduction\n\n### Transcript\n\n" +
            "**MIRA:** Welcome. I'm Mira Okafor.\n\n**CORALINE:** Hi, thanks for having me.\n\n**MIRA:** Tell us more.\n\n" +
            "**CORALINE:** I teach.\n\n**CAROLINE:** Exactly.\n\n**MIRA:** Great.\n\n**CAROLINE:** Definitely.\n");

        Assert.Equal(["Coraline Vasquez"], episode.Guests);
        Assert.Equal(["Mira Okafor"], episode.Hosts);
    }

    [Theory]
    [InlineData("eric", "erick", true)]
    [InlineData("brian", "brain", true)]
    [InlineData("coraline", "caroline", true)]
    [InlineData("jamison", "jamsion", true)]
    [InlineData("mark", "mike", false)]
    [InlineData("dyvia", "divya", false)]
    [InlineData("sam", "pam", false)]
    public void TyposAreOneSlipBetweenNamesWithTheSameInitial(string a, string b, bool typo) =>
        Assert.Equal(typo, NameVariants.IsTypo(a, b));
}
