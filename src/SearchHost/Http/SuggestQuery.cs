using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/suggest</c>.</summary>
public sealed class SuggestQuery
{
    [FromQuery(Name = "q"), Description("What has been typed so far; the last word counts as a prefix.")] public string? Q { get; init; }
    [FromQuery(Name = "limit"), Description("How many suggestions, 1 to 50 (default 8).")] public string? Limit { get; init; }
}
