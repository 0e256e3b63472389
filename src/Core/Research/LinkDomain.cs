namespace PodSearch.Core.Research;

/// <summary>The host name of a link, lower case and without <c>www.</c>: <c>https://www.GitHub.com/x</c> → <c>github.com</c>.</summary>
internal static class LinkDomain
{
    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "http://" + text.TrimStart('/');
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return null;
        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>True when <paramref name="domain"/> is <paramref name="filter"/> or one of its sub-domains (gist.github.com under github.com).</summary>
    public static bool Matches(string? domain, string filter) => Matcher(filter)(domain);

    /// <summary>A test for <see cref="Matches"/> with the filter parsed once, for scans over many links.</summary>
    public static Func<string?, bool> Matcher(string filter)
    {
        var wanted = Of(filter) ?? filter.Trim().ToLowerInvariant();
        var suffix = "." + wanted;
        return domain => domain is not null && (domain == wanted || domain.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>A URL reduced to what makes two links the same page: no scheme, no <c>www.</c>, no trailing slash or fragment.</summary>
    public static string? Normalize(string? url)
    {
        var domain = Of(url);
        if (domain is null || url is null)
            return null;
        var text = url.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd >= 0 ? text[(schemeEnd + 3)..] : text;
        var slash = rest.IndexOf('/');
        var path = slash >= 0 ? rest[slash..] : "";
        var hash = path.IndexOf('#');
        if (hash >= 0)
            path = path[..hash];
        return domain + path.TrimEnd('/');
    }
}
