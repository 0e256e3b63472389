using PodSearch.Core.Notes;

namespace PodSearch.Core.Research;

/// <summary>
/// What research results cite about an episode: enough to find it again (URL path, show, date, audio URL)
/// without holding its transcript in memory.
/// </summary>
public sealed record EpisodeCard
{
    public required string Id { get; init; }
    public required string Podcast { get; init; }
    public string? PodcastTitle { get; init; }
    public string Title { get; init; } = "";
    public string? Number { get; init; }
    public DateTime? Date { get; init; }
    public string? AudioUrl { get; init; }
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public IReadOnlyList<string> Guests { get; init; } = [];
    /// <summary>Internal so it stays out of JSON: cards are repeated in every pick, link and moment, and feeds are the only reader.</summary>
    internal string? Summary { get; init; }

    /// <summary>The episode's path on the show's site, <c>/&lt;show&gt;/&lt;note name&gt;</c>.</summary>
    public string UrlPath => "/" + Id;

    /// <summary><c>YYYY-MM-DD</c> or null.</summary>
    public string? DateText => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static EpisodeCard From(Episode episode) => new()
    {
        Id = episode.Id,
        Podcast = episode.Podcast,
        PodcastTitle = episode.PodcastTitle,
        Title = episode.Title,
        Number = episode.Number,
        Date = episode.Date,
        AudioUrl = episode.AudioUrl,
        Hosts = episode.Hosts,
        Guests = episode.Guests,
        Summary = episode.Summary,
    };
}
