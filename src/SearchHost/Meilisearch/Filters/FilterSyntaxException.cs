namespace PodSearch.SearchHost.Meilisearch.Filters;

/// <summary>
/// A filter that does not parse or names an attribute that cannot be filtered. The message ends, as
/// Meilisearch's do, with the character range at fault (1-based start, end just past it) and the expression: <c>16:19 guest = x AND</c>.
/// </summary>
internal sealed class FilterSyntaxException(string problem, int start, int end, string source)
    : Exception($"{problem}\n{start + 1}:{Math.Max(end, start + 1) + 1} {source}")
{
    public string Problem { get; } = problem;
    /// <summary>0-based position of the first character at fault.</summary>
    public int Start { get; } = start;
    public int End { get; } = end;
}
