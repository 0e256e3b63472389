namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// A refused Meilisearch request: written by <see cref="MeiliErrors"/> as Meilisearch's own error body
/// <c>{message, code, type, link}</c>, so client libraries raise their usual API error with the code.
/// </summary>
public sealed class MeiliException(int status, string code, string message, string type = MeiliException.InvalidRequest) : Exception(message)
{
    public const string InvalidRequest = "invalid_request";
    public const string Auth = "auth";
    public const string Internal = "internal";

    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Type { get; } = type;

    public static MeiliException BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    public static MeiliException IndexNotFound(string uid) =>
        new(StatusCodes.Status404NotFound, "index_not_found", $"Index `{uid}` not found.");
}
