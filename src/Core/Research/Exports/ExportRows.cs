using PodSearch.Core.Search;

namespace PodSearch.Core.Research.Exports;

/// <summary>An episode row of a search export: the citation, plus the hit's score and first snippet when it came from a search.</summary>
public sealed record EpisodeExportRow(EpisodeCard Episode, double? Score = null, string? Snippet = null);

/// <summary>One appearance of a person, cited by its episode.</summary>
public sealed record PersonEpisodeExportRow(PersonProfile Person, PersonEpisode Appearance);

/// <summary>
/// The columns of each export. Every row carries a citation: episode id, URL path, show, date and audio URL.
/// </summary>
public static class ExportColumns
{
    private static IEnumerable<ExportColumn<T>> Citation<T>(Func<T, EpisodeCard> card) =>
    [
        new("episodeId", r => card(r).Id),
        new("title", r => card(r).Title),
        new("podcast", r => card(r).Podcast),
        new("podcastTitle", r => card(r).PodcastTitle),
        new("date", r => card(r).DateText),
        new("urlPath", r => card(r).UrlPath),
        new("audioUrl", r => card(r).AudioUrl),
    ];

    public static IReadOnlyList<ExportColumn<EpisodeExportRow>> Episodes { get; } =
    [
        .. Citation<EpisodeExportRow>(r => r.Episode),
        new("number", r => r.Episode.Number),
        new("hosts", r => r.Episode.Hosts),
        new("guests", r => r.Episode.Guests),
        new("score", r => r.Score),
        new("snippet", r => r.Snippet),
    ];

    public static IReadOnlyList<ExportColumn<PickRecord>> Picks { get; } =
    [
        new("by", p => p.PersonName ?? p.By),
        new("personId", p => p.PersonId),
        new("pick", p => p.Text),
        new("pickUrl", p => p.Url),
        new("domain", p => p.Domain),
        .. Citation<PickRecord>(p => p.Episode),
    ];

    public static IReadOnlyList<ExportColumn<PersonSummary>> People { get; } =
    [
        new("personId", p => p.Id),
        new("name", p => p.Name),
        new("appearances", p => p.Appearances),
        new("host", p => p.Roles.GetValueOrDefault("host")),
        new("guest", p => p.Roles.GetValueOrDefault("guest")),
        new("picks", p => p.Roles.GetValueOrDefault("picks")),
        new("speaker", p => p.Roles.GetValueOrDefault("speaker")),
        new("firstDate", p => p.FirstDate),
        new("lastDate", p => p.LastDate),
    ];

    public static IReadOnlyList<ExportColumn<PersonEpisodeExportRow>> PersonEpisodes { get; } =
    [
        new("personId", r => r.Person.Id),
        new("name", r => r.Person.Name),
        new("roles", r => r.Appearance.Roles),
        .. Citation<PersonEpisodeExportRow>(r => r.Appearance.Episode),
    ];

    public static IReadOnlyList<ExportColumn<LinkRecord>> Links { get; } =
    [
        new("domain", l => l.Domain),
        new("url", l => l.Url),
        new("text", l => l.Text),
        .. Citation<LinkRecord>(l => l.Episode),
    ];

    /// <summary>A search hit as an export row; the card comes from the catalog (for the audio URL), else from the hit.</summary>
    public static EpisodeExportRow FromHit(EpisodeHit hit, ResearchCatalog? catalog) => new(
        catalog?.Episode(hit.Id) ?? new EpisodeCard
        {
            Id = hit.Id,
            Podcast = hit.Podcast,
            PodcastTitle = hit.PodcastTitle,
            Title = hit.Title,
            Date = DateTime.TryParse(hit.Date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null,
            Hosts = hit.Hosts,
            Guests = hit.Guests,
        },
        hit.Score,
        hit.Snippets.Count > 0 ? hit.Snippets[0].Text.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal) : null);
}
