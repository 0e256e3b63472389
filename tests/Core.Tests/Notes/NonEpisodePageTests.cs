using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Show index pages, blog posts and event announcements are <see cref="EpisodeKind.Other"/>; an episode
/// note without audio, number or duration is still an episode.</summary>
public sealed class NonEpisodePageTests
{
    private static readonly NoteParser Parser = new(FixtureNotes.Root);

    private static Episode ParseFixture(string relative) => Parser.ParseFile(FixtureNotes.PathOf(relative));

    [Theory]
    [InlineData("code-cafe/index.md")]
    [InlineData("code-cafe/blog-moving-to-weekly-episodes.md")]
    [InlineData("code-cafe/cc-meetup-announcement.md")]
    public void PagesWithoutEpisodeFieldsAndWithAPageLayoutOrPermalinkAreOther(string relative)
    {
        var episode = ParseFixture(relative);

        Assert.Equal(EpisodeKind.Other, episode.Kind);
        Assert.Empty(episode.Warnings);
    }

    [Fact]
    public void EpisodeWithNoAudioNumberOrDurationIsStillAnEpisode()
    {
        var episode = ParseFixture("code-cafe/cc-002-no-audio-yet.md");

        Assert.Equal(EpisodeKind.Episode, episode.Kind);
        Assert.Null(episode.AudioUrl);
        Assert.Null(episode.Number);
        Assert.Null(episode.DurationSeconds);
    }

    [Fact]
    public void PermalinkOnANoteWithAudioKeepsItAnEpisode()
    {
        var episode = Parser.Parse("code-cafe/cc-030-permalinked.md",
            "---\ntitle: 'CC 030: Permalinked'\ndate: 2017-01-01 10:00:00\npermalink: /code-cafe/30/\naudio_url: https://audio.example.org/cc030.mp3\n---\n\nA short note.\n");

        Assert.Equal(EpisodeKind.Episode, episode.Kind);
    }

    [Fact]
    public void EpisodeLayoutNameIsNotAPageHint()
    {
        var episode = Parser.Parse("code-cafe/cc-031-episode-layout.md",
            "---\nlayout: layouts/podcast-episode.njk\ntitle: 'CC 031: Layout Named for Episodes'\ndate: 2017-01-08 10:00:00\n---\n\nA short note.\n");

        Assert.Equal(EpisodeKind.Episode, episode.Kind);
    }
}
