using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary><c>GET /api/people</c>: the people list. Values bind as text; the endpoint checks them and names the parameter at fault.</summary>
public sealed class ResearchPeopleQuery
{
    /// <summary>Start of any word of any spelling of the name, accents and case ignored.</summary>
    [FromQuery(Name = "prefix")] public string? Prefix { get; init; }
    /// <summary><c>host</c>, <c>guest</c>, <c>picks</c> or <c>speaker</c>.</summary>
    [FromQuery(Name = "role")] public string? Role { get; init; }
    /// <summary><c>appearances</c> (default) or <c>name</c>.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
    /// <summary><c>csv</c> or <c>jsonl</c> to export instead of JSON.</summary>
    [FromQuery(Name = "format")] public string? Format { get; init; }
    /// <summary><c>true</c>: every match, past the page limit (exports).</summary>
    [FromQuery(Name = "all")] public string? All { get; init; }
}

/// <summary><c>GET /api/people/{id}</c>.</summary>
public sealed class ResearchPersonQuery
{
    /// <summary>How many co-appearing people to list (default 10).</summary>
    [FromQuery(Name = "top")] public string? Top { get; init; }
    /// <summary><c>csv</c> or <c>jsonl</c>: the person's episodes, one cited row each.</summary>
    [FromQuery(Name = "format")] public string? Format { get; init; }
    /// <summary>At most this many episodes (1 to 1000); the body's <c>episodesPage</c> says where the slice sits (default 50).</summary>
    [FromQuery(Name = "episodesLimit")] public string? EpisodesLimit { get; init; }
    /// <summary>Skip this many episodes of the date-ordered list.</summary>
    [FromQuery(Name = "episodesOffset")] public string? EpisodesOffset { get; init; }
    /// <summary>At most this many picks (1 to 1000); the body's <c>picksPage</c> says where the slice sits (default 50).</summary>
    [FromQuery(Name = "picksLimit")] public string? PicksLimit { get; init; }
    /// <summary>Skip this many picks of the newest-first list.</summary>
    [FromQuery(Name = "picksOffset")] public string? PicksOffset { get; init; }
    /// <summary><c>true</c>: the whole profile, every episode and pick, without <c>episodesPage</c>/<c>picksPage</c>; otherwise each list is paged (50 by default).</summary>
    [FromQuery(Name = "all")] public string? All { get; init; }
}

/// <summary><c>GET /api/picks</c>.</summary>
public sealed class ResearchPicksQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>The picker: id, full name in any spelling, or an unambiguous first name.</summary>
    [FromQuery(Name = "by")] public string? By { get; init; }
    [FromQuery(Name = "year")] public string? Year { get; init; }
    [FromQuery(Name = "domain")] public string? Domain { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
    [FromQuery(Name = "format")] public string? Format { get; init; }
    [FromQuery(Name = "all")] public string? All { get; init; }
}

/// <summary><c>GET /api/links</c>.</summary>
public sealed class ResearchLinksQuery
{
    /// <summary>A host name (sub-domains included) or a full URL.</summary>
    [FromQuery(Name = "domain")] public string? Domain { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "podcast")] public string? Podcast { get; init; }
    [FromQuery(Name = "year")] public string? Year { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
    [FromQuery(Name = "format")] public string? Format { get; init; }
    [FromQuery(Name = "all")] public string? All { get; init; }
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
    /// <summary>A person (id or name); repeat for episodes with all of them.</summary>
    [FromQuery(Name = "with")] public string[]? With { get; init; }
    [FromQuery(Name = "format")] public string? Format { get; init; }
    [FromQuery(Name = "all")] public string? All { get; init; }

    // No facets here: exports and feeds count none, so `facets=` stays an unknown parameter. The values are read
    // from the query string through the core's parameter list (SearchRequestFactory.Create).
}

/// <summary><c>GET /api/moments</c>: where in transcripts something was said.</summary>
public sealed class ResearchMomentsQuery
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "speaker")] public string? Speaker { get; init; }
    /// <summary><c>episode</c> (default: one entry per episode with its best moments) or <c>none</c> (a flat list).</summary>
    [FromQuery(Name = "group")] public string? Group { get; init; }
    [FromQuery(Name = "podcast")] public string[]? Podcast { get; init; }
    [FromQuery(Name = "year")] public string[]? Year { get; init; }
    [FromQuery(Name = "guest")] public string[]? Guest { get; init; }
    [FromQuery(Name = "host")] public string[]? Host { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
}
