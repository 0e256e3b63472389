using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Indexing;

/// <summary>Episodes built in code (our own invented content) for document and schema tests.</summary>
internal static class SampleEpisodes
{
    public static Episode Elixir() => new()
    {
        Id = "beam-talk/042-supervisors",
        Podcast = "beam-talk",
        PodcastTitle = "Beam Talk",
        Title = "Supervisors and Fault Tolerance with Saša Jurić",
        Number = "042",
        NumberValue = 42,
        Date = new DateTime(2019, 3, 5, 11, 0, 20),
        DurationSeconds = 3600 + 8 * 60 + 11,
        AudioUrl = "https://media.example.org/beam-talk/042.mp3",
        Tags = ["elixir", "  otp ", "elixir"],
        Hosts = ["Ada Quill", "Bram  Oaks"],
        Guests = ["Saša Jurić"],
        Sponsors = ["Cloudy Hosting"],
        Summary = "Saša explains how supervision trees make systems fault tolerant.",
        Topics = [new Topic("01:47", "Why processes crash"), new Topic("12:30", "Restart strategies")],
        Links = [new EpisodeLink("Elixir in Action", "https://www.manning.example/elixir-in-action"), new EpisodeLink("Repo", "https://github.com/example/otp")],
        Picks = [new PickGroup("Ada Quill", [new PickItem("A mechanical keyboard", null)]), new PickGroup("Saša Jurić", [new PickItem("Hiking boots", "https://boots.example")])],
        Transcript =
        [
            new TranscriptTurn("Ada Quill", "Welcome to the show, today we talk about supervisors."),
            new TranscriptTurn("Saša Jurić", "Thanks for having me. Let it crash is a slogan."),
            new TranscriptTurn("Ada Quill", "Crash reports are useful when debugging."),
        ],
        SourcePath = "beam-talk/042-supervisors.md",
        ContentHash = "abc123",
    };

    public static Episode Minimal(string id, string podcast = "beam-talk") => new()
    {
        Id = id,
        Podcast = podcast,
        Title = "A plain episode",
        SourcePath = id + ".md",
        ContentHash = "h-" + id,
    };
}
