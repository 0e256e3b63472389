using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/facets/{field}</c>: values of one facet, optionally within a search and by prefix.</summary>
public sealed class FacetValuesQuery
{
    /// <summary>Only count episodes matching this query (all episodes when empty).</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>Only values with a word starting with this text (case and accents ignored).</summary>
    [FromQuery(Name = "prefix")] public string? Prefix { get; init; }
    /// <summary>How many values, 1 to 1000 (default 10).</summary>
    [FromQuery(Name = "top")] public string? Top { get; init; }
}
