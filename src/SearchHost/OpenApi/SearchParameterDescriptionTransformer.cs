using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PodSearch.Core.Requests;

namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// Gives every search parameter the description of the core's <see cref="SearchParameters"/> entry, the one also shown
/// by <c>podsearch search --help</c>, and its choices as an enum; parameters the core does not describe keep their
/// <c>[Description]</c> attribute's text. The query records then need no second copy of the contract's wording.
/// </summary>
internal sealed class SearchParameterDescriptionTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query || !string.IsNullOrWhiteSpace(parameter.Description) || parameter.Name is null)
                continue;
            if (SearchParameters.Find(parameter.Name) is not { CommandLineOnly: false } described)
                continue;
            parameter.Description = described.Description;
            if (described.Choices.Count > 0 && parameter.Schema is OpenApiSchema schema)
                schema.Enum = [.. described.Choices.Select(choice => (System.Text.Json.Nodes.JsonNode)choice!)];
        }
        return Task.CompletedTask;
    }
}
