using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Guests named only in the title (LABELS.md): lists with commas, "and", "w/" and affiliations; and title
/// phrases that look like names but are not people.</summary>
public sealed class NoteParserTitleGuestTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode Parse(string title, string body) =>
        Parser.Parse("code-cafe/cc-098-title.md", $"---\ntitle: '{title}'\ndate: 2016-03-01 10:00:00\n---\n\n{body}");

    private const string Panel = "### Panel\n\n- Mira Okafor\n- Theodore Blank\n\n";

    [Fact]
    public void ThreeNamesListedAnywhereInTheTitleAreGuests()
    {
        var episode = Parse("CC 098 Compiler Q&A Ada Brennan, Omar Haddad and Lena Vasquez Code Remote Conf", Panel + "We answer questions about compilers.\n");

        Assert.Equal(["Ada Brennan", "Omar Haddad", "Lena Vasquez"], episode.Guests);
    }

    [Fact]
    public void AffiliationsInParenthesesDoNotEndTheList()
    {
        var episode = Parse("CC 099 Editors with Ada Brennan (Acme), Omar Haddad (Initech) and Lena Vasquez (Globex)", Panel + "We talk about editors.\n");

        Assert.Equal(["Ada Brennan", "Omar Haddad", "Lena Vasquez"], episode.Guests);
    }

    [Fact]
    public void WithWrittenAsASlashNamesGuests()
    {
        var episode = Parse("CC 100 Parsing and Grammars w/ Ada Brennan and Omar Haddad", Panel + "We talk about grammars.\n");

        Assert.Equal(["Ada Brennan", "Omar Haddad"], episode.Guests);
    }

    [Fact]
    public void ATitlePhraseWhoseFirstWordStartsAnotherRunIsNoGuest()
    {
        var episode = Parse("CC 101: Graph Databases", Panel + "Graph Theory is old. We compare stores for graphs.\n");

        Assert.Empty(episode.Guests);
    }

    [Fact]
    public void ATitleNameWhoNeverSpeaksInTheTranscriptIsNoGuest()
    {
        var episode = Parse("CC 102: Quiet Refactoring", Panel +
            "Quiet is what we want. Refactoring helps.\n\n### Transcript\n\n**MIRA:** Hello and welcome.\n\n**THEODORE:** Hi.\n\n**MIRA:** Let's start.\n");

        Assert.Empty(episode.Guests);
    }

    [Fact]
    public void ATitleNameWhoSpeaksIsAGuestEvenByInitials()
    {
        var episode = Parse("CC 103: Ada Lin Brennan", Panel +
            "Ada joins us to talk about her work.\n\n### Transcript\n\n**MIRA:** Hello and welcome.\n\n**ALB:** Hi.\n\n**MIRA:** Let's start.\n\n**ALB:** Sure.\n");

        Assert.Equal(["Ada Lin Brennan"], episode.Guests);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
    }

    [Fact]
    public void AGerundIsNoGivenName()
    {
        var episode = Parse("CC 104: Deploying Servers", Panel + "Deploying is hard, as Servers often differ.\n");

        Assert.Empty(episode.Guests);
    }
}
