using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// The error side of the Meilisearch routes: every failure in them (refused input, the host's time budget,
/// the core's request errors, anything unexpected) answers in Meilisearch's shape instead of problem+json.
/// </summary>
internal static class MeiliErrors
{
    private const string DocsBase = "https://www.meilisearch.com/docs/reference/errors/error_codes#";

    /// <summary>An endpoint filter for the Meilisearch route group.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (Map(ex) is { } error)
        {
            return Result(error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MeiliErrors))
                .LogError(ex, "Meilisearch route {Path} failed", context.HttpContext.Request.Path);
            return Result(new MeiliException(500, "internal", "the search failed inside PodSearch; the host's log has the details", MeiliException.Internal));
        }
    }

    public static IResult Result(MeiliException error) =>
        TypedResults.Json(new OpenApi.MeiliErrorBody(error.Message, error.Code, error.Type, DocsBase + error.Code), statusCode: error.Status);

    private static MeiliException? Map(Exception ex) => ex switch
    {
        MeiliException meili => meili,
        ApiProblemException { Status: 503 } budget => new MeiliException(503, "search_timeout", budget.Message, MeiliException.Internal),
        ApiProblemException problem => new MeiliException(problem.Status, problem.Code, problem.Message),
        SearchRequestException request => MeiliException.BadRequest("bad_request", request.Message),
        OperationCanceledException => null, // the client went away: nothing to answer
        BadHttpRequestException bad => new MeiliException(bad.StatusCode, "bad_request", bad.Message),
        _ => null,
    };
}
