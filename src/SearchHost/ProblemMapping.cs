using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost;

/// <summary>
/// Turns every failure into RFC 7807 <c>application/problem+json</c> with a stable <c>code</c> and, where one
/// is at fault, the <c>parameter</c>: refused requests (<see cref="ApiProblemException"/>) and the core's
/// request errors become 4xx with their code; bare 404/405/415 get a body too; anything else is logged and
/// becomes a 500 that does not leak the exception.
/// </summary>
internal static class ProblemMapping
{
    public static IServiceCollection AddProblemMapping(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            if (!problem.Extensions.ContainsKey("code"))
                problem.Extensions["code"] = CodeForStatus(problem.Status ?? 500);
            problem.Type ??= TypeFor((string)problem.Extensions["code"]!);
        });

    public static WebApplication UseProblemMapping(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => Map(exception).Status,
            ExceptionHandler = WriteExceptionAsync,
            // Refused requests are answers, not failures: the request log line is enough for them.
            SuppressDiagnosticsCallback = context => Map(context.Exception).Status < 500 || context.Exception is ApiProblemException,
        });
        // Routing answers 404/405/415 with an empty body: give those a problem body as well.
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode,
            CodeForStatus(context.HttpContext.Response.StatusCode), DetailForStatus(context.HttpContext), null));
        return app;
    }

    /// <summary>Writes one problem; also used directly by handlers and the rate limiter.</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string detail, string? parameter)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ProblemCodes.TitleFor(status),
            Detail = detail,
            Type = TypeFor(code),
            Instance = context.Request.Path,
            Extensions = { ["code"] = code },
        };
        if (parameter is not null)
            problem.Extensions["parameter"] = parameter;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    private static Task WriteExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, code, detail, parameter) = Map(exception);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PodSearch.SearchHost.Errors");
        if (exception is ApiProblemException && status >= 500)
            logger.LogWarning("{Method} {Path}{Query}: {Code}", context.Request.Method, context.Request.Path, context.Request.QueryString, code);
        else if (status >= 500 && exception is not null)
            logger.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        return WriteAsync(context, status, code, detail, parameter);
    }

    internal static (int Status, string Code, string Detail, string? Parameter) Map(Exception? exception) => exception switch
    {
        ApiProblemException problem => (problem.Status, problem.Code, problem.Message, problem.Parameter),
        BadHttpRequestException bad => (bad.StatusCode, CodeForStatus(bad.StatusCode), bad.Message, null),
        // The core refusing a request as asked (an offset past its window, an unknown facet): the client's mistake, with the core's code.
        Core.Search.SearchRequestException request => (request.Code == "unknown_episode" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
            request.Code, request.Message, request.Parameter ?? ParameterOf(request.Code)),
        // The client went away and the search stopped with it (the time budget's token): nobody reads this answer, nothing failed.
        OperationCanceledException => (StatusCodes.Status499ClientClosedRequest, ProblemCodes.ClientClosedRequest, "the client closed the request", null),
        TimeoutException => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.TimeBudgetExceeded, "the search took longer than this host's time budget; narrow the query", null),
        _ => (StatusCodes.Status500InternalServerError, ProblemCodes.Internal, "the host failed to answer this request; the error is in its log", null),
    };

    private static string? ParameterOf(string coreCode) => coreCode switch
    {
        "invalid_paging" => "offset",
        "unknown_facet" => "facets",
        "invalid_range" => "to",
        "unknown_episode" => "id",
        _ => null,
    };

    private static string CodeForStatus(int status) => status switch
    {
        404 => ProblemCodes.NotFound,
        413 => ProblemCodes.BodyTooLarge,
        405 => ProblemCodes.MethodNotAllowed,
        415 => ProblemCodes.UnsupportedMediaType,
        429 => ProblemCodes.RateLimited,
        503 => ProblemCodes.IndexUnavailable,
        >= 400 and < 500 => ProblemCodes.InvalidParameter,
        _ => ProblemCodes.Internal,
    };

    private static string DetailForStatus(HttpContext context) => context.Response.StatusCode switch
    {
        404 => $"nothing at {context.Request.Path}; the API is under /api (see /openapi/v1.json)",
        405 => $"{context.Request.Method} is not allowed on {context.Request.Path}",
        415 => "send the body as application/json",
        413 => "the request body is larger than this host accepts",
        _ => ProblemCodes.TitleFor(context.Response.StatusCode),
    };

    private static string TypeFor(string code) => "urn:podsearch:problem:" + code;
}
