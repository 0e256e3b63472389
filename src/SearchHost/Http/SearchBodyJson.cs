using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodSearch.SearchHost.Http;

/// <summary>How <c>POST /api/search</c> bodies are read: snake_case names as in the query string, unknown fields refused.</summary>
internal static class SearchBodyJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The problem for a body that is not valid JSON, has a field of the wrong type, or an unknown field.</summary>
    public static ApiProblemException Problem(JsonException ex)
    {
        var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('[')[0] : "body";
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var unknown = ex.Message.Split('\'') is { Length: >= 3 } parts ? parts[1] : field;
            return ApiProblemException.BadRequest(ProblemCodes.UnknownParameter, unknown, $"unknown field '{unknown}' in the search body");
        }
        return ApiProblemException.BadRequest(ProblemCodes.InvalidJson, field,
            field == "body" ? "the body is not valid JSON" : $"field '{field}' has the wrong type or is not valid JSON");
    }
}
