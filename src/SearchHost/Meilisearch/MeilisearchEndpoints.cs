using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// The Meilisearch search API at the root of the host, so Meilisearch clients and InstantSearch (through
/// instant-meilisearch) work against PodSearch unchanged: <c>POST /multi-search</c>, <c>POST</c>/<c>GET
/// /indexes/{uid}/search</c>, <c>POST /indexes/{uid}/facet-search</c>, <c>GET /indexes</c>, <c>/indexes/{uid}</c>,
/// its <c>stats</c> and <c>settings</c>, <c>/health</c> and <c>/version</c>. One index, <c>episodes</c>. Errors are
/// Meilisearch's <c>{message, code, type, link}</c> (<see cref="MeiliErrors"/>); with <c>--search-key</c> every route
/// but <c>/health</c> wants it as a Bearer token (<see cref="SearchKeyCheck"/>). Browsers on the
/// <c>--cors-origins</c> sites may call it, sending <c>Authorization</c> and <c>X-Meilisearch-Client</c>.
/// </summary>
public static class MeilisearchEndpoints
{
    public const string Tag = "Meilisearch";
    private const string UidDescription = "The index: `episodes`, the only one.";

    public static IEndpointRouteBuilder MapMeilisearchEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<SearchHostOptions>>().Value;
        var meili = app.MapGroup("")
            .RequireCors(policy =>
            {
                if (options.AllowedOrigins.Contains("*"))
                    policy.AllowAnyOrigin();
                else
                    policy.WithOrigins(options.AllowedOrigins);
                policy.WithMethods("GET", "POST").WithHeaders("Authorization", "X-Meilisearch-Client", "Content-Type")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            })
            .RequireRateLimiting(HttpServices.PerClientRateLimit)
            .AddEndpointFilter(MeiliErrors.Filter)
            .WithTags(Tag);

