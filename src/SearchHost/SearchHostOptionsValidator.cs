using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost;

/// <summary>
/// Checks what attributes on <see cref="SearchHostOptions"/> cannot: that the origins are origins and that
/// the index folder exists. Runs at start-up (<c>ValidateOnStart</c>); failures name the setting and the switch.
/// </summary>
internal sealed class SearchHostOptionsValidator : IValidateOptions<SearchHostOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchHostOptions options)
    {
        var failures = new List<string>();
        foreach (var origin in options.AllowedOrigins)
        {
            if (origin == "*")
                continue;
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || origin.EndsWith('/'))
                failures.Add($"Search:AllowedOrigins (--cors-origins): '{origin}' is not an origin such as https://example.org (scheme and host, optional port, no path or trailing slash)");
        }
        if (!string.IsNullOrWhiteSpace(options.IndexPath) && !Directory.Exists(options.IndexPath))
            failures.Add($"Search:IndexPath (--index): no index folder at '{Path.GetFullPath(options.IndexPath)}'; build one with: podsearch index <notes folder> --index {options.IndexPath}");
        failures.AddRange(Http.TrustedProxies.Problems(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
