using System.Diagnostics;

namespace PodSearch.SearchHost;

/// <summary>
/// One log line per request: method, path and query, status, time and client. Written after the response,
/// so the status is the one the client got (including 304, 429 and problems).
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
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
            logger.LogInformation("{Method} {Path}{Query} {Status} {Elapsed:0.0}ms {Client}",
                request.Method, request.Path, request.QueryString, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Connection.RemoteIpAddress);
        }
    }
}
