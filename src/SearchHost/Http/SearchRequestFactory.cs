using System.Globalization;
using PodSearch.Core.Requests;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// The one place where a search from the web becomes a core <see cref="SearchRequest"/>: every check and
/// limit of the API, each failure an <see cref="ApiProblemException"/> naming the parameter.
/// </summary>
internal static class SearchRequestFactory
{
    /// <summary>Checks a search from a query string (<c>GET /api/search</c>, exports, feeds) and makes the core's request.</summary>
    public static SearchRequest Create(IQueryCollection query, SearchHostOptions options) =>
        Reader(options).Read(p => query.TryGetValue(p.Name, out var values) ? values.Where(v => v is not null).Select(v => v!).ToArray() : []);

    /// <summary>
    /// Checks a search from a <c>POST</c> body (or a query record parsed into the body's shape) and makes the core's
    /// request. The body's fields are read by their snake_case names, the names of <see cref="SearchParameters"/>.
    /// </summary>
    public static SearchRequest Create(SearchBody input, SearchHostOptions options) =>
        Reader(options).Read(p => SearchBody.Values(input, p.Name));

    /// <summary>The core's checks with this host's limits, naming parameters as the API does.</summary>
    private static SearchRequestReader Reader(SearchHostOptions options) => new(options.ToLimits(), SearchRequestReader.HttpNames);

    public static int? ParseInt(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            // Not a number at all is a different mistake from a number out of range: invalid_parameter, not limit_out_of_range.
            throw ApiProblemException.BadRequest(ProblemCodes.InvalidParameter, parameter, $"{parameter} must be a whole number, not '{text}'");
        return value;
    }

    /// <summary>A <c>mode</c> word alone (similar episodes take only a mode), checked as a search's.</summary>
    public static SearchMode ParseMode(string text) => new SearchRequestReader(SearchLimits.Default, SearchRequestReader.HttpNames).ReadMode(text);
}
