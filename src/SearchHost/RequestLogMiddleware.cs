using System.Diagnostics;

namespace PodSearch.SearchHost;

/// <summary>
/// One log line per request: method, path and query, status, time and client. Written after the response,
/// so the status is the one the client got (including 304, 429 and problems).
/// </summary>
/// <remarks>
/// Refused requests (429) are logged at most once a minute per client (<see cref="RefusedRequestLog"/>).
/// </remarks>
internal sealed class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger, RefusedRequestLog refused)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            var client = context.Connection.RemoteIpAddress;
            if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
            {
                if (refused.ShouldLog(client, out var unlogged))
                    logger.LogWarning("{Method} {Path}{Query} 429 refused {Client} (rate limit; {Unlogged} more refusals of this client were not logged in the last minute)",
                        request.Method, request.Path, request.QueryString, client, unlogged);
            }
            else
                logger.LogInformation("{Method} {Path}{Query} {Status} {Elapsed:0.0}ms {Client}",
                request.Method, request.Path, request.QueryString, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, client);
        }
    }
}
