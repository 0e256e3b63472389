using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost;

/// <summary>
/// Headers that keep the page and the API from being used against their visitors: a content security policy that
/// lets the page run only its own scripts and styles and call only this host, no MIME sniffing (a JSON answer that
/// echoes a query must never run as a script), and a frame policy that still lets <c>embed.js</c> frame the page
/// on the sites the operator names (<see cref="SearchHostOptions.FrameAncestors"/>).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<SearchHostOptions> options)
{
    private readonly string policy = ContentSecurityPolicy(options.Value);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = policy;
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }

    internal static string ContentSecurityPolicy(SearchHostOptions options) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; " +
        $"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {FrameAncestors(options)}";

    /// <summary>The named sites, else the CORS origins (sites that embed the search box), else any site.</summary>
    private static string FrameAncestors(SearchHostOptions options)
    {
        var sites = options.FrameAncestors.Length > 0 ? options.FrameAncestors : options.AllowedOrigins;
        return sites.Length == 0 || sites.Contains("*") ? "*" : string.Join(' ', sites.Prepend("'self'"));
    }
}
