using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;
using PodSearch.SearchHost.Http;
using PodSearch.SearchHost.Suggestions;

namespace PodSearch.SearchHost;

/// <summary>
/// The search API under <c>/api</c>: search (GET and POST), episodes, similar episodes, facet values and
/// suggestions. Handlers only translate: <see cref="SearchRequestFactory"/> checks the input, the core's
/// <see cref="EpisodeSearcher"/> answers, GETs are conditional on the index generation (<see cref="HttpCaching"/>).
/// </summary>
internal static class SearchEndpoints
{
    private const int MaxFacetTop = 1000;
    private const int MaxSuggestions = 50;

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).AllowQuery<SearchQuery>().Produces<SearchResult>().WithName("Search").WithTags("Search")
            .WithSummary("Ranked episodes with snippets and facet counts; the JSON of `podsearch search --json`.");
        api.MapPost("/search", SearchPost).AllowQuery().Accepts<SearchBody>("application/json").Produces<SearchResult>()
            .WithName("SearchPost").WithTags("Search").WithSummary("The same search with its parameters in a JSON body, for long queries.");
        api.MapGet("/episodes/{podcast}/{slug}", GetEpisode).AllowQuery().Produces<Episode>().ProducesProblem(StatusCodes.Status404NotFound).WithName("Episode").WithTags("Episodes")
            .WithSummary("The full parsed episode: people, summary, topics, links, picks, transcript turns. Its id is `{podcast}/{slug}`.");
        api.MapGet("/episodes/{podcast}/{slug}/similar", GetSimilar).AllowQuery<SimilarEpisodesQuery>().Produces<SearchResult>().ProducesProblem(StatusCodes.Status404NotFound).WithName("SimilarEpisodes").WithTags("Episodes")
            .WithSummary("Episodes most like this one.");
        // Notes in a show's subfolders have ids with more slashes (ruby-rogues/2019/rr-401): the same two answers, one route.
        // OpenAPI cannot describe a catch-all segment (the route would have the same signature as {slug}, which makes the
        // document invalid), so it is left out of it; the {slug} routes' descriptions say that such ids exist.
        api.MapGet("/episodes/{podcast}/{**path}", GetNestedEpisodeOrSimilar).AllowQuery<SimilarEpisodesQuery>().Produces<Episode>().ProducesProblem(StatusCodes.Status404NotFound).WithName("NestedEpisode").WithTags("Episodes").ExcludeFromDescription()
            .WithSummary("The episode `{podcast}/{path}` of a note in a show's subfolder; `{path}/similar` gives the episodes most like it (as the similar route's search result).");
        api.MapGet("/facets/{field}", GetFacetValues).AllowQuery<FacetValuesQuery>().Produces<FacetValuesResponse>().WithName("FacetValues").WithTags("Search")
            .WithSummary("Values of one facet field with counts, optionally within a query and by prefix.");
        api.MapGet("/suggest", Suggest).AllowQuery<SuggestQuery>().Produces<SuggestResponse>().WithName("Suggest").WithTags("Search")
            .WithSummary("As-you-type suggestions: episode titles, people, tags and shows by prefix, tolerant of one typo.");
        return api;
    }

    private static async Task<IResult> Search([AsParameters] SearchQuery query, HttpContext context, EpisodeSearcher searcher,
        SearchIndex index, TimeBudget budget, SearchResultCache cache, IOptions<SearchHostOptions> options, ResearchEndpoints.ResearchState research)
    {
        var request = ResearchEndpoints.WithPeople(SearchRequestFactory.Create(context.Request.Query, options.Value), query.With, research);
        var generation = CurrentGeneration(index);
        if (HttpCaching.IsNotModified(context, generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(await Cached(context, cache, "search", request, generation,
            () => budget.RunAsync(token => searcher.Search(request with { Cancellation = token }), context.RequestAborted)));
    }

    /// <summary>
    /// The result from <paramref name="cache"/> when this request was answered in this generation (its
    /// <c>tookMs</c> then says how long this answer took), else <paramref name="search"/>'s, stored for next time.
    /// The <c>X-PodSearch-Cache</c> header says which.
    /// </summary>
    private static async Task<SearchResult> Cached(HttpContext context, SearchResultCache cache, string kind, object request, long generation,
        Func<Task<SearchResult>> search)
    {
        if (!cache.Enabled)
            return await search();
        var started = Stopwatch.GetTimestamp();
        var key = SearchResultCache.KeyOf(kind, request);
        if (cache.Find(key, generation) is { } found)
        {
            context.Response.Headers["X-PodSearch-Cache"] = "hit";
            return found with { TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        }
        var result = await search();
        context.Response.Headers["X-PodSearch-Cache"] = "miss";
        cache.Store(key, generation, result);
        return result;
    }

    private static async Task<Ok<SearchResult>> SearchPost(HttpContext context, EpisodeSearcher searcher, SearchIndex index, TimeBudget budget,
        SearchResultCache cache, IOptions<SearchHostOptions> options, ResearchEndpoints.ResearchState research)
    {
        if (!context.Request.HasJsonContentType())
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                "send the search as a JSON body with Content-Type: application/json");
        SearchBody body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SearchBody>(context.Request.Body, SearchBodyJson.Options, context.RequestAborted)
                ?? throw ApiProblemException.BadRequest(ProblemCodes.InvalidJson, "body", "the body is JSON null; send an object");
        }
        catch (JsonException ex)
        {
            throw SearchBodyJson.Problem(ex);
        }
        var request = ResearchEndpoints.WithPeople(SearchRequestFactory.Create(body, options.Value), body.With, research);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await Cached(context, cache, "search", request, CurrentGeneration(index),
            () => budget.RunAsync(token => searcher.Search(request with { Cancellation = token }), context.RequestAborted)));
    }

    private static IResult GetEpisode([Description(PathDescriptions.Podcast)] string podcast, [Description(PathDescriptions.Slug)] string slug, HttpContext context, SearchIndex index)
    {
        var id = podcast + "/" + slug;
        if (HttpCaching.IsNotModified(context, CurrentGeneration(index)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var episode = index.FindEpisode(id) ?? throw NotFound(id);
        return TypedResults.Json(episode, EpisodeJson.Options);
    }

    private static Task<IResult> GetNestedEpisodeOrSimilar([Description(PathDescriptions.Podcast)] string podcast,
        [Description("The rest of the episode id: subfolders and file name, optionally followed by `/similar`.")] string path, [AsParameters] SimilarEpisodesQuery query, HttpContext context,
        EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, SearchResultCache cache, IOptions<SearchHostOptions> options)
    {
        const string similar = "/similar";
        if (path.EndsWith(similar, StringComparison.Ordinal) && index.FindEpisode(podcast + "/" + path) is null)
            return GetSimilar(podcast, path[..^similar.Length], query, context, searcher, index, budget, cache, options);
        if (context.Request.Query.Count > 0)
            throw ApiProblemException.BadRequest(ProblemCodes.UnknownParameter, context.Request.Query.Keys.First(),
                "an episode takes no query parameters");
        return Task.FromResult(GetEpisode(podcast, path, context, index));
    }

    private static async Task<IResult> GetSimilar([Description(PathDescriptions.Podcast)] string podcast, [Description(PathDescriptions.Slug)] string slug, [AsParameters] SimilarEpisodesQuery query, HttpContext context,
        EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, SearchResultCache cache, IOptions<SearchHostOptions> options)
    {
        var id = podcast + "/" + slug;
        var limit = Bounded(SearchRequestFactory.ParseInt(query.Limit, "limit") ?? 5, 1, options.Value.MaxPageSize, "limit");
        var mode = query.Mode is null ? SearchMode.Hybrid : SearchRequestFactory.ParseMode(query.Mode);
        var generation = CurrentGeneration(index);
        if (HttpCaching.IsNotModified(context, generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        try
        {
            return TypedResults.Ok(await Cached(context, cache, "similar", new { id, limit, mode }, generation,
                () => budget.RunAsync(() => searcher.Similar(id, limit, mode), context.RequestAborted)));
        }
        catch (SearchRequestException ex) when (ex.Code == "unknown_episode")
        {
            throw NotFound(id);
        }
    }

    private static async Task<IResult> GetFacetValues([Description("The facet field: podcast, year, guest, host, tag, picks_by or link_domain.")] string field, [AsParameters] FacetValuesQuery query, HttpContext context,
        EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
    {
        if (!IndexSchema.FacetFields.Contains(field))
            throw ApiProblemException.BadRequest(ProblemCodes.UnknownFacet, "field",
                $"'{field}' is not a facet field; use {string.Join(", ", IndexSchema.FacetFields)}");
        var top = Bounded(SearchRequestFactory.ParseInt(query.Top, "top") ?? 10, 1, MaxFacetTop, "top");
        var q = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        if (q is not null && q.Length > options.Value.MaxQueryLength)
            throw ApiProblemException.BadRequest(ProblemCodes.QueryTooLong, "q", $"q is {q.Length} characters long; at most {options.Value.MaxQueryLength} are allowed");
        var prefix = string.IsNullOrWhiteSpace(query.Prefix) ? null : query.Prefix.Trim();
        if (HttpCaching.IsNotModified(context, CurrentGeneration(index)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var values = await budget.RunAsync(() => searcher.FacetValues(field, q, prefix, top), context.RequestAborted);
        return TypedResults.Ok(new FacetValuesResponse(field, q, prefix, values));
    }

    private static IResult Suggest([AsParameters] SuggestQuery query, HttpContext context, SearchIndex index, IOptions<SearchHostOptions> options)
    {
        var q = query.Q?.Trim();
        if (string.IsNullOrEmpty(q))
            throw ApiProblemException.BadRequest(ProblemCodes.MissingParameter, "q", "q is required: the text typed so far");
        if (q.Length > options.Value.MaxQueryLength)
            throw ApiProblemException.BadRequest(ProblemCodes.QueryTooLong, "q", $"q is {q.Length} characters long; at most {options.Value.MaxQueryLength} are allowed");
        var limit = Bounded(SearchRequestFactory.ParseInt(query.Limit, "limit") ?? 8, 1, MaxSuggestions, "limit");
        var snapshot = index.Current;
        if (HttpCaching.IsNotModified(context, snapshot.Generation))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var started = Stopwatch.GetTimestamp();
        var suggestions = snapshot.Suggestions.Suggest(q, limit);
        return TypedResults.Ok(new SuggestResponse(q, Stopwatch.GetElapsedTime(started).TotalMilliseconds, suggestions));
    }

    /// <summary>The generation a request is answered from (the searcher it would lease now).</summary>
    private static long CurrentGeneration(SearchIndex index)
    {
        using var lease = index.Provider.Acquire();
        return SearchIndex.GenerationOf(lease.Searcher);
    }

    private static int Bounded(int value, int min, int max, string parameter) => value >= min && value <= max
        ? value
        : throw ApiProblemException.BadRequest(ProblemCodes.LimitOutOfRange, parameter, $"{parameter} must be from {min} to {max}, not {value}");

    private static ApiProblemException NotFound(string id) =>
        new(StatusCodes.Status404NotFound, ProblemCodes.EpisodeNotFound, $"no episode with id '{id}'", "id");
}
