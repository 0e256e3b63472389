using System.Text.Json.Nodes;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// Meilisearch's two paging styles on the core's offset and limit: <c>offset</c>/<c>limit</c> (answered with
/// <c>estimatedTotalHits</c>) or a 1-based <c>page</c> with <c>hitsPerPage</c> (answered with <c>totalHits</c> and
/// <c>totalPages</c>). As Meilisearch caps at <c>maxTotalHits</c>, a page is cut to the host's page size and
/// result window instead of being refused; totals stay exact.
/// </summary>
internal sealed record Paging(SearchParameters Parameters, int CoreOffset, int CoreLimit, int ReportedLimit)
{
    public static Paging Of(SearchParameters parameters, SearchHostOptions options)
    {
        int offset, limit;
        if (parameters.PagesByNumber)
        {
            var perPage = parameters.HitsPerPage ?? SearchParameters.DefaultLimit;
            var page = parameters.Page ?? 1;
            (offset, limit) = page == 0 ? (0, 0) : ((int)Math.Min((long)(page - 1) * perPage, int.MaxValue), perPage);
        }
        else
            (offset, limit) = (parameters.Offset, parameters.Limit);
        var reported = Math.Min(limit, options.MaxPageSize);
        limit = reported;
        if (offset >= options.MaxResultWindow)
            (offset, limit) = (0, 0);
        else if ((long)offset + limit > options.MaxResultWindow)
            limit = options.MaxResultWindow - offset;
        return new Paging(parameters, offset, limit, reported);
    }

    public void Describe(JsonObject response, int total)
    {
        if (Parameters.PagesByNumber)
        {
            var perPage = Parameters.HitsPerPage ?? SearchParameters.DefaultLimit;
            response["hitsPerPage"] = perPage;
            response["page"] = Parameters.Page ?? 1;
            response["totalPages"] = perPage == 0 ? 0 : (total + perPage - 1) / perPage;
            response["totalHits"] = total;
        }
        else
        {
            response["limit"] = ReportedLimit;
            response["offset"] = Parameters.Offset;
            response["estimatedTotalHits"] = total;
        }
    }
}
