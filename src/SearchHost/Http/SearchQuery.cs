using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// The query string of <c>GET /api/search</c>: the names of the core's <c>SearchParameters.Http</c>, which a test holds
/// it to. It declares the parameters for the OpenAPI document and for refusing unknown ones; the values are read from
/// the query string by <see cref="SearchRequestFactory"/> through that list. Filter parameters may repeat.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Free text with Lucene syntax (phrases, AND/OR/NOT, field prefixes); empty for filters only.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "guest")] public string[]? Guest { get; init; }
    [FromQuery(Name = "host")] public string[]? Host { get; init; }
    [FromQuery(Name = "podcast")] public string[]? Podcast { get; init; }
    [FromQuery(Name = "tag")] public string[]? Tag { get; init; }
    [FromQuery(Name = "year")] public string[]? Year { get; init; }
    [FromQuery(Name = "picks_by")] public string[]? PicksBy { get; init; }
    [FromQuery(Name = "link_domain")] public string[]? LinkDomain { get; init; }
    /// <summary>First day, <c>YYYY-MM-DD</c> (or <c>YYYY-MM</c>, <c>YYYY</c>).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }
    /// <summary>Last day, inclusive, <c>YYYY-MM-DD</c> (or <c>YYYY-MM</c>, <c>YYYY</c>).</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }
    /// <summary><c>relevance</c> (default), <c>newest</c> or <c>oldest</c>.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    /// <summary>Page size, 0 to the configured maximum (100).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }
    /// <summary>Facet fields to count, comma-separated or repeated: guest, host, podcast, tag, year, picks_by, link_domain.</summary>
    [FromQuery(Name = "facets")] public string[]? Facets { get; init; }
    /// <summary><c>lexical</c>, <c>semantic</c> or <c>hybrid</c>.</summary>
    [FromQuery(Name = "mode")] public string? Mode { get; init; }
    /// <summary>Weight of the semantic ranking in hybrid fusion, a number from 0 to 1 (default 0.5).</summary>
    [FromQuery(Name = "semantic_ratio")] public string? SemanticRatio { get; init; }
    /// <summary>A person (id or name) who must appear in every episode; repeat for episodes with all of them.</summary>
    [FromQuery(Name = "with")] public string[]? With { get; init; }
    [FromQuery(Name = "min_minutes")] public string? MinMinutes { get; init; }
    [FromQuery(Name = "max_minutes")] public string? MaxMinutes { get; init; }
    [FromQuery(Name = "facet_top")] public string? FacetTop { get; init; }
}
