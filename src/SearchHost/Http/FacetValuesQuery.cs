using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/facets/{field}</c>: values of one facet, optionally within a search and by prefix.</summary>
public sealed class FacetValuesQuery
{
    [FromQuery(Name = "q"), Description("Only count episodes matching this query (all episodes when empty).")] public string? Q { get; init; }
    [FromQuery(Name = "prefix"), Description("Only values with a word starting with this text (case and accents ignored).")] public string? Prefix { get; init; }
    [FromQuery(Name = "top"), Description("How many values, 1 to 1000 (default 10).")] public string? Top { get; init; }
}
