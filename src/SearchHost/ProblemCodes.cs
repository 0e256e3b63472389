namespace PodSearch.SearchHost;

/// <summary>
/// Every error code the API answers with, and its HTTP status. Codes are a contract: clients switch on them,
/// so they are never renamed. Codes the search core raises (<c>SearchRequestException</c>) pass through unchanged.
/// </summary>
public static class ProblemCodes
{
    public const string UnknownParameter = "unknown_parameter";
    public const string RepeatedParameter = "repeated_parameter";
    public const string InvalidParameter = "invalid_parameter";
    public const string MissingParameter = "missing_parameter";
    public const string InvalidJson = "invalid_json";
    public const string QueryTooLong = "query_too_long";
    public const string LimitOutOfRange = "limit_out_of_range";
    public const string OffsetOutOfRange = "offset_out_of_range";
    public const string InvalidDate = "invalid_date";
    public const string InvalidSort = "invalid_sort";
    public const string InvalidMode = "invalid_mode";
    public const string UnknownFacet = "unknown_facet";
    public const string EpisodeNotFound = "episode_not_found";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string BodyTooLarge = "body_too_large";
    public const string TooManyValues = "too_many_values";
    public const string ClientClosedRequest = "client_closed_request";
    public const string RateLimited = "rate_limited";
    public const string TimeBudgetExceeded = "time_budget_exceeded";
    public const string IndexUnavailable = "index_unavailable";
    public const string Internal = "internal";

    public static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Payload too large",
        415 => "Unsupported media type",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Internal server error",
    };
}
