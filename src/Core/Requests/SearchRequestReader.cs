using System.Globalization;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.Core.Requests;

/// <summary>
/// Turns the raw values of <see cref="SearchParameters"/> into a <see cref="SearchRequest"/>, with every check both
/// doors make: the command line gives it its options, the host its query string or JSON body. A value it refuses is a
/// <see cref="SearchRequestException"/> with a stable code and the parameter at fault, worded with the caller's
/// spelling of the name (<c>--semantic-ratio</c> or <c>semantic_ratio</c>). <c>with</c> is left to the caller,
/// which resolves people against its research catalog.
/// </summary>
public sealed class SearchRequestReader(SearchLimits limits, Func<SearchParameter, string> spell)
{
    /// <summary>Names as the HTTP API writes them (snake_case).</summary>
    public static Func<SearchParameter, string> HttpNames { get; } = p => p.Name;

    /// <summary>Names as the command line writes them (<c>--kebab-case</c>).</summary>
    public static Func<SearchParameter, string> CliNames { get; } = p => "--" + p.CliName;

    /// <param name="values">The values given for a parameter, in order; empty when it was not given.</param>
    public SearchRequest Read(Func<SearchParameter, IReadOnlyList<string>> values)
    {
        string? One(SearchParameter p) => values(p).Select(v => v.Trim()).LastOrDefault(v => v.Length > 0);

        var query = One(SearchParameters.Query);
        if (query is not null && query.Length > limits.MaxQueryLength)
            throw Refuse("query_too_long", SearchParameters.Query,
                $"{spell(SearchParameters.Query)} is {query.Length} characters long; at most {limits.MaxQueryLength} are allowed (use fewer words or filters)");

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var filter in SearchParameters.Filters)
        {
            var kept = values(filter).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            if (kept.Length == 0)
                continue;
            if (filter == SearchParameters.Year && kept.FirstOrDefault(y => y.Length != 4 || !y.All(char.IsAsciiDigit)) is { } badYear)
                throw Invalid(filter, $"{spell(filter)} must be a four-digit year such as 2019, not '{badYear}'");
            filters[filter.FilterField!] = kept;
        }

        var from = Date(One(SearchParameters.From), SearchParameters.From, endOfPeriod: false);
        var to = Date(One(SearchParameters.To), SearchParameters.To, endOfPeriod: true);
        if (from > to)
            throw Refuse("invalid_date", SearchParameters.To,
                $"{spell(SearchParameters.To)} ({to:yyyy-MM-dd}) is before {spell(SearchParameters.From)} ({from:yyyy-MM-dd})");

        var minMinutes = Integer(One(SearchParameters.MinMinutes), SearchParameters.MinMinutes, 100_000, "invalid_parameter");
        var maxMinutes = Integer(One(SearchParameters.MaxMinutes), SearchParameters.MaxMinutes, 100_000, "invalid_parameter");
        var limit = Integer(One(SearchParameters.Limit), SearchParameters.Limit, limits.MaxPageSize, "limit_out_of_range") ?? 10;
        var offset = OffsetWithin(One(SearchParameters.Offset), limit);

