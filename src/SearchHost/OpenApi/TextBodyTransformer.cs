using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// Exports and feeds (<c>text/csv</c>, <c>application/x-ndjson</c>, RSS, Atom) are text, not the JSON record that the
/// same route returns by default: their content gets a string schema instead of none or the JSON one.
/// </summary>
internal sealed class TextBodyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                if (!IsJson(mediaType))
                    content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = Describe(mediaType) };
        return Task.CompletedTask;
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string mediaType) => mediaType switch
    {
        "text/csv" => "CSV with a header row, one record per line.",
        "application/x-ndjson" => "JSON lines: one JSON object per line.",
        "application/rss+xml" => "An RSS 2.0 feed.",
        "application/atom+xml" => "An Atom 1.0 feed.",
        _ => "Text.",
    };
}
