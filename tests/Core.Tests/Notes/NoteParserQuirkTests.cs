using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Front-matter and section-label quirks seen in real notes, each reproduced in a fixture note of our own.</summary>
public sealed class NoteParserQuirkTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode ParseFixture(string relative) => Parser.ParseFile(FixtureNotes.PathOf(relative));

    [Fact]
    public void NumberWithShowPrefixIsKeptAsTextAndParsed()
    {
        var episode = ParseFixture("code-cafe/cc-jsj-style-number.md");

        Assert.Equal("CC 391", episode.Number);
        Assert.Equal(391, episode.NumberValue);
        Assert.Equal("CC 391: Number With Show Prefix", episode.Title);
        Assert.Equal(2724, episode.DurationSeconds);
        Assert.Equal(["code_cafe", "podcast"], episode.Tags);
        Assert.Equal("What is a queue?", episode.Extra["question1"]);
        Assert.Equal("A line of work items.", episode.Extra["answer1"]);
        // No podcast: key at all: the folder names the show.
        Assert.Equal("code-cafe", episode.Podcast);
    }

    [Fact]
    public void InlinePanelGuestsAndOneLinePicksAreSplit()
    {
        var episode = ParseFixture("code-cafe/cc-jsj-style-number.md");

        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Ana Ruiz", "Kofi Mensah"], episode.Guests);
        // "Ana: No Pick" is not a pick, so Ana is not a picker.
        Assert.Equal(["Mira", "Theodore"], episode.Picks.Select(p => p.By));
        Assert.Equal(["Tea timer", "Long walks"], episode.Picks[0].Items.Select(i => i.Text));
        Assert.Equal(["Chess puzzles"], episode.Picks[1].Items.Select(i => i.Text));
    }

    [Fact]
    public void BonusNumberEmptyDurationAndWrongPodcastKey()
    {
        var episode = ParseFixture("code-cafe/cc-bonus-no-number.md");

        Assert.Equal("Bonus", episode.Number);
        Assert.Null(episode.NumberValue);
        Assert.Null(episode.DurationSeconds);
        Assert.Equal("code-cafe", episode.Podcast);
        Assert.Equal(new DateTime(2020, 7, 1, 8, 0, 0), episode.Date);
    }

    [Fact]
    public void HostHeadingWithNameGuestListWithRoleAndEpisodeLinks()
    {
        var episode = ParseFixture("code-cafe/cc-bonus-no-number.md");

        Assert.Equal(["Mira Okafor"], episode.Hosts);
        Assert.Equal(["Saša Jurić"], episode.Guests);
        Assert.Equal("A short bonus chat.", episode.Summary);
        Assert.Contains(new EpisodeLink("Runtime notes", "https://runtime.example.org/"), episode.Links);
    }

    [Fact]
    public void OctalLookingNumberStaysAsWritten()
    {
        var episode = ParseFixture("code-cafe/cc-014-octal-looking.md");

        Assert.Equal("014", episode.Number);
        Assert.Equal(14, episode.NumberValue);
        Assert.Equal(4091, episode.DurationSeconds);
    }

    [Fact]
    public void GuestListedInThePanelIsOnlyAGuest()
    {
        var episode = ParseFixture("code-cafe/cc-014-octal-looking.md");

        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Ana Ruiz"], episode.Guests);
        Assert.Equal(["Ana"], episode.Picks.Select(p => p.By));
    }

    [Fact]
    public void FlattenedNoteWithBrokenBoldStillYieldsPeopleTopicsAndTranscript()
    {
        var episode = ParseFixture("code-cafe/cc-be1-flattened.md");

        Assert.Equal("BE1", episode.Number);
        Assert.Equal(1, episode.NumberValue);
        Assert.Equal(3000, episode.DurationSeconds);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Kofi Mensah"], episode.Guests);
        Assert.Equal(["Mira Okafor", "Kofi Mensah", "Theodore Blank"], episode.Transcript.Select(t => t.Speaker));
    }

    [Theory]
    [InlineData("2019-03-05 11:00:20", 2019, 3, 5, 11, 0, 20, 0)]
    [InlineData("2019-10-15T10:00:13.461Z", 2019, 10, 15, 10, 0, 13, 461)]
    [InlineData("2018-02-20T04:00:22+0000", 2018, 2, 20, 4, 0, 22, 0)]
    [InlineData("2019-10-15T23:30:00.000-07:00", 2019, 10, 15, 23, 30, 0, 0)]
    public void DatesKeepTheWallClockAsWritten(string raw, int y, int m, int d, int h, int min, int s, int ms)
    {
        Assert.Equal(new DateTime(y, m, d, h, min, s, ms), FrontMatterValues.ParseDate(raw));
    }

    [Theory]
    [InlineData("1:08:11", 4091)]
    [InlineData("45:24", 2724)]
    [InlineData("45;11", 2711)]
    [InlineData("2449", 2449)]
    [InlineData("50", 3000)]
    [InlineData("", null)]
    [InlineData("Bonus", null)]
    public void DurationsBecomeSeconds(string raw, int? seconds)
    {
        Assert.Equal(seconds, FrontMatterValues.ParseDuration(raw));
    }

    [Theory]
    [InlineData("Saša Jurić", "Sasa Juric")]
    [InlineData("  Miško   Hevery ", "misko hevery")]
    [InlineData("Ute Plößer", "ute plosser")]
    [InlineData("Jane\u00A0Doe\u200B", "JANE DOE")]
    public void FoldedNamesMatchAcrossAccentsCaseAndSpacing(string a, string b)
    {
        Assert.Equal(PersonName.Fold(a), PersonName.Fold(b));
        Assert.NotEqual(PersonName.Fold(a), PersonName.Fold("Someone Else"));
    }

    [Fact]
    public void SectionLabelVariantsAreRecognised()
    {
        Assert.Equal(SectionKind.Sponsors, SectionLabels.MatchWhole("Sponsors"));
        Assert.Equal(SectionKind.Hosts, SectionLabels.MatchWhole("Panelists"));
        Assert.Equal(SectionKind.Hosts, SectionLabels.MatchWhole("Panel:"));
        Assert.Equal(SectionKind.Guests, SectionLabels.MatchWhole("Special Guests:"));
        Assert.Equal(SectionKind.Guests, SectionLabels.MatchWhole("Joined by Special Guest:"));
        Assert.Equal(SectionKind.Hosts, SectionLabels.MatchWhole("Joined by Guest Panelist:"));
        Assert.Equal(SectionKind.Summary, SectionLabels.MatchWhole("Episode Summary"));
        Assert.Equal(SectionKind.Links, SectionLabels.MatchWhole("Episode Links:"));
        Assert.Equal(SectionKind.Picks, SectionLabels.MatchWhole("Picks"));
        Assert.Equal(SectionKind.Transcript, SectionLabels.MatchWhole("Transcript"));
        Assert.Null(SectionLabels.MatchWhole("Panel discussion about caching"));
    }
}