        meili.MapGet("/health", () => new JsonObject { ["status"] = "available" }).WithName("MeiliHealth")
            .WithSummary("Meilisearch health: `{\"status\": \"available\"}`. Open even with --search-key, as in Meilisearch.");
        var keyed = meili.MapGroup("").AddEndpointFilter(SearchKeyCheck.Filter).WithMetadata(SearchKeyCheck.Marker);
        keyed.MapGet("/version", MeiliIndexInfo.Version).WithName("MeiliVersion")
            .WithSummary("PodSearch's version in Meilisearch's shape (`pkgVersion`, `commitSha`, `commitDate`).");
        keyed.MapPost("/multi-search", MultiSearch).Accepts<JsonObject>("application/json").WithName("MeiliMultiSearch")
            .WithSummary("Several searches in one request: `{queries: [{indexUid, q, filter, facets, ...}]}`, answered `{results: [...]}` in order.");
        keyed.MapPost("/indexes/{uid}/search", SearchPost).Accepts<JsonObject>("application/json").WithName("MeiliSearch")
            .WithSummary("One search with Meilisearch's parameters: q, filter (Meilisearch's filter language), facets, offset/limit or page/hitsPerPage, sort, attributesToHighlight, attributesToCrop, hybrid.semanticRatio, matchingStrategy.");
        keyed.MapGet("/indexes/{uid}/search", SearchGet).WithName("MeiliSearchGet")
            .WithSummary("The same search with its parameters in the query string (lists comma-separated, hybridSemanticRatio/hybridEmbedder for hybrid).");
        keyed.MapPost("/indexes/{uid}/facet-search", FacetSearch).Accepts<JsonObject>("application/json").WithName("MeiliFacetSearch")
            .WithSummary("Values of one facet (`facetName`) starting with `facetQuery`, with counts over the episodes matching the search parameters.");
        keyed.MapGet("/indexes", Indexes).WithName("MeiliIndexes").WithSummary("The one index, `episodes`, as a paged list.");
        keyed.MapGet("/indexes/{uid}", GetIndex).WithName("MeiliIndex").WithSummary("The index: uid, primaryKey (`id`), createdAt, updatedAt (its last commit).");
        keyed.MapGet("/indexes/{uid}/stats", Stats).WithName("MeiliIndexStats").WithSummary("Number of documents, size on disk, field distribution.");
        keyed.MapGet("/indexes/{uid}/settings", Settings).WithName("MeiliIndexSettings")
            .WithSummary("The settings in force (read-only): filterable and sortable attributes, synonyms, ranking, faceting and paging limits.");
        return app;
    }

    private static async Task<IResult> MultiSearch(HttpContext context, EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
    {
        var body = await MeiliJsonBody.ReadAsync(context);
        foreach (var (name, _) in body)
            if (name is not ("queries" or "federation"))
                throw MeiliException.BadRequest("bad_request", $"Unknown field `{name}`: expected one of `queries`, `federation`");
        if (body["federation"] is not null)
            throw MeiliException.BadRequest("invalid_multi_search_federation_options", "federated search is not supported: there is one index");
        if (body["queries"] is not JsonArray queries)
            throw MeiliException.BadRequest("bad_request", body["queries"] is null ? "Missing field `queries`" : "Invalid value type at `.queries`: expected an array");
        var meili = new MeiliSearcher(searcher, index, budget, options);
        var parsed = new List<(SearchParameters Parameters, string Where)>();
        for (var i = 0; i < queries.Count; i++)
        {
            var where = $"Inside `.queries[{i}]`: ";
            if (queries[i] is not JsonObject query)
                throw MeiliException.BadRequest("bad_request", $"{where}Invalid value type: expected an object, but found {SearchParameters.Describe(queries[i])}");
            var parameters = SearchParameters.Parse(query, SearchParameters.Kind.MultiSearchQuery, where);
            MeiliIndex.Check(parameters.IndexUid!, where);
            parsed.Add((parameters, where));
        }
        var results = new JsonArray();
        foreach (var (parameters, where) in parsed)
            results.Add(await meili.SearchAsync(parameters, where, withIndexUid: true, context.RequestAborted));
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new JsonObject { ["results"] = results });
    }

    private static async Task<IResult> SearchPost([Description(UidDescription)] string uid, HttpContext context, EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
    {
        MeiliIndex.Check(uid);
        var parameters = SearchParameters.Parse(await MeiliJsonBody.ReadAsync(context), SearchParameters.Kind.Search);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(await new MeiliSearcher(searcher, index, budget, options).SearchAsync(parameters, "", withIndexUid: false, context.RequestAborted));
    }

    private static async Task<IResult> SearchGet([Description(UidDescription)] string uid, HttpContext context, EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
    {
        MeiliIndex.Check(uid);
        var parameters = SearchParameters.Parse(MeiliQueryString.ToBody(context.Request.Query), SearchParameters.Kind.Search);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(await new MeiliSearcher(searcher, index, budget, options).SearchAsync(parameters, "", withIndexUid: false, context.RequestAborted));
    }

    private static async Task<IResult> FacetSearch([Description(UidDescription)] string uid, HttpContext context, EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
    {
        MeiliIndex.Check(uid);
        var parameters = SearchParameters.Parse(await MeiliJsonBody.ReadAsync(context), SearchParameters.Kind.FacetSearch);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(await new MeiliSearcher(searcher, index, budget, options).FacetSearchAsync(parameters, context.RequestAborted));
    }

    private static IResult Indexes(HttpContext context, SearchIndex index)
    {
        var offset = MeiliQueryString.Natural(context.Request.Query, "offset", "invalid_index_offset") ?? 0;
        var limit = MeiliQueryString.Natural(context.Request.Query, "limit", "invalid_index_limit") ?? 20;
        return TypedResults.Json(MeiliIndexInfo.Indexes(index, offset, limit));
    }

    private static IResult GetIndex([Description(UidDescription)] string uid, SearchIndex index)
    {
        MeiliIndex.Check(uid);
        return TypedResults.Json(MeiliIndexInfo.Index(index));
    }

    private static IResult Stats([Description(UidDescription)] string uid, SearchIndex index)
    {
        MeiliIndex.Check(uid);
        return TypedResults.Json(MeiliIndexInfo.Stats(index));
    }

    private static IResult Settings([Description(UidDescription)] string uid, SearchIndex index, IOptions<SearchHostOptions> options)
    {
        MeiliIndex.Check(uid);
        return TypedResults.Json(MeiliIndexInfo.Settings(index, options.Value));
    }
}
