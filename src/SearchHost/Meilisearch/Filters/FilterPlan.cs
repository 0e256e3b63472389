using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>
/// A Meilisearch <c>filter</c> (a string, or an array ANDing strings and arrays of strings that OR) split into what
/// the core's <see cref="SearchRequest"/> expresses itself and what it does not:
/// <list type="bullet">
/// <item>each AND-ed condition that accepts values of one facet field (<c>guest = A</c>, <c>guest IN [A, B]</c>,
/// <c>guest = A OR guest = B</c>) becomes that field's filter, so its facet counts stay disjunctive exactly as in
/// <c>/api/search</c>;</item>
/// <item>year comparisons and <c>TO</c> ranges become the request's date range;</item>
/// <item>the rest (<c>NOT</c>, <c>!=</c>, <c>OR</c> across fields, <c>EXISTS</c>, <c>IS EMPTY</c>, ...) is decided per
/// episode over the <see cref="FacetTable"/> into the set of episode ids the search may return.</item>
/// </list>
/// </summary>
internal sealed class FilterPlan
{
    private static readonly IReadOnlySet<string> Filterable = IndexSchema.FacetFields.ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<string>> fieldFilters = new(StringComparer.Ordinal);
    private readonly List<FilterNode> residual = [];
    private int fromYear = int.MinValue;
    private int toYear = int.MaxValue;

    private FilterPlan() { }

    /// <exception cref="MeiliException"><c>invalid_search_filter</c>, with the position at fault.</exception>
    public static FilterPlan Parse(JsonNode? filter, string where = "")
    {
        var plan = new FilterPlan();
        foreach (var conjunct in Conjuncts(filter, where))
            plan.Add(conjunct);
        return plan;
    }

    public bool IsEmpty => fieldFilters.Count == 0 && residual.Count == 0 && fromYear == int.MinValue && toYear == int.MaxValue;

    /// <summary>
    /// <paramref name="request"/> with this filter applied; <paramref name="reader"/> is read only when some of it
    /// must be decided per episode.
    /// </summary>
    public SearchRequest ApplyTo(SearchRequest request, Func<IndexReader> reader)
    {
        request = request with { Filters = new Dictionary<string, IReadOnlyList<string>>(fieldFilters, StringComparer.Ordinal) };
        if (fromYear > toYear)
            return request with { EpisodeIds = [] };
        if (fromYear != int.MinValue)
            request = request with { From = new DateTime(fromYear, 1, 1) };
        if (toYear != int.MaxValue)
            request = request with { To = new DateTime(toYear, 12, 31) };
        if (residual.Count > 0)
        {
            var rows = FacetTable.For(reader()).Rows;
            request = request with { EpisodeIds = rows.Where(row => residual.All(node => FilterEvaluator.Matches(node, row))).Select(row => row.Id).ToHashSet(StringComparer.Ordinal) };
        }
        return request;
    }

    private void Add(FilterNode node)
    {
        if (node is AndNode and)
        {
            foreach (var part in and.Parts)
                Add(part);
            return;
        }
        if (AcceptedValues(node) is { } accepted && !fieldFilters.ContainsKey(accepted.Field)
            && (accepted.Field != IndexSchema.Year || accepted.Values.All(v => YearOf(v) is not null)))
        {
            fieldFilters[accepted.Field] = accepted.Values;
            return;
        }
        if (YearRange(node) is { } range)
        {
            fromYear = Math.Max(fromYear, range.From);
            toYear = Math.Min(toYear, range.To);
            return;
        }
        residual.Add(node);
    }

    /// <summary>The field and values when <paramref name="node"/> holds exactly for episodes with one of those values.</summary>
    private static (string Field, IReadOnlyList<string> Values)? AcceptedValues(FilterNode node)
    {
        switch (node)
        {
            case ConditionNode { Operator: FilterOperator.Equal or FilterOperator.In } condition:
                return (condition.Attribute, condition.Values);
            case OrNode or:
                var parts = or.Parts.Select(AcceptedValues).ToList();
                if (parts.Any(p => p is null) || parts.Select(p => p!.Value.Field).Distinct().Count() != 1)
                    return null;
                return (parts[0]!.Value.Field, parts.SelectMany(p => p!.Value.Values).Distinct(StringComparer.Ordinal).ToList());
            default:
                return null;
        }
    }

    /// <summary>Whole years from and to (both included) when <paramref name="node"/> is a range on <c>year</c> with whole numbers.</summary>
    private static (int From, int To)? YearRange(FilterNode node)
    {
        if (node is not ConditionNode { Attribute: IndexSchema.Year } condition)
            return null;
        var years = condition.Values.Select(YearOf).ToList();
        if (years.Count == 0 || years.Any(y => y is null))
            return null;
        var year = years[0]!.Value;
        return condition.Operator switch
        {
            FilterOperator.Greater => (year + 1, int.MaxValue),
            FilterOperator.GreaterOrEqual => (year, int.MaxValue),
            FilterOperator.Less => (int.MinValue, year - 1),
            FilterOperator.LessOrEqual => (int.MinValue, year),
            FilterOperator.Between => (year, years[1]!.Value),
            _ => null,
        };
    }

    private static int? YearOf(string value) =>
        value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1 and < 9999 ? year : null;

    private static IEnumerable<FilterNode> Conjuncts(JsonNode? filter, string where)
    {
        switch (filter)
        {
            case null:
                yield break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (ParseOne(value.GetValue<string>(), where) is { } node)
                    yield return node;
                yield break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is JsonArray alternatives)
                    {
                        var parts = alternatives.Select(a => a?.GetValueKind() == JsonValueKind.String
                                ? ParseOne(a.GetValue<string>(), where)
                                : throw Invalid(where, $"Invalid value type at `.filter`: expected a string inside a nested array, but found {SearchParameters.Describe(a)}"))
                            .OfType<FilterNode>().ToList();
                        if (parts.Count > 0)
                            yield return parts.Count == 1 ? parts[0] : new OrNode(parts, 0, 0);
                    }
                    else if (item?.GetValueKind() == JsonValueKind.String)
                    {
                        if (ParseOne(item.GetValue<string>(), where) is { } itemNode)
                            yield return itemNode;
                    }
                    else
                        throw Invalid(where, $"Invalid value type at `.filter`: expected a string or an array of strings, but found {SearchParameters.Describe(item)}");
                }
                yield break;
            default:
                throw Invalid(where, $"Invalid syntax for the filter parameter: `expected String, Array, found: {filter.ToJsonString()}`.");
        }
    }

    private static FilterNode? ParseOne(string source, string where)
    {
        try
        {
            return FilterParser.Parse(source, Filterable);
        }
        catch (FilterSyntaxException ex)
        {
            throw Invalid(where, ex.Message);
        }
    }

    private static MeiliException Invalid(string where, string message) => MeiliException.BadRequest("invalid_search_filter", where + message);
}
