using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// Declares the errors each operation can answer, so a generated client knows every status and the body that comes
/// with it: 400 for operations that take input or refuse unknown query parameters, 404 where the endpoint declares
/// it (<c>ProducesProblem(404)</c>) or a Meilisearch route names an index, 401/403 for the routes behind the search key,
/// 413/415 for JSON bodies, 429 where the rate limit applies, 500 and 503 everywhere. The body is
/// <see cref="ProblemBody"/> as <c>application/problem+json</c>, or on the Meilisearch routes
/// <see cref="MeiliErrorBody"/> as <c>application/json</c>. Read from the endpoint's metadata, not listed per route,
/// so a new endpoint is described without anyone remembering to.
/// </summary>
internal sealed class ErrorResponseTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var meilisearch = MeilisearchSchemaTransformer.IsMeilisearch(context);
        var (bodyType, mediaType) = meilisearch ? (typeof(MeiliErrorBody), "application/json") : (typeof(ProblemBody), "application/problem+json");
        var schema = await context.GetOrCreateSchemaAsync(bodyType, null, cancellationToken);
        operation.Responses ??= [];

        // An error the endpoint declared itself (ProducesProblem(404)) gets this host's body too.
        foreach (var (status, declared) in operation.Responses)
            if (status.StartsWith('4') || status.StartsWith('5'))
                operation.Responses[status] = Response(declared.Description ?? "", mediaType, schema);

        void Add(int status, string description) =>
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(description, mediaType, schema);

        var path = context.Description.RelativePath ?? "";
        var takesBody = context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Body") || operation.RequestBody is not null;
        if (operation.Parameters is { Count: > 0 } || takesBody || metadata.OfType<Http.KnownQueryParameters>().Any())
            Add(StatusCodes.Status400BadRequest, "A parameter or body field is invalid or unknown; the body names it.");
        if (meilisearch && path.Contains("{uid}", StringComparison.Ordinal))
            Add(StatusCodes.Status404NotFound, "No index with that uid (there is one, `episodes`).");
        else if (operation.Responses.ContainsKey("404"))
            Add(StatusCodes.Status404NotFound, "Nothing has that id.");
        if (metadata.OfType<Meilisearch.SearchKeyCheck.KeyedRoute>().Any())
        {
            Add(StatusCodes.Status401Unauthorized, "The host runs with --search-key and the request has no Authorization header.");
            Add(StatusCodes.Status403Forbidden, "The host runs with --search-key and the request's Bearer key is another.");
        }
        if (takesBody)
        {
            Add(StatusCodes.Status413PayloadTooLarge, "The body is larger than this host accepts.");
            Add(StatusCodes.Status415UnsupportedMediaType, "The body is not sent as application/json.");
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            Add(StatusCodes.Status429TooManyRequests, "This client has used its request budget; Retry-After says when to try again.");
        Add(StatusCodes.Status500InternalServerError, "The host failed; the error is in its log under the trace id.");
        Add(StatusCodes.Status503ServiceUnavailable, "No index is open yet, or the search ran past the host's time budget.");
    }

    private static OpenApiResponse Response(string description, string mediaType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = schema } },
    };
}
