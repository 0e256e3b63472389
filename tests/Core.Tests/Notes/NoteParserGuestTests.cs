using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Who is a guest (LABELS.md): labels first, then the title and the summary; title phrases, show names and
/// interviewed regular panelists are not guests.</summary>
public sealed class NoteParserGuestTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode ParseFixture(string relative) => Parser.ParseFile(FixtureNotes.PathOf(relative));

    [Fact]
    public void GuestLabelOnAPanelItemsContinuationLineNamesGuestsNotHosts()
    {
        var episode = ParseFixture("code-cafe/cc-020-panel-with-glued-guests.md");

        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Lena Vasquez", "Omar Haddad"], episode.Guests);
    }

    [Fact]
    public void TitlePhraseJoinedToAGuestByAndIsNotAGuest()
    {
        var episode = ParseFixture("code-cafe/cc-021-quinn-delacroix-and-build-pipelines.md");

        Assert.Equal(["Quinn Delacroix"], episode.Guests);
        Assert.Equal(["Mira Okafor"], episode.Hosts);
    }

    [Fact]
    public void InterviewedRegularPanelistIsAHostNotAGuest()
    {
        var episode = ParseFixture("code-cafe/cc-022-interviewing-a-regular-panelist.md");

        Assert.Empty(episode.Guests);
        // The picks spell her name one letter off the panel list: still one person, not a second host.
        Assert.Equal(["Mira Okafor", "Erin Castell"], episode.Hosts);
    }

    [Fact]
    public void SpeakersIntroducedByAffiliationInTheSummaryAreGuests()
    {
        var episode = ParseFixture("code-cafe/cc-023-live-at-a-conference.md");

        Assert.Equal(["Priya Salo", "Tobias Lind"], episode.Guests);
        Assert.Equal(["Mira Okafor"], episode.Hosts);
    }

    [Fact]
    public void TitleTopicAfterWithIsNotAGuestWhenTheNoteUsesItsWordsInLowerCase()
    {
        var episode = Parser.Parse("code-cafe/cc-032-offline-first.md",
            "---\ntitle: 'CC 032: Offline First with Service Workers'\ndate: 2017-01-15 10:00:00\n---\n\n" +
            "### Panel\n\n- Mira Okafor\n\nThe panel explains how a service worker caches pages, and why workers need care.\n");

        Assert.Empty(episode.Guests);
    }

    [Fact]
    public void ShowTitleGluedToALabelIsNotAGuest()
    {
        var episode = Parser.Parse("code-cafe/cc-033-glued-show-name.md",
            "---\ntitle: 'CC 033: Compilers'\ndate: 2017-01-22 10:00:00\n---\n\n" +
            "**Panel:** Mira Okafor **Special Guest:** Ada Brennan Code Cafe speaks with Ada Brennan about compilers.\n");

        Assert.Equal(["Ada Brennan"], episode.Guests);
    }

    [Fact]
    public void JoinedBySpecialGuestNeedsNoColon()
    {
        var episode = Parser.Parse("code-cafe/cc-105-joined-by.md",
            "---\ntitle: 'CC 105: Boot Camps'\ndate: 2019-03-01 10:00:00\n---\n\n" +
            "## Panel\n\n- Mira Okafor\n- Theodore Blank\n\nJoined by Special guest [Ada Brennan](https://example.com/ada)\n\n" +
            "## Summary\n\nMira leads the panel through boot camps.\n");

        Assert.Equal(["Ada Brennan"], episode.Guests);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void ACallToActionInTheGuestListIsNoGuest()
    {
        var episode = Parser.Parse("code-cafe/cc-106-follow.md",
            "---\ntitle: 'CC 106: Security'\ndate: 2019-03-08 10:00:00\n---\n\n" +
            "#### **Panel**\n* Mira Okafor\n#### **Guest**\n* Ada Brennan\n* Follow Ada on Twitter [@ada](https://twitter.com/ada)\n");

        Assert.Equal(["Ada Brennan"], episode.Guests);
    }
}
