using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Http;

/// <summary>The body of <c>GET /api/facets/{field}</c>, most frequent first.</summary>
public sealed record FacetValuesResponse(string Field, string? Query, string? Prefix, IReadOnlyList<FacetValue> Values);