        var request = new SearchRequest
        {
            Query = query,
            Filters = filters,
            From = from,
            To = to,
            MinDurationSeconds = minMinutes * 60,
            MaxDurationSeconds = maxMinutes is null ? null : maxMinutes * 60 + 59,
            Sort = Choice(One(SearchParameters.Sort), SearchParameters.Sort, "invalid_sort", ("date", "newest")) switch
            {
                "newest" => SearchSort.Newest,
                "oldest" => SearchSort.Oldest,
                _ => SearchSort.Relevance,
            },
            Limit = limit,
            Offset = offset,
            Facets = FacetFields(values(SearchParameters.Facets)),
            FacetTop = Integer(One(SearchParameters.FacetTop), SearchParameters.FacetTop, 1000, "invalid_parameter") ?? 10,
            Mode = Choice(One(SearchParameters.Mode), SearchParameters.Mode, "invalid_mode", ("keyword", "lexical")) switch
            {
                "lexical" => SearchMode.Lexical,
                "semantic" => SearchMode.Semantic,
                _ => SearchMode.Hybrid,
            },
            SemanticRatio = Ratio(One(SearchParameters.SemanticRatio), SearchParameters.SemanticRatio),
            ExactSemantic = Flag(One(SearchParameters.Exact), SearchParameters.Exact),
        };
        limits.CheckFilters(request);
        return request;
    }

    /// <summary>A search mode word alone (<c>similar</c> takes only a mode), checked as <see cref="Read"/> checks it.</summary>
    public SearchMode ReadMode(string? text) => Read(p => p == SearchParameters.Mode && text is not null ? [text] : []).Mode;

    private int OffsetWithin(string? text, int limit)
    {
        var offset = Integer(text, SearchParameters.Offset, int.MaxValue, "offset_out_of_range") ?? 0;
        // In long: offset=2147483647 plus a limit wraps to a negative int and would pass the check.
        if ((long)offset + limit > limits.MaxOffset)
            throw Refuse("offset_out_of_range", SearchParameters.Offset,
                $"{spell(SearchParameters.Offset)} must be from 0 to {Math.Max(0, limits.MaxOffset - limit)} ({spell(SearchParameters.Offset)} + {spell(SearchParameters.Limit)} may not pass {limits.MaxOffset}), not {offset}");
        return offset;
    }

    private int? Integer(string? text, SearchParameter parameter, int maximum, string rangeCode)
    {
        if (text is null)
            return null;
        // Not a number at all is a different mistake from a number out of range: invalid_parameter, not limit_out_of_range.
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Invalid(parameter, $"{spell(parameter)} must be a whole number from {parameter.Minimum} to {maximum}, not '{text}'");
        if (value < parameter.Minimum || value > maximum)
            throw Refuse(rangeCode, parameter, $"{spell(parameter)} must be a whole number from {parameter.Minimum} to {maximum}, not '{text}'");
        return (int)value;
    }

    private double? Ratio(string? text, SearchParameter parameter)
    {
        if (text is null)
            return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1 || double.IsNaN(value))
            throw Invalid(parameter, $"{spell(parameter)} must be a number from 0 to 1, not '{text}'");
        return value;
    }

    private bool Flag(string? text, SearchParameter parameter) => text?.ToLowerInvariant() switch
    {
        null or "false" or "0" => false,
        "true" or "1" or "" => true,
        _ => throw Invalid(parameter, $"{spell(parameter)} must be true or false, not '{text}'"),
    };

    /// <summary>The chosen word in lower case (an alias mapped to its word), the first choice when absent.</summary>
    private string Choice(string? text, SearchParameter parameter, string code, (string Alias, string Word) alias)
    {
        if (text is null)
            return parameter.Choices[0];
        var word = text.ToLowerInvariant();
        if (word == alias.Alias)
            return alias.Word;
        if (!parameter.Choices.Contains(word))
            throw Refuse(code, parameter, $"{spell(parameter)} must be {Words(parameter.Choices)}, not '{text}'");
        return word;
    }

    private IReadOnlyList<string> FacetFields(IReadOnlyList<string> given)
    {
        var fields = new List<string>();
        foreach (var raw in given.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            // The command line's kebab-case spelling (picks-by) names the same field as the API's snake_case.
            var field = raw.Replace('-', '_');
            if (!IndexSchema.FacetFields.Contains(field))
                throw Refuse("unknown_facet", SearchParameters.Facets,
                    $"{spell(SearchParameters.Facets)}: unknown facet field '{raw}'; use one of {string.Join(", ", IndexSchema.FacetFields)}");
            if (!fields.Contains(field))
                fields.Add(field);
        }
        return fields;
    }

    /// <summary>Accepts <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; an end date covers the whole day, month or year.</summary>
    private DateTime? Date(string? text, SearchParameter parameter, bool endOfPeriod)
    {
        if (text is null)
            return null;
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
        throw Refuse("invalid_date", parameter, $"{spell(parameter)} must be a date such as 2019-03-05, 2019-03 or 2019, not '{text}'");
    }

    private static string Words(IReadOnlyList<string> choices) =>
        string.Join(", ", choices.Take(choices.Count - 1)) + " or " + choices[^1];

    private static SearchRequestException Invalid(SearchParameter parameter, string message) => Refuse("invalid_parameter", parameter, message);

    private static SearchRequestException Refuse(string code, SearchParameter parameter, string message) => new(code, message, parameter.Name);
}
