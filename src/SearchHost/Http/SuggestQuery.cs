using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/suggest</c>.</summary>
public sealed class SuggestQuery
{
    /// <summary>What has been typed so far; the last word counts as a prefix.</summary>
    [FromQuery(Name = "q")] public string? Q { get; init; }
    /// <summary>How many suggestions, 1 to 50 (default 8).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
}
