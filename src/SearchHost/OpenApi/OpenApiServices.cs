namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: every operation with its response schema, its error responses and
/// a description for every parameter, so clients can be generated from it (a test reads it back and checks each).
/// </summary>
internal static class OpenApiServices
{
    public static IServiceCollection AddSearchHostOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<SearchParameterDescriptionTransformer>();
            options.AddOperationTransformer<MeilisearchSchemaTransformer>();
            options.AddOperationTransformer<TextBodyTransformer>();
            options.AddOperationTransformer<ErrorResponseTransformer>();
        });
}
