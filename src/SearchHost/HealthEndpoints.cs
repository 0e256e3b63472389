using PodSearch.SearchHost.Http;

namespace PodSearch.SearchHost;

/// <summary><c>GET /healthz</c>: is an index open, which generation, how many episodes, when it was last loaded.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth).AllowQuery().Produces<HealthResponse>().WithName("Health").WithTags("Health")
            .WithSummary("Whether the index is open, its generation and episode count, and the last reload time.");
        return app;
    }

    private static IResult GetHealth(SearchIndex index, HttpContext context)
    {
        var snapshot = index.Current;
        context.Response.Headers.CacheControl = "no-store";
        // The folder's name only: the absolute path tells anyone who asks where the host's files are.
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(index.Provider.IndexPath));
        return TypedResults.Ok(new HealthResponse("ok", true, folder, snapshot.Episodes, snapshot.Documents,
            snapshot.Generation, snapshot.LoadedAt, snapshot.LoadTime.TotalMilliseconds));
    }
}
