using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// <c>--search-key</c>: when set, the Meilisearch routes want <c>Authorization: Bearer &lt;key&gt;</c> (what every
/// Meilisearch client sends for its API key), answering 401 <c>missing_authorization_header</c> without one and 403
/// <c>invalid_api_key</c> for another key. Without it the routes are open, as the rest of the API is. CORS preflights
/// carry no key and are answered before this runs.
/// </summary>
internal static class SearchKeyCheck
{
    /// <summary>Endpoint metadata of the routes behind the check, so the OpenAPI document can say they may answer 401 and 403.</summary>
    public static readonly KeyedRoute Marker = new();

    /// <summary>The type of <see cref="Marker"/>.</summary>
    public sealed class KeyedRoute;

    public static ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<SearchHostOptions>>().Value.SearchKey;
        if (string.IsNullOrEmpty(key))
            return next(context);
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            throw new MeiliException(StatusCodes.Status401Unauthorized, "missing_authorization_header",
                "The Authorization header is missing. It must use the bearer authorization method.", MeiliException.Auth);
        var sent = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(key)))
            throw new MeiliException(StatusCodes.Status403Forbidden, "invalid_api_key", "The provided API key is invalid.", MeiliException.Auth);
        return next(context);
    }
}
