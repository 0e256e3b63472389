using System.Globalization;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// The one place where a search from the web becomes a core <see cref="SearchRequest"/>: every check and
/// limit of the API, each failure an <see cref="ApiProblemException"/> naming the parameter.
/// </summary>
internal static class SearchRequestFactory
{
    /// <summary>
    /// Checks a search, from a <c>POST</c> body or a query string parsed into the body's shape (numbers already
    /// parsed by <see cref="ParseInt"/>), and makes the core's request.
    /// </summary>
    public static SearchRequest Create(SearchBody input, SearchHostOptions options)
    {
        var query = input.Q?.Trim();
        if (query is { Length: > 0 } && query.Length > options.MaxQueryLength)
            throw ApiProblemException.BadRequest(ProblemCodes.QueryTooLong, "q",
                $"q is {query.Length} characters long; at most {options.MaxQueryLength} are allowed (use fewer words or filters)");

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, values) in FiltersOf(input))
        {
            var kept = values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray() ?? [];
            if (kept.Length == 0)
                continue;
            if (field == IndexSchema.Year)
                foreach (var year in kept)
                    if (year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                        throw ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, "year", $"year must be a four-digit year such as 2019, not '{year}'");
            filters[field] = kept;
        }

        var from = ParseDate(input.From, "from", endOfPeriod: false);
        var to = ParseDate(input.To, "to", endOfPeriod: true);
        if (from is not null && to is not null && from > to)
            throw ApiProblemException.BadRequest(ProblemCodes.InvalidDate, "to", $"to ({input.To}) is before from ({input.From})");

        var limit = input.Limit ?? 10;
        if (limit < 0 || limit > options.MaxPageSize)
            throw ApiProblemException.BadRequest(ProblemCodes.LimitOutOfRange, "limit", $"limit must be from 0 to {options.MaxPageSize}, not {limit}");
        var offset = input.Offset ?? 0;
        // In long: offset=2147483647 plus a limit wraps to a negative int and would pass the check.
        if (offset < 0 || (long)offset + limit > options.MaxResultWindow)
            throw ApiProblemException.BadRequest(ProblemCodes.OffsetOutOfRange, "offset",
                $"offset must be from 0 to {options.MaxResultWindow - limit} (offset + limit may not pass {options.MaxResultWindow}), not {offset}");

        var ratio = input.SemanticRatio ?? 0.5;
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
            throw ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, "semantic_ratio", $"semantic_ratio must be a number from 0 to 1, not {ratio.ToString(CultureInfo.InvariantCulture)}");

        var facets = new List<string>();
        foreach (var facet in input.Facets ?? [])
        {
            // The command line's kebab-case spelling (picks-by) names the same field as the API's snake_case.
            var name = facet.Trim().Replace('-', '_');
            if (name.Length == 0 || facets.Contains(name))
                continue;
            if (!IndexSchema.FacetFields.Contains(name))
                throw ApiProblemException.BadRequest(ProblemCodes.UnknownFacet, "facets",
                    $"'{name}' is not a facet field; use {string.Join(", ", IndexSchema.FacetFields)}");
            facets.Add(name);
        }

        var request = new SearchRequest
        {
            Query = string.IsNullOrEmpty(query) ? null : query,
            Filters = filters,
            From = from,
            To = to,
            Sort = ParseSort(input.Sort),
            Limit = limit,
            Offset = offset,
            Facets = facets,
            SemanticRatio = ratio,
        };
        return input.Mode is null ? request : request with { Mode = ParseMode(input.Mode) };
    }

    /// <summary>The filter fields of a search, named as in the index, in the order they are checked.</summary>
    private static (string Field, string[]? Values)[] FiltersOf(SearchBody input) =>
    [
        (IndexSchema.Guest, input.Guest), (IndexSchema.Host, input.Host), (IndexSchema.Podcast, input.Podcast), (IndexSchema.Tag, input.Tag),
        (IndexSchema.Year, input.Year), (IndexSchema.PicksBy, input.PicksBy), (IndexSchema.LinkDomain, input.LinkDomain),
    ];

    public static int? ParseInt(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            // Not a number at all is a different mistake from a number out of range: invalid_parameter, not limit_out_of_range.
            throw ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, parameter, $"{parameter} must be a whole number, not '{text}'");
        return value;
    }

    public static double? ParseRatio(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, parameter, $"{parameter} must be a number from 0 to 1, not '{text}'");
        return value;
    }

    /// <summary>Accepts <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; an end date covers the whole day, month or year.</summary>
    public static DateTime? ParseDate(string? text, string parameter, bool endOfPeriod)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (!DateTime.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                continue;
            if (!endOfPeriod)
                return date;
            var next = i switch { 0 => date.AddDays(1), 1 => date.AddMonths(1), _ => date.AddYears(1) };
            return next.AddTicks(-1);
        }
        throw ApiProblemException.BadRequest(ProblemCodes.InvalidDate, parameter, $"{parameter} must be a date such as 2019-03-05, 2019-03 or 2019, not '{text}'");
    }

    private static SearchSort ParseSort(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "newest" or "date" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => throw ApiProblemException.BadRequest(ProblemCodes.InvalidSort, "sort", $"sort must be relevance, newest or oldest, not '{text}'"),
    };

    public static SearchMode ParseMode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "lexical" or "keyword" => SearchMode.Lexical,
        "semantic" => SearchMode.Semantic,
        "hybrid" => SearchMode.Hybrid,
        _ => throw ApiProblemException.BadRequest(ProblemCodes.InvalidMode, "mode", $"mode must be lexical, semantic or hybrid, not '{text}'"),
    };
}
