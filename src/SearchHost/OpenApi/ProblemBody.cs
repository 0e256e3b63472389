namespace PodSearch.SearchHost.OpenApi;

/// <summary>
/// The body of every error under <c>/api</c> and <c>/healthz</c> (<c>application/problem+json</c>, RFC 9457), as
/// <see cref="ProblemMapping"/> writes it. It exists to describe that body in the OpenAPI document; a test compares it
/// with a real error response, so the two cannot drift apart.
/// </summary>
/// <param name="Type">A URN naming the problem: <c>urn:podsearch:problem:</c> and <paramref name="Code"/>.</param>
/// <param name="Title">The status in words.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What was wrong, in a sentence a user can act on.</param>
/// <param name="Instance">The request path.</param>
/// <param name="Code">A stable code to branch on (<c>invalid_parameter</c>, <c>limit_out_of_range</c>, <c>not_found</c>, ...).</param>
/// <param name="TraceId">The request's trace id, as in the host's log.</param>
/// <param name="Parameter">The query parameter, body field or path segment at fault; absent when there is none.</param>
public sealed record ProblemBody(string Type, string Title, int Status, string Detail, string Instance, string Code, string TraceId, string? Parameter = null);
