using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Only people give picks: captions and headings under Picks, and lines that go on with the item above, are
/// no pickers (and so no extra hosts).</summary>
public sealed class NoteParserPickerTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    [Fact]
    public void AHeadingUnderPicksThatNobodyAnswersToIsNoPicker()
    {
        var episode = Parser.Parse("code-cafe/cc-095-extras.md",
            "---\ntitle: 'CC 095: Queues'\ndate: 2015-06-01 10:00:00\n---\n\n### Panel\n\n- Mira Okafor\n- Theodore Blank\n\n" +
            "### Picks\n\n[A Puzzle Game](https://example.com/puzzle) (Mira)\n[A Tea Kettle](https://example.com/kettle) (Theodore)\n\n" +
            "Bonuses\n\n- [An earlier episode](https://example.com/earlier)\n\n" +
            "### Transcript\n\n**MIRA:** Welcome to the show.\n\n**THEODORE:** Hi, everyone.\n\n**MIRA:** Let's talk queues.\n");

        Assert.Equal(["Mira", "Theodore"], episode.Picks.Select(p => p.By));
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void AnUnlistedPickerTheTranscriptNamesIsStillAPicker()
    {
        var episode = Parser.Parse("code-cafe/cc-096-fill-in.md",
            "---\ntitle: 'CC 096: Caches'\ndate: 2015-06-08 10:00:00\n---\n\n### Panel\n\n- Mira Okafor\n\n" +
            "### Picks\n\n[A Puzzle Game](https://example.com/puzzle) (Mira)\n[A Lamp](https://example.com/lamp) (Quill)\n\n" +
            "### Transcript\n\n**MIRA:** Welcome to the show.\n\n**MIRA:** Quill, what are your picks?\n");

        Assert.Equal(["Mira", "Quill"], episode.Picks.Select(p => p.By));
    }

    [Fact]
    public void AContinuationLineStartingWithACommaIsPartOfTheItem()
    {
        var episode = Parser.Parse("code-cafe/cc-097-places.md",
            "---\ntitle: 'CC 097: Travel'\ndate: 2019-06-15 10:00:00\n---\n\n**Panel:**\n\n- Mira Okafor\n- Theodore Blank\n\n" +
            "**Picks:**\n\n**Mira Okafor:**\n\n* Lisbon\n  , Portugal \n* A travel pillow\n\n**Theodore Blank:**\n\n* Trains\n");

        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Picks.Select(p => p.By));
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void OneLinePicksWithPickersGluedToTheItemBeforeThem()
    {
        var episode = Parser.Parse("code-cafe/cc-108-one-line.md",
            "---\ntitle: 'CC 108: Databases'\ndate: 2017-04-01 10:00:00\n---\n\n" +
            "Mira, Theo and Quill discuss databases with Ada Brennan.\n\n## Picks:\n\n" +
            "Mira: [A Chat Server](https://example.com/chat), MailCatcher Theo: [A Novel](https://example.com/novel)Quill: a linter\n\n" +
            "Ada: [A Conference](https://example.com/conf)\n");

        Assert.Equal(["Mira", "Theo", "Quill", "Ada"], episode.Picks.Select(p => p.By));
        Assert.Equal(["MailCatcher"], episode.Picks[0].Items.Skip(1).Select(i => i.Text));
    }
}
