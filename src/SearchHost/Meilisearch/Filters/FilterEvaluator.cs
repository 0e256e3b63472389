using System.Globalization;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>
/// Decides a filter for one episode (<see cref="FacetRow"/>). A condition holds when any of the attribute's values
/// passes it, as in Meilisearch for arrays. Equality ignores case and accents; comparisons are numeric when both
/// sides are numbers (<c>year &gt; 2019</c>), else by the folded text. An attribute with no value for the episode
/// neither EXISTS nor passes a comparison, and IS EMPTY and IS NULL.
/// </summary>
internal static class FilterEvaluator
{
    public static bool Matches(FilterNode node, FacetRow row) => node switch
    {
        AndNode and => and.Parts.All(p => Matches(p, row)),
        OrNode or => or.Parts.Any(p => Matches(p, row)),
        NotNode not => !Matches(not.Inner, row),
        ConditionNode condition => Holds(condition, row),
        _ => throw new InvalidOperationException("unknown filter node " + node.GetType().Name),
    };

    private static bool Holds(ConditionNode condition, FacetRow row)
    {
        var field = FieldIndex(condition.Attribute);
        var values = row.Folded(field);
        switch (condition.Operator)
        {
            case FilterOperator.Exists:
                return values.Count > 0;
            case FilterOperator.IsEmpty or FilterOperator.IsNull:
                return values.Count == 0;
            case FilterOperator.Equal:
                var wanted = NameKey.Fold(condition.Values[0]);
                return values.Any(v => v == wanted);
            case FilterOperator.In:
                var set = condition.Values.Select(NameKey.Fold).ToHashSet(StringComparer.Ordinal);
                return values.Any(set.Contains);
            case FilterOperator.Between:
                return values.Any(v => Compare(v, condition.Values[0]) >= 0 && Compare(v, condition.Values[1]) <= 0);
            default:
                var bound = condition.Values[0];
                return values.Any(v => Compare(v, bound) switch
                {
                    var c => condition.Operator switch
                    {
                        FilterOperator.Greater => c > 0,
                        FilterOperator.GreaterOrEqual => c >= 0,
                        FilterOperator.Less => c < 0,
                        _ => c <= 0,
                    },
                });
        }
    }

    public static int FieldIndex(string attribute)
    {
        for (var i = 0; i < IndexSchema.FacetFields.Count; i++)
            if (IndexSchema.FacetFields[i] == attribute)
                return i;
        throw new InvalidOperationException($"'{attribute}' is not a facet field");
    }

    /// <summary>Numbers by value, anything else by folded text.</summary>
    private static int Compare(string value, string bound)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            return a.CompareTo(b);
        return string.CompareOrdinal(value, NameKey.Fold(bound));
    }
}
