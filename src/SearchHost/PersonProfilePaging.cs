using System.Text.Json;
using System.Text.Json.Nodes;
using PodSearch.Core.Notes;
using PodSearch.Core.Research;
using PodSearch.SearchHost.Http;

namespace PodSearch.SearchHost;

/// <summary>
/// Paging of a profile's episode and pick lists (<c>episodesLimit</c>/<c>episodesOffset</c>,
/// <c>picksLimit</c>/<c>picksOffset</c> on <c>/api/people/{id}</c>). Someone with a thousand episodes makes a
/// profile of megabytes, most of it repeated episode cards, so each list is cut to its first fifty unless the
/// request asks for another slice or for the whole profile (<c>all=true</c>, the body exactly as before paging).
/// </summary>
internal static class PersonProfilePaging
{
    private const int MaxLimit = 1000;

    /// <summary>The slice of each list when the request names none (and is not <c>all=true</c>): what the person view shows first.</summary>
    public static readonly (int Offset, int Limit) DefaultPage = (0, 50);

    /// <summary>The requested slice of one list, or null when neither parameter was given.</summary>
    public static (int Offset, int Limit)? Parse(string? offsetText, string? limitText, string list)
    {
        if (string.IsNullOrWhiteSpace(offsetText) && string.IsNullOrWhiteSpace(limitText))
            return null;
        var offset = SearchRequestFactory.ParseInt(offsetText, list + "Offset") ?? 0;
        if (offset < 0)
            throw ApiProblemException.BadRequest(ProblemCodes.OffsetOutOfRange, list + "Offset", $"{list}Offset must not be negative");
        var limit = SearchRequestFactory.ParseInt(limitText, list + "Limit") ?? MaxLimit;
        if (limit < 1 || limit > MaxLimit)
            throw ApiProblemException.BadRequest(ProblemCodes.LimitOutOfRange, list + "Limit", $"{list}Limit must be from 1 to {MaxLimit}");
        return (offset, limit);
    }

    /// <summary>The profile with its lists cut to the requested slices.</summary>
    public static PersonProfile Slice(PersonProfile profile, (int Offset, int Limit)? episodes, (int Offset, int Limit)? picks) => profile with
    {
        Episodes = episodes is { } e ? profile.Episodes.Skip(e.Offset).Take(e.Limit).ToList() : profile.Episodes,
        Picks = picks is { } p ? profile.Picks.Skip(p.Offset).Take(p.Limit).ToList() : profile.Picks,
    };

    /// <summary>The sliced profile as JSON, with <c>episodesPage</c> and/or <c>picksPage</c> saying where each slice sits.</summary>
    public static JsonObject Json(PersonProfile full, (int Offset, int Limit)? episodes, (int Offset, int Limit)? picks)
    {
        var body = JsonSerializer.SerializeToNode(Slice(full, episodes, picks), EpisodeJson.Options)!.AsObject();
        if (episodes is { } e)
            body["episodesPage"] = JsonSerializer.SerializeToNode(PageOf(e, full.Episodes.Count), EpisodeJson.Options);
        if (picks is { } p)
            body["picksPage"] = JsonSerializer.SerializeToNode(PageOf(p, full.Picks.Count), EpisodeJson.Options);
        return body;
    }

    // In long: an offset near int.MaxValue plus the limit would wrap to a negative "next" offset.
    private static ListPage PageOf((int Offset, int Limit) slice, int total) =>
        new(slice.Offset, slice.Limit, total, (long)slice.Offset + slice.Limit < total ? slice.Offset + slice.Limit : null);
}
