using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/episodes/{podcast}/{slug}/similar</c>.</summary>
public sealed class SimilarEpisodesQuery
{
    /// <summary>How many episodes, 1 to the page-size maximum (default 5).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    /// <summary><c>lexical</c> (words, people, show), <c>semantic</c> (passage vectors) or <c>hybrid</c> (both fused; default).</summary>
    [FromQuery(Name = "mode")] public string? Mode { get; init; }
}
