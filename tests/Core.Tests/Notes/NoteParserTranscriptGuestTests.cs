using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Old notes list the guest in the Panel and say who the guest is only in the transcript's opening
/// (LABELS.md: guests are removed from hosts).</summary>
public sealed class NoteParserTranscriptGuestTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode Parse(string panel, string transcript) => Parser.Parse("code-cafe/cc-090-old-panel.md",
        "---\ntitle: 'CC 090: Parsers'\ndate: 2012-05-01 10:00:00\n---\n\n### Panel\n\n" + panel + "\n### Transcript\n\n" + transcript);

    [Fact]
    public void GuestAnnouncedInTheRollCallLeavesThePanel()
    {
        var episode = Parse("- Ada Brennan\n- Mira Okafor\n- Theodore Blank\n",
            "**MIRA:** Welcome to episode 90. This week on our panel we have Theodore Blank.\n\n**THEODORE:** Hi there.\n\n" +
            "**MIRA:** I'm Mira Okafor and this week we have a special guest and that's Ada Brennan.\n\n**ADA:** Hello!\n\n" +
            "**MIRA:** Tell us about yourself.\n\n**ADA:** I write parsers.\n");

        Assert.Equal(["Ada Brennan"], episode.Guests);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void SeveralGuestsAreNamedInTheAnnouncersShortTurnsButNotInPassing()
    {
        var episode = Parse("- Ada Brennan\n- Omar Haddad\n- Mira Okafor\n- Theodore Blank\n",
            "**MIRA:** Welcome. We have two special guests. I will mangle your names. It's Ada Brennan.\n\n**ADA:** Close enough.\n\n" +
            "**MIRA:** Alright. And then we also have Omar Haddad.\n\n**OMAR:** Hello.\n\n" +
            "**MIRA:** Cool and it looks like I missed Theodore Blank.\n\n**THEODORE:** I'm here.\n\n**MIRA:** Let's start.\n\n**OMAR:** Sure.\n");

        Assert.Equal(["Ada Brennan", "Omar Haddad"], episode.Guests);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void GuestNamedBeforeTheWordGuestTakesThePanelSpelling()
    {
        var episode = Parse("- Ada Brennan\n- Mira Okafor\n",
            "**MIRA:** Today we have Ada Brennan. But Ada is the special guest today.\n\n**ADA:** Hi.\n\n**MIRA:** Go on.\n\n**ADA:** Sure.\n");

        Assert.Equal(["Ada Brennan"], episode.Guests);
    }

    [Fact]
    public void APreviousGuestOrAGuestPanelistIsNoGuest()
    {
        var episode = Parse("- Mira Okafor\n- Theodore Blank\n",
            "**MIRA:** Our previous guest, Ada Brennan, wrote to us. And we have as a guest, a new panelist, Theodore Blank.\n\n" +
            "**THEODORE:** Hi.\n\n**ADA:** Hello.\n\n**MIRA:** Welcome.\n");

        Assert.Empty(episode.Guests);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }
}
