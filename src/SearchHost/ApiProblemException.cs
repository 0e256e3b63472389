namespace PodSearch.SearchHost;

/// <summary>
/// A request the host refuses: <see cref="ProblemMapping"/> turns it into RFC 7807 problem+json with
/// <see cref="Code"/> (stable, for programs) and <see cref="Parameter"/> (the offending query parameter,
/// body field or route value).
/// </summary>
public sealed class ApiProblemException(int status, string code, string detail, string? parameter = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string? Parameter { get; } = parameter;

    public static ApiProblemException BadRequest(string code, string parameter, string detail) => new(StatusCodes.Status400BadRequest, code, detail, parameter);
}
