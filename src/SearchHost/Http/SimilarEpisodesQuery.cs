using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>The query string of <c>GET /api/episodes/{podcast}/{slug}/similar</c>.</summary>
public sealed class SimilarEpisodesQuery
{
    [FromQuery(Name = "limit"), Description("How many episodes, 1 to the page-size maximum (default 5).")] public string? Limit { get; init; }

    [FromQuery(Name = "mode"), Description("`lexical` (words, people, show), `semantic` (passage vectors) or `hybrid` (both fused; default).")] public string? Mode { get; init; }
}
