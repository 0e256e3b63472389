namespace PodSearch.Core.Indexing;

/// <summary>
/// The display form of facet values, shared by indexing and by search filters so a filter value typed by a
/// user meets the indexed term: trimmed, inner whitespace collapsed to one space.
/// </summary>
public static class FacetValues
{
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "";
        var trimmed = value.Trim();
        // Fast path: most values have no doubled or odd whitespace.
        var clean = true;
        for (var i = 0; i < trimmed.Length && clean; i++)
            clean = trimmed[i] == ' ' ? trimmed[i - 1] != ' ' : !char.IsWhiteSpace(trimmed[i]);
        return clean ? trimmed : string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The host of a link, lower case without a leading <c>www.</c>; "" when the URL has none.</summary>
    public static string LinkDomain(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return "";
        if (uri.Scheme is not ("http" or "https"))
            return "";
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
