using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

public sealed class NoteParserTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode ParseFixture(string relative) => Parser.ParseFile(FixtureNotes.PathOf(relative));

    [Fact]
    public void ModernNoteYieldsFrontMatterFieldsAsWritten()
    {
        var episode = ParseFixture("code-cafe/cc-012-modern-panel-layout.md");

        Assert.Equal("code-cafe/cc-012-modern-panel-layout", episode.Id);
        Assert.Equal(EpisodeKind.Episode, episode.Kind);
        Assert.Equal("code-cafe", episode.Podcast);
        Assert.Equal("Code Cafe", episode.PodcastTitle);
        Assert.Equal("CC 012: Streams and Queues with Lena Varga", episode.Title);
        Assert.Equal("012", episode.Number);
        Assert.Equal(12, episode.NumberValue);
        Assert.Equal(new DateTime(2019, 10, 15, 10, 0, 13, 461), episode.Date);
        Assert.Equal(4091, episode.DurationSeconds);
        Assert.Equal(["code_cafe", "podcast"], episode.Tags);
        Assert.Equal("kept as an extra key", episode.Extra["sponsor_note"]);
        Assert.Empty(episode.Warnings);
    }

    [Fact]
    public void ModernNoteYieldsPeopleSponsorsAndPicks()
    {
        var episode = ParseFixture("code-cafe/cc-012-modern-panel-layout.md");

        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Lena Varga"], episode.Guests);
        Assert.Equal(["Quillwork", "Lumen Hosting", "Parcelbox"], episode.Sponsors);
        Assert.Equal(["Mira Okafor", "Lena Varga"], episode.Picks.Select(p => p.By));
        Assert.Equal([new PickItem("A board game", "https://games.example.org/board")], episode.Picks[0].Items);
        Assert.Contains(episode.Links, l => l.Url == "https://streams.example.org/");
        Assert.StartsWith("Mira and Theodore talk to Lena Varga", episode.Summary);
        Assert.Equal(["Mira Okafor", "Lena Varga"], episode.Transcript.Select(t => t.Speaker));
    }

    [Fact]
    public void OldNoteTakesHostsFromTranscriptRollCallAndInlinePicks()
    {
        var episode = ParseFixture("code-cafe/cc-003-old-style-roll-call.md");

        Assert.Equal("003", episode.Number);
        Assert.Equal(2724, episode.DurationSeconds);
        Assert.Equal(new DateTime(2014, 3, 5, 11, 0, 20), episode.Date);
        Assert.Equal([new Topic("01:47", "Why cache at all?"), new Topic("02:30", "Invalidation")], episode.Topics);
        Assert.Equal(["Mira", "Theo"], episode.Picks.Select(p => p.By));
        Assert.Equal(2, episode.Picks[1].Items.Count);
        Assert.Equal(["Mira Okafor", "Theodore Blank"], episode.Hosts);
        Assert.Equal(["Mira Okafor", "Theodore Blank", "Mira Okafor", "Theodore Blank"], episode.Transcript.Select(t => t.Speaker));
    }
}
