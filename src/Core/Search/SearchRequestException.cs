namespace PodSearch.Core.Search;

/// <summary>
/// A request the engine cannot serve as asked (an unknown facet field, an inverted range). <see cref="Code"/>
/// is stable (<c>unknown_facet</c>, <c>invalid_range</c>, <c>unknown_episode</c>, ...) so callers can map it.
/// </summary>
public sealed class SearchRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
