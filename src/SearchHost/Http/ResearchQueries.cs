using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary><c>GET /api/people</c>: the people list. Values bind as text; the endpoint checks them and names the parameter at fault.</summary>
public sealed class ResearchPeopleQuery
{
    [FromQuery(Name = "prefix"), Description("Start of any word of any spelling of the name, accents and case ignored.")] public string? Prefix { get; init; }
    [FromQuery(Name = "role"), Description("`host`, `guest`, `picks` or `speaker`.")] public string? Role { get; init; }
    [FromQuery(Name = "sort"), Description("`appearances` (default) or `name`.")] public string? Sort { get; init; }
    [FromQuery(Name = "limit"), Description("People per page, 1 to the largest page (100 unless the host is configured otherwise); default 50.")] public string? Limit { get; init; }
    [FromQuery(Name = "offset"), Description("People to skip before the page.")] public string? Offset { get; init; }
    [FromQuery(Name = "format"), Description("`csv` or `jsonl` to export instead of JSON.")] public string? Format { get; init; }
    [FromQuery(Name = "all"), Description("`true`: every match, past the page limit (exports).")] public string? All { get; init; }
}

/// <summary><c>GET /api/people/{id}</c>.</summary>
public sealed class ResearchPersonQuery
{
    [FromQuery(Name = "top"), Description("How many co-appearing people to list (default 10).")] public string? Top { get; init; }
    [FromQuery(Name = "format"), Description("`csv` or `jsonl`: the person's episodes, one cited row each.")] public string? Format { get; init; }
    [FromQuery(Name = "episodesLimit"), Description("At most this many episodes (1 to 1000); the body's `episodesPage` says where the slice sits (default 50).")] public string? EpisodesLimit { get; init; }
    [FromQuery(Name = "episodesOffset"), Description("Skip this many episodes of the date-ordered list.")] public string? EpisodesOffset { get; init; }
    [FromQuery(Name = "picksLimit"), Description("At most this many picks (1 to 1000); the body's `picksPage` says where the slice sits (default 50).")] public string? PicksLimit { get; init; }
    [FromQuery(Name = "picksOffset"), Description("Skip this many picks of the newest-first list.")] public string? PicksOffset { get; init; }
    [FromQuery(Name = "all"), Description("`true`: the whole profile, every episode and pick, without `episodesPage`/`picksPage`; otherwise each list is paged (50 by default).")] public string? All { get; init; }
}

/// <summary><c>GET /api/picks</c>.</summary>
public sealed class ResearchPicksQuery
{
    [FromQuery(Name = "q"), Description("Words to find in the pick's text, link and domain (all picks when empty).")] public string? Q { get; init; }
    [FromQuery(Name = "by"), Description("The picker: id, full name in any spelling, or an unambiguous first name.")] public string? By { get; init; }
    [FromQuery(Name = "year"), Description("Only picks from episodes of this year.")] public string? Year { get; init; }
    [FromQuery(Name = "domain"), Description("Only picks linking to this host name (sub-domains included).")] public string? Domain { get; init; }
    [FromQuery(Name = "limit"), Description("Picks per page, 1 to the largest page (100 unless the host is configured otherwise); default 20.")] public string? Limit { get; init; }
    [FromQuery(Name = "offset"), Description("Picks to skip before the page.")] public string? Offset { get; init; }
    [FromQuery(Name = "format"), Description("`csv` or `jsonl` to export the picks instead of JSON.")] public string? Format { get; init; }
    [FromQuery(Name = "all"), Description("`true`: every matching pick, past the page limit (exports).")] public string? All { get; init; }
}

/// <summary><c>GET /api/links</c>.</summary>
public sealed class ResearchLinksQuery
{
    [FromQuery(Name = "domain"), Description("A host name (sub-domains included) or a full URL.")] public string? Domain { get; init; }
    [FromQuery(Name = "q"), Description("Words to find in the episodes linking there.")] public string? Q { get; init; }
    [FromQuery(Name = "podcast"), Description("Only episodes of this show (its folder name).")] public string? Podcast { get; init; }
    [FromQuery(Name = "year"), Description("Only episodes of this year.")] public string? Year { get; init; }
    [FromQuery(Name = "limit"), Description("Episodes per page, 1 to the largest page (100 unless the host is configured otherwise); default 20.")] public string? Limit { get; init; }
    [FromQuery(Name = "offset"), Description("Episodes to skip before the page.")] public string? Offset { get; init; }
    [FromQuery(Name = "format"), Description("`csv` or `jsonl` to export the episodes instead of JSON.")] public string? Format { get; init; }
    [FromQuery(Name = "all"), Description("`true`: every matching episode, past the page limit (exports).")] public string? All { get; init; }
}

/// <summary>
/// The parameters of <c>GET /api/search</c> plus the research ones: <c>with</c> (repeatable, AND: episodes in
/// which every named person appears), <c>format</c>, <c>all</c>; for moments <c>speaker</c> and <c>group</c>.
/// </summary>
public sealed class ResearchSearchQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "guest")] public string[]? Guest { get; init; }
    [FromQuery(Name = "host")] public string[]? Host { get; init; }
    [FromQuery(Name = "podcast")] public string[]? Podcast { get; init; }
    [FromQuery(Name = "tag")] public string[]? Tag { get; init; }
    [FromQuery(Name = "year")] public string[]? Year { get; init; }
    [FromQuery(Name = "picks_by")] public string[]? PicksBy { get; init; }
    [FromQuery(Name = "link_domain")] public string[]? LinkDomain { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
    [FromQuery(Name = "mode")] public string? Mode { get; init; }
    [FromQuery(Name = "with"), Description("A person (id or name); repeat for episodes with all of them.")] public string[]? With { get; init; }
    [FromQuery(Name = "format"), Description("`csv` (default for the export) or `jsonl`; feeds ignore it.")] public string? Format { get; init; }
    [FromQuery(Name = "all"), Description("`true`: every match, streamed past the page limit (exports).")] public string? All { get; init; }

    // No facets here: exports and feeds count none, so `facets=` stays an unknown parameter. The values are read
    // from the query string through the core's parameter list (SearchRequestFactory.Create).
}

/// <summary><c>GET /api/moments</c>: where in transcripts something was said.</summary>
public sealed class ResearchMomentsQuery
{
    [FromQuery(Name = "q"), Description("Words or a quoted phrase to find in what was said.")] public string? Q { get; init; }
    [FromQuery(Name = "speaker"), Description("Only turns of this speaker: a person id, a name in any spelling, or an unambiguous first name.")] public string? Speaker { get; init; }
    [FromQuery(Name = "group"), Description("`episode` (default: one entry per episode with its best moments) or `none` (a flat list).")] public string? Group { get; init; }
    [FromQuery(Name = "podcast")] public string[]? Podcast { get; init; }
    [FromQuery(Name = "year")] public string[]? Year { get; init; }
    [FromQuery(Name = "guest")] public string[]? Guest { get; init; }
    [FromQuery(Name = "host")] public string[]? Host { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
}
