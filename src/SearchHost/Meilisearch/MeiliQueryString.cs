using System.Globalization;
using System.Text.Json.Nodes;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// <c>GET /indexes/{uid}/search</c>'s query string in the JSON shape of the POST body, so one parser checks both:
/// lists are comma-separated, numbers and booleans are parsed, <c>hybridSemanticRatio</c>/<c>hybridEmbedder</c> make
/// <c>hybrid</c>. Unknown parameters pass through to be refused by <see cref="SearchParameters.Parse"/>.
/// </summary>
internal static class MeiliQueryString
{
    private static readonly HashSet<string> Lists = ["facets", "sort", "attributesToRetrieve", "attributesToHighlight", "attributesToCrop", "attributesToSearchOn", "locales"];
    private static readonly Dictionary<string, string> Numbers = new()
    {
        ["offset"] = "invalid_search_offset", ["limit"] = "invalid_search_limit", ["page"] = "invalid_search_page",
        ["hitsPerPage"] = "invalid_search_hits_per_page", ["cropLength"] = "invalid_search_crop_length",
    };
    private static readonly HashSet<string> Booleans = ["showRankingScore", "showRankingScoreDetails", "showMatchesPosition", "retrieveVectors"];

    public static JsonObject ToBody(IQueryCollection query)
    {
        var body = new JsonObject();
        JsonObject? hybrid = null;
        foreach (var (name, values) in query)
        {
            var text = values.ToString();
            if (name == "hybridSemanticRatio")
                (hybrid ??= new())["semanticRatio"] = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio)
                    ? ratio
                    : throw MeiliException.BadRequest("invalid_search_semantic_ratio", $"Invalid value in parameter `hybridSemanticRatio`: could not parse `{text}` as a float");
            else if (name == "hybridEmbedder")
                (hybrid ??= new())["embedder"] = text;
            else if (Lists.Contains(name))
                body[name] = new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]);
            else if (Numbers.TryGetValue(name, out var code))
                body[name] = Natural(query, name, code) is { } number ? JsonValue.Create((long)number) : null;
            else if (Booleans.Contains(name))
                body[name] = text switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw MeiliException.BadRequest($"invalid_search_{Snake(name)}", $"Invalid value in parameter `{name}`: could not parse `{text}` as a boolean, expected either `true` or `false`"),
                };
            else
                body[name] = text;
        }
        if (hybrid is not null)
            body["hybrid"] = hybrid;
        return body;
    }

    public static int? Natural(IQueryCollection query, string name, string code)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
            return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw MeiliException.BadRequest(code, $"Invalid value in parameter `{name}`: could not parse `{text}` as a positive integer");
    }

    private static string Snake(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
