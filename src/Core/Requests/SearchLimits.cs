namespace PodSearch.Core.Requests;

/// <summary>
/// How large a request may be: one set of limits that the search core is given and that both doors check against,
/// so a host configured for pages of 500 gets pages of 500 (the core used to cut every page to 100 silently).
/// </summary>
public sealed record SearchLimits
{
    /// <summary>The limits of the command line and of a host with default settings.</summary>
    public static SearchLimits Default { get; } = new();

    /// <summary>The largest page (<c>limit</c>) a search may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>The deepest <c>offset</c>: paging past it costs a full sort and nobody reads page 1,000.</summary>
    public int MaxOffset { get; init; } = 10_000;

    /// <summary>The longest query text, in characters.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>
    /// The most values one filter field may list (<c>guest=</c> repeated): each value is a term the query must
    /// look up, so 2.5 million of them held the host at a gigabyte per request. A person or show list needs dozens.
    /// </summary>
    public int MaxValuesPerFilter { get; init; } = 100;

    /// <summary>The most filter values over all fields together.</summary>
    public int MaxFilterValues { get; init; } = 500;

    /// <summary>Refuses a request whose filters list more values than these limits allow, naming the field.</summary>
    /// <exception cref="Search.SearchRequestException"><c>too_many_values</c>.</exception>
    public void CheckFilters(Search.SearchRequest request)
    {
        var total = 0;
        foreach (var (field, values) in request.Filters)
        {
            if (values.Count > MaxValuesPerFilter)
                throw new Search.SearchRequestException("too_many_values",
                    $"{field} lists {values.Count} values; at most {MaxValuesPerFilter} are allowed per field", field);
            total += values.Count;
        }
        if (total > MaxFilterValues)
            throw new Search.SearchRequestException("too_many_values",
                $"the filters list {total} values together; at most {MaxFilterValues} are allowed");
    }
}
