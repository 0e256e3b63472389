using System.Reflection;
using Microsoft.Net.Http.Headers;

namespace PodSearch.SearchHost;

/// <summary>
/// Conditional GETs tied to the index generation. A response is a function of the URL, the index commit and
/// this build of the host, so the ETag is those two numbers: a repeated request answers 304 without
/// searching until <c>podsearch index</c> commits again. <c>no-cache</c> makes clients revalidate every time,
/// so a reload is visible at once.
/// </summary>
internal static class HttpCaching
{
    // Changes with every build, so a new host never confirms a representation an old one made.
    private static readonly string BuildStamp = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static string ETagFor(long generation) => $"W/\"{generation}-{BuildStamp}\"";

    /// <summary>Sets the validators; returns true when the client's copy is current and a 304 should be sent.</summary>
    public static bool IsNotModified(HttpContext context, long generation)
    {
        var etag = ETagFor(generation);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
            return false;
        foreach (var value in ifNoneMatch)
            if (value is not null && (value.Trim() == "*" || value.Split(',').Any(v => v.Trim() == etag || v.Trim() == etag[2..])))
                return true;
        return false;
    }

    /// <summary>Answers 304 for a current client copy, otherwise runs <paramref name="produce"/>.</summary>
    public static IResult Conditional(HttpContext context, long generation, Func<IResult> produce) =>
        IsNotModified(context, generation) ? Results.StatusCode(StatusCodes.Status304NotModified) : produce();
}
