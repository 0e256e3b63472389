using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// The Meilisearch routes build their answers as JSON objects in Meilisearch's shapes, which have no .NET type to derive
/// a schema from; this describes those shapes (the fields PodSearch sends, as Meilisearch documents them) per
/// operation, and the request bodies of the search routes.
/// </summary>
internal sealed class MeilisearchSchemaTransformer : IOpenApiOperationTransformer
{
    private static readonly OpenApiSchema Hit = Object("One episode: id, title, podcast, podcastTitle, date, year, number, duration, guests, hosts, tags, " +
        "summary, links, picks; `_formatted` with highlighted and cropped fields when asked for.");

    private static readonly OpenApiSchema SearchResponse = Object("A search's answer.",
        ("hits", Array(Hit)), ("query", Text), ("processingTimeMs", Integer), ("limit", Integer), ("offset", Integer),
        ("estimatedTotalHits", Integer), ("page", Integer), ("hitsPerPage", Integer), ("totalHits", Integer), ("totalPages", Integer),
        ("facetDistribution", Object("Per facet, the count of each value.")), ("facetStats", Object("Per numeric facet, its min and max.")));

    private static readonly OpenApiSchema SearchBody = Object("Meilisearch's search parameters.",
        ("q", Text), ("filter", new OpenApiSchema { Description = "A filter expression, or an array of them (inner arrays OR, outer AND)." }),
        ("facets", Array(Text)), ("offset", Integer), ("limit", Integer), ("page", Integer), ("hitsPerPage", Integer), ("sort", Array(Text)),
        ("attributesToRetrieve", Array(Text)), ("attributesToHighlight", Array(Text)), ("attributesToCrop", Array(Text)), ("cropLength", Integer),
        ("highlightPreTag", Text), ("highlightPostTag", Text), ("matchingStrategy", Text),
        ("hybrid", Object("`semanticRatio` (0 to 1) and `embedder`.")));

    private static readonly Dictionary<string, (OpenApiSchema Response, OpenApiSchema? Body)> Shapes = new(StringComparer.Ordinal)
    {
        ["MeiliSearch"] = (SearchResponse, SearchBody),
        ["MeiliSearchGet"] = (SearchResponse, null),
        ["MeiliMultiSearch"] = (Object("The answers in the order of the queries.", ("results", Array(SearchResponse))),
            Object("Several searches.", ("queries", Array(SearchBody)))),
        ["MeiliFacetSearch"] = (Object("Facet values with counts.", ("facetHits", Array(Object("A value.", ("value", Text), ("count", Integer)))),
                ("facetQuery", Text), ("processingTimeMs", Integer)),
            Object("The facet, the start of its values, and the search they count within.", ("facetName", Text), ("facetQuery", Text), ("q", Text), ("filter", Text))),
        ["MeiliIndexes"] = (Object("The indexes, paged.", ("results", Array(IndexShape())), ("offset", Integer), ("limit", Integer), ("total", Integer)), null),
        ["MeiliIndex"] = (IndexShape(), null),
        ["MeiliIndexStats"] = (Object("Index statistics.", ("numberOfDocuments", Integer), ("rawDocumentDbSize", Integer), ("avgDocumentSize", Integer),
            ("isIndexing", Boolean), ("fieldDistribution", Object("Per field, how many documents have it."))), null),
        ["MeiliIndexSettings"] = (Object("The settings in force: displayedAttributes, searchableAttributes, filterableAttributes, sortableAttributes, " +
            "rankingRules, stopWords, synonyms, typoTolerance, faceting, pagination and the rest of Meilisearch's settings object."), null),
    };

    /// <summary>
    /// The query string of <c>GET /indexes/{uid}/search</c>, which its handler reads as a whole
    /// (<see cref="Meilisearch.MeiliQueryString"/>) and so binds no parameter the document could list by itself.
    /// </summary>
    private static readonly (string Name, JsonSchemaType Type, string Description)[] GetSearchParameters =
    [
        ("q", JsonSchemaType.String, "The words to search for."),
        ("filter", JsonSchemaType.String, "A filter in Meilisearch's filter language, e.g. `podcast = elixir-mix AND year >= 2019`."),
        ("facets", JsonSchemaType.String, "Facets to count, comma-separated (`podcast,year`)."),
        ("offset", JsonSchemaType.Integer, "Hits to skip."),
        ("limit", JsonSchemaType.Integer, "Hits to return."),
        ("page", JsonSchemaType.Integer, "The page to return, from 1 (with `hitsPerPage`: paging by number, with totals)."),
        ("hitsPerPage", JsonSchemaType.Integer, "Hits per page when paging by number."),
        ("sort", JsonSchemaType.String, "Sort rules, comma-separated (`date:desc`)."),
        ("attributesToRetrieve", JsonSchemaType.String, "Fields to return, comma-separated (`*` for all)."),
        ("attributesToHighlight", JsonSchemaType.String, "Fields to highlight in `_formatted`, comma-separated."),
        ("attributesToCrop", JsonSchemaType.String, "Fields to crop around the matches in `_formatted`, comma-separated."),
        ("cropLength", JsonSchemaType.Integer, "Words kept around a match when cropping."),
        ("highlightPreTag", JsonSchemaType.String, "Text put before a highlighted word (default `<em>`)."),
        ("highlightPostTag", JsonSchemaType.String, "Text put after a highlighted word (default `</em>`)."),
        ("matchingStrategy", JsonSchemaType.String, "`last` (default), `all` or `frequency`: how many of the words a hit must contain."),
        ("hybridSemanticRatio", JsonSchemaType.Number, "Runs the hybrid search with this fusion ratio, 0 (words) to 1 (meaning)."),
        ("hybridEmbedder", JsonSchemaType.String, "The embedder of the hybrid search: `default`, the only one."),
    ];

    private static OpenApiSchema Text => new() { Type = JsonSchemaType.String };
    private static OpenApiSchema Integer => new() { Type = JsonSchemaType.Integer };
    private static OpenApiSchema Boolean => new() { Type = JsonSchemaType.Boolean };

    public static bool IsMeilisearch(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().Any(tags => tags.Tags.Contains(Meilisearch.MeilisearchEndpoints.Tag));

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !Shapes.TryGetValue(name, out var shape))
            return Task.CompletedTask;
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "OK",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = shape.Response } },
        };
        if (name == "MeiliSearchGet")
        {
            operation.Parameters ??= [];
            foreach (var (parameter, type, description) in GetSearchParameters)
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = type },
                });
        }
        if (shape.Body is not null)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = shape.Body } },
            };
        return Task.CompletedTask;
    }

    private static OpenApiSchema IndexShape() => Object("An index.", ("uid", Text), ("primaryKey", Text),
        ("createdAt", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }),
        ("updatedAt", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }));

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema Object(string description, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.Length == 0 ? null : properties.ToDictionary(p => p.Name, p => p.Schema),
    };
}
