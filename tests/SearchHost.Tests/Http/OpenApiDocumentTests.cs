using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// The OpenAPI document is read back with Microsoft.OpenApi, the model client generators use, and every operation is
/// held to what a generated client needs: a summary, a schema for each success body, the error responses with theirs,
/// and a description for every parameter. The error bodies it describes are compared with real error responses.
/// </summary>
[Collection("host")]
public sealed class OpenApiDocumentTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task EveryOperationHasResponseSchemasErrorResponsesAndParameterDescriptions()
    {
        var document = await Load();
        var operations = (from path in document.Paths
                          from operation in path.Value.Operations ?? []
                          select (Name: $"{operation.Key.Method} {path.Key}", Operation: operation.Value)).ToList();
        // Every route the host maps is described, except those marked as left out (the catch-all nested episode route).
        var documented = operations.Select(o => o.Name).ToHashSet();
        var mapped = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .ToList();
        Assert.NotEmpty(mapped);
        var undocumented = mapped.Where(route => !documented.Contains(route)).ToList();
        Assert.True(undocumented.Count == 0, "not in the document: " + string.Join(", ", undocumented));

        var missing = new List<string>();
        foreach (var (name, operation) in operations)
        {
            if (string.IsNullOrWhiteSpace(operation.Summary))
                missing.Add($"{name}: no summary");
            var responses = operation.Responses ?? [];
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0)
                missing.Add($"{name}: no success response");
            foreach (var (status, response) in responses)
            {
                if (response.Content is not { Count: > 0 } content)
                    missing.Add($"{name} {status}: no content");
                else
                    foreach (var (mediaType, media) in content.Where(m => !HasSchema(m.Value)))
                        missing.Add($"{name} {status} {mediaType}: no schema");
            }
            if (!responses.Keys.Any(s => s.StartsWith('4')))
                missing.Add($"{name}: no 4xx response");
            if (!responses.ContainsKey("500"))
                missing.Add($"{name}: no 500 response");
            foreach (var parameter in operation.Parameters ?? [])
                if (string.IsNullOrWhiteSpace(parameter.Description))
                    missing.Add($"{name}: parameter {parameter.Name} has no description");
            if ((operation.Parameters?.Count > 0 || operation.RequestBody is not null) && !responses.ContainsKey("400"))
                missing.Add($"{name}: takes input but declares no 400");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task OperationsWithAnIdDeclareNotFoundAndFiltersCarryTheCoreDescriptions()
    {
        var document = await Load();
        foreach (var path in new[] { "/api/episodes/{podcast}/{slug}", "/api/episodes/{podcast}/{slug}/similar", "/api/people/{id}", "/indexes/{uid}" })
            Assert.True(Get(document, path).Responses!.ContainsKey("404"), $"{path} declares no 404");
        // The routes behind --search-key may answer 401; Meilisearch's health route is open.
        Assert.True(Get(document, "/version").Responses!.ContainsKey("401"));
        Assert.False(Get(document, "/health").Responses!.ContainsKey("401"));
        // An unknown facet field is a 400, not a missing resource.
        Assert.False(Get(document, "/api/facets/{field}").Responses!.ContainsKey("404"));

        var parameters = Get(document, "/api/search").Parameters!.ToDictionary(p => p.Name!);
        Assert.Equal(Core.Requests.SearchParameters.Sort.Description, parameters["sort"].Description);
        Assert.Equal(Core.Requests.SearchParameters.Sort.Choices, parameters["sort"].Schema!.Enum!.Select(e => e!.GetValue<string>()));
        Assert.Equal(Core.Requests.SearchParameters.Find("picks_by")!.Description, parameters["picks_by"].Description);
        // The Meilisearch GET search reads its query string as a whole; the document still lists what it takes.
        var meili = Get(document, "/indexes/{uid}/search").Parameters!.Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string?> { "uid", "q", "filter", "facets", "limit", "offset", "page", "hitsPerPage", "sort", "hybridSemanticRatio" }, meili);
        // An export is text: its CSV body is described as a string, not as the JSON record.
        var export = Get(document, "/api/search/export").Responses!["200"].Content!;
        Assert.Equal(JsonSchemaType.String, export["text/csv"].Schema!.Type);
    }

    [Theory]
    [InlineData("api/search?limit=abc", "application/problem+json", 400)]
    [InlineData("api/episodes/byte-garden/no-such-episode", "application/problem+json", 404)]
    [InlineData("api/no-such-route", "application/problem+json", 404)]
    [InlineData("indexes/no-such-index/search?q=x", "application/json", 404)]
    public async Task RealErrorBodiesHaveTheDocumentedShape(string url, string mediaType, int status)
    {
        var document = await Load();
        var path = url.StartsWith("indexes", StringComparison.Ordinal) ? "/indexes/{uid}/search" : "/api/search";
        var schema = Resolve(Get(document, path).Responses!["400"].Content![mediaType].Schema!);

        var response = await client.GetAsync(url);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var sent = body.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        var documented = schema.Properties!.Keys.ToHashSet();
        Assert.Subset(documented, sent);
        Assert.Subset(sent, schema.Required!.ToHashSet());
    }

    private async Task<OpenApiDocument> Load()
    {
        var response = await client.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var result = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());
        Assert.True(result.Diagnostic is null || result.Diagnostic.Errors.Count == 0,
            string.Join("\n", result.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        return result.Document!;
    }

    private static OpenApiOperation Get(OpenApiDocument document, string path)
    {
        Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is not in the document");
        var operations = item.Operations ?? [];
        return operations.TryGetValue(HttpMethod.Get, out var get) ? get : operations.Values.First();
    }

    private static bool HasSchema(OpenApiMediaType media) => media.Schema switch
    {
        null => false,
        OpenApiSchemaReference reference => reference.Target is not null,
        _ => true,
    };

    private static IOpenApiSchema Resolve(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Target! : schema;
}
