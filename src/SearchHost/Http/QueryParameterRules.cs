using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PodSearch.SearchHost.Http;

/// <summary>
/// Rejects query parameters an endpoint does not know (a misspelt <c>gueest=</c> would otherwise widen the
/// search silently) and repeats of parameters that take one value. The known names come from the
/// <c>[FromQuery]</c> attributes of the endpoint's query record, so the record stays the single list.
/// </summary>
internal static class QueryParameterRules
{
    public static RouteHandlerBuilder AllowQuery<TQuery>(this RouteHandlerBuilder builder) =>
        builder.AllowQuery(ParametersOf(typeof(TQuery)));

    public static RouteHandlerBuilder AllowQuery(this RouteHandlerBuilder builder, params (string Name, bool Repeatable)[] parameters)
    {
        var known = parameters.ToDictionary(p => p.Name, p => p.Repeatable, StringComparer.Ordinal);
        return builder.WithMetadata(new KnownQueryParameters(known.Keys)).AddEndpointFilter((context, next) =>
        {
            Check(context.HttpContext.Request.Query, known);
            return next(context);
        });
    }

    private static void Check(IQueryCollection query, IReadOnlyDictionary<string, bool> known)
    {
        foreach (var (name, values) in query)
        {
            if (!known.TryGetValue(name, out var repeatable))
                throw ApiProblemException.BadRequest(ProblemCodes.UnknownParameter, name,
                    $"unknown query parameter '{name}'; this endpoint takes {(known.Count == 0 ? "none" : string.Join(", ", known.Keys))}");
            if (!repeatable && values.Count > 1)
                throw ApiProblemException.BadRequest(ProblemCodes.RepeatedParameter, name, $"'{name}' may be given once, not {values.Count} times");
        }
    }

    private static (string Name, bool Repeatable)[] ParametersOf(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name, p.PropertyType.IsArray))
        .ToArray();
}

/// <summary>Endpoint metadata: this endpoint refuses query parameters other than these (so it can answer 400).</summary>
internal sealed record KnownQueryParameters(IReadOnlyCollection<string> Names);
