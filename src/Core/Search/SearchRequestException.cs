namespace PodSearch.Core.Search;

/// <summary>
/// A request the engine cannot serve as asked (an unknown facet field, an inverted range). <see cref="Code"/>
/// is stable (<c>unknown_facet</c>, <c>invalid_range</c>, <c>unknown_episode</c>, ...) so callers can map it;
/// <see cref="Parameter"/> names the request field at fault when one is (the filter field, for example).
/// </summary>
public sealed class SearchRequestException(string code, string message, string? parameter = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Parameter { get; } = parameter;
}
