using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// The JSON body of <c>POST /api/search</c>, for queries too long for a URL: the same fields as
/// <see cref="SearchQuery"/>, filters as arrays. Unknown fields are rejected with <c>unknown_parameter</c>.
/// The body and the query string (<see cref="SearchQuery"/>) are checked by the same core reader in
/// <see cref="SearchRequestFactory"/>, so a search is refused alike whichever way it arrived.
/// </summary>
public sealed class SearchBody
{
    public string? Q { get; init; }
    public string[]? Guest { get; init; }
    public string[]? Host { get; init; }
    public string[]? Podcast { get; init; }
    public string[]? Tag { get; init; }
    public string[]? Year { get; init; }
    public string[]? PicksBy { get; init; }
    public string[]? LinkDomain { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Sort { get; init; }
    public int? Limit { get; init; }
    public int? Offset { get; init; }
    public string[]? Facets { get; init; }
    public string? Mode { get; init; }
    /// <summary>Weight of the semantic ranking in hybrid fusion, 0 to 1 (0.5 when not given), as <c>--semantic-ratio</c>.</summary>
    public double? SemanticRatio { get; init; }
    /// <summary>People (id or name): only episodes in which every one of them appears, as <c>--with</c>.</summary>
    public string[]? With { get; init; }
    public int? MinMinutes { get; init; }
    public int? MaxMinutes { get; init; }
    public int? FacetTop { get; init; }

    /// <summary>The body's fields by their JSON (snake_case) names, which are the names of the core's <c>SearchParameters</c>.</summary>
    internal static IReadOnlyDictionary<string, PropertyInfo> Fields { get; } = typeof(SearchBody)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), StringComparer.Ordinal);

    /// <summary>The values of one field as text, for the core's <c>SearchRequestReader</c>; empty when absent.</summary>
    internal static IReadOnlyList<string> Values(SearchBody body, string name) =>
        !Fields.TryGetValue(name, out var field) ? [] : field.GetValue(body) switch
        {
            string text => [text],
            string[] values => values,
            int number => [number.ToString(CultureInfo.InvariantCulture)],
            double number => [number.ToString("R", CultureInfo.InvariantCulture)],
            _ => [],
        };
}
