using PodSearch.SearchHost.Suggestions;

namespace PodSearch.SearchHost.Http;

/// <summary>The body of <c>GET /api/suggest</c>.</summary>
public sealed record SuggestResponse(string Query, double TookMs, IReadOnlyList<Suggestion> Suggestions);
