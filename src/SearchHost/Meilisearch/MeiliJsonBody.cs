using System.Text.Json;
using System.Text.Json.Nodes;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>Reads a Meilisearch request body: a JSON object, with Meilisearch's errors for a missing or wrong content type, an empty body and malformed JSON.</summary>
internal static class MeiliJsonBody
{
    public static async Task<JsonObject> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.ContentType))
            throw new MeiliException(StatusCodes.Status415UnsupportedMediaType, "missing_content_type",
                "A Content-Type header is missing. Accepted values for the Content-Type header are: `application/json`");
        if (!request.HasJsonContentType())
            throw new MeiliException(StatusCodes.Status415UnsupportedMediaType, "invalid_content_type",
                $"The Content-Type `{request.ContentType}` is invalid. Accepted values for the Content-Type header are: `application/json`");
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException ex) when (ex.LineNumber == 0 && ex.BytePositionInLine == 0 && request.ContentLength is null or 0)
        {
            throw MeiliException.BadRequest("missing_payload", "A json payload is missing.");
        }
        catch (JsonException ex)
        {
            throw MeiliException.BadRequest("malformed_payload", $"The json payload provided is malformed. `{ex.Message}`.");
        }
        return body as JsonObject
            ?? throw MeiliException.BadRequest("bad_request", $"Invalid value type: expected an object, but found {SearchParameters.Describe(body)}");
    }
}
