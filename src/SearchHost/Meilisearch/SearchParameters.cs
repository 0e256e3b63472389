using System.Text.Json;
using System.Text.Json.Nodes;
using PodSearch.Core.Indexing;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// One Meilisearch search, as <c>POST /indexes/{uid}/search</c>, one entry of <c>POST /multi-search</c> or
/// <c>POST /indexes/{uid}/facet-search</c> send it (the GET form is turned into the same JSON first). Each field
/// is checked as Meilisearch checks it, with its error code (<c>invalid_search_limit</c>, ...); unknown fields are
/// refused with <c>bad_request</c>, not ignored.
/// </summary>
internal sealed record SearchParameters
{
    public const int DefaultLimit = 20;
    public const int DefaultCropLength = 10;

    private static readonly string[] SearchFields =
    [
        "q", "offset", "limit", "page", "hitsPerPage", "filter", "facets", "attributesToRetrieve", "attributesToHighlight",
        "attributesToCrop", "cropLength", "cropMarker", "highlightPreTag", "highlightPostTag", "sort", "matchingStrategy",
        "showRankingScore", "showRankingScoreDetails", "showMatchesPosition", "hybrid", "distinct", "rankingScoreThreshold",
        "attributesToSearchOn", "retrieveVectors", "locales", "vector",
    ];

    public string? Q { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    /// <summary>Set when the request pages by <c>page</c>/<c>hitsPerPage</c> (1-based pages; exact totals) instead of offset and limit.</summary>
    public int? Page { get; init; }
    public int? HitsPerPage { get; init; }
    public JsonNode? Filter { get; init; }
    public IReadOnlyList<string>? Facets { get; init; }
    public IReadOnlyList<string>? AttributesToRetrieve { get; init; }
    public IReadOnlyList<string>? AttributesToHighlight { get; init; }
    public IReadOnlyList<string>? AttributesToCrop { get; init; }
    public int CropLength { get; init; } = DefaultCropLength;
    public string CropMarker { get; init; } = "…";
    public string HighlightPreTag { get; init; } = "<em>";
    public string HighlightPostTag { get; init; } = "</em>";
    public IReadOnlyList<string> Sort { get; init; } = [];
    public string MatchingStrategy { get; init; } = "last";
    public bool ShowRankingScore { get; init; }
    public bool ShowMatchesPosition { get; init; }
    /// <summary>Null without <c>hybrid</c>: a keyword (lexical) search, as in Meilisearch.</summary>
    public double? SemanticRatio { get; init; }
    public string? IndexUid { get; init; }
    public string? FacetName { get; init; }
    public string? FacetQuery { get; init; }

    public bool PagesByNumber => Page is not null || HitsPerPage is not null;

    public enum Kind { Search, MultiSearchQuery, FacetSearch }

    /// <param name="body">The search object as sent.</param>
    /// <param name="kind">Which request it came in: the fields allowed differ.</param>
    /// <param name="where">How errors locate the request, e.g. <c>Inside `.queries[1]`: </c>; empty for a single search.</param>
    public static SearchParameters Parse(JsonObject body, Kind kind, string where = "")
    {
        var allowed = kind switch
        {
            Kind.MultiSearchQuery => [.. SearchFields, "indexUid", "federationOptions"],
            Kind.FacetSearch => [.. SearchFields, "facetName", "facetQuery", "exhaustiveFacetCount"],
            _ => SearchFields,
        };
        foreach (var (name, _) in body)
            if (!allowed.Contains(name))
                throw MeiliException.BadRequest("bad_request",
                    $"{where}Unknown field `{name}`: expected one of {string.Join(", ", allowed.Select(f => $"`{f}`"))}");

        var reader = new FieldReader(body, where);
        var parameters = new SearchParameters
        {
            Q = reader.String("q", "invalid_search_q"),
            Offset = reader.Natural("offset", "invalid_search_offset") ?? 0,
            Limit = reader.Natural("limit", "invalid_search_limit") ?? DefaultLimit,
            Page = reader.Natural("page", "invalid_search_page"),
            HitsPerPage = reader.Natural("hitsPerPage", "invalid_search_hits_per_page"),
            Filter = body["filter"],
            Facets = reader.Strings("facets", "invalid_search_facets"),
            AttributesToRetrieve = reader.Strings("attributesToRetrieve", "invalid_search_attributes_to_retrieve"),
            AttributesToHighlight = reader.Strings("attributesToHighlight", "invalid_search_attributes_to_highlight"),
            AttributesToCrop = reader.Strings("attributesToCrop", "invalid_search_attributes_to_crop"),
            CropLength = reader.Natural("cropLength", "invalid_search_crop_length") ?? DefaultCropLength,
            CropMarker = reader.String("cropMarker", "invalid_search_crop_marker") ?? "…",
            HighlightPreTag = reader.String("highlightPreTag", "invalid_search_highlight_pre_tag") ?? "<em>",
            HighlightPostTag = reader.String("highlightPostTag", "invalid_search_highlight_post_tag") ?? "</em>",
            Sort = reader.Strings("sort", "invalid_search_sort") ?? [],
            MatchingStrategy = reader.String("matchingStrategy", "invalid_search_matching_strategy") ?? "last",
            ShowRankingScore = reader.Bool("showRankingScore", "invalid_search_show_ranking_score") ?? false,
            ShowMatchesPosition = reader.Bool("showMatchesPosition", "invalid_search_show_matches_position") ?? false,
            SemanticRatio = Hybrid(body["hybrid"], where),
            IndexUid = reader.String("indexUid", "invalid_index_uid"),
            FacetName = reader.String("facetName", "invalid_facet_search_facet_name"),
            FacetQuery = reader.String("facetQuery", "invalid_facet_search_facet_query"),
        };
        if (reader.Bool("showRankingScoreDetails", "invalid_search_show_ranking_score_details") == true)
            throw MeiliException.BadRequest("invalid_search_show_ranking_score_details", $"{where}`showRankingScoreDetails` is not supported by PodSearch (use `showRankingScore`)");
        if (reader.Bool("retrieveVectors", "invalid_search_retrieve_vectors") == true)
            throw MeiliException.BadRequest("invalid_search_retrieve_vectors", $"{where}`retrieveVectors` is not supported: passage vectors stay in the index");
        reader.Strings("locales", "invalid_search_locales"); // English notes only: accepted, changes nothing
        Unsupported(body, where);

        if (parameters.MatchingStrategy is not ("last" or "all" or "frequency"))
            throw MeiliException.BadRequest("invalid_search_matching_strategy",
                $"{where}Unknown value `{parameters.MatchingStrategy}` at `.matchingStrategy`: expected one of `last`, `all`, `frequency`");
        if (parameters.Facets is { } facets)
            foreach (var facet in facets)
                if (facet != "*" && !IndexSchema.FacetFields.Contains(facet))
                    throw MeiliException.BadRequest("invalid_search_facets", $"{where}{NotFilterable(facet)}");
        if (kind == Kind.MultiSearchQuery && parameters.IndexUid is null)
            throw MeiliException.BadRequest("missing_index_uid", $"{where}Missing field `indexUid`");
        if (kind == Kind.FacetSearch)
        {
            if (parameters.FacetName is null)
                throw MeiliException.BadRequest("missing_facet_search_facet_name", "Missing field `facetName`");
            if (!IndexSchema.FacetFields.Contains(parameters.FacetName))
                throw MeiliException.BadRequest("invalid_facet_search_facet_name", NotFilterable(parameters.FacetName));
        }
        return parameters;
    }

    public static string NotFilterable(string attribute) =>
        $"Attribute `{attribute}` is not filterable. Available filterable attributes are: `{string.Join(", ", IndexSchema.FacetFields.Order(StringComparer.Ordinal))}`.";

    /// <summary><c>hybrid: {semanticRatio, embedder}</c> to the fusion ratio; the index has one embedder, <c>default</c>.</summary>
    private static double? Hybrid(JsonNode? hybrid, string where)
    {
        if (hybrid is null)
            return null;
        if (hybrid is not JsonObject fields)
            throw MeiliException.BadRequest("invalid_search_hybrid_query", $"{where}Invalid value type at `.hybrid`: expected an object, but found {Describe(hybrid)}");
        foreach (var (name, _) in fields)
            if (name is not ("semanticRatio" or "embedder"))
                throw MeiliException.BadRequest("invalid_search_hybrid_query", $"{where}Unknown field `{name}` inside `.hybrid`: expected one of `semanticRatio`, `embedder`");
        var embedder = fields["embedder"];
        if (embedder is not null && (embedder.GetValueKind() != JsonValueKind.String || embedder.GetValue<string>() != MeiliIndex.EmbedderName))
            throw MeiliException.BadRequest("invalid_search_embedder",
                $"{where}Cannot find embedder with name `{embedder.ToJsonString()}`: this index has one, `{MeiliIndex.EmbedderName}`");
        var ratio = fields["semanticRatio"];
        if (ratio is null)
            return 0.5;
        if (ratio.GetValueKind() != JsonValueKind.Number || ratio.GetValue<double>() is < 0 or > 1)
            throw MeiliException.BadRequest("invalid_search_semantic_ratio",
                $"{where}Invalid value at `.hybrid.semanticRatio`: the value of `semanticRatio` is invalid, expected a float between `0.0` and `1.0`, not {ratio.ToJsonString()}");
        return ratio.GetValue<double>();
    }

    /// <summary>Parameters PodSearch does not implement: refused when they would change the answer, so nobody is misled.</summary>
    private static void Unsupported(JsonObject body, string where)
    {
        if (body["distinct"] is { } distinct && !(distinct.GetValueKind() == JsonValueKind.String && distinct.GetValue<string>() == MeiliIndex.PrimaryKey))
            throw MeiliException.BadRequest("invalid_search_distinct", $"{where}`distinct` is not supported: every PodSearch document is already one episode (only `{MeiliIndex.PrimaryKey}` is accepted)");
        if (body["rankingScoreThreshold"] is { } threshold)
            throw MeiliException.BadRequest("invalid_search_ranking_score_threshold", $"{where}`rankingScoreThreshold` ({threshold.ToJsonString()}) is not supported by PodSearch");
        if (body["vector"] is { } vector)
            throw MeiliException.BadRequest("invalid_search_vector", $"{where}`vector` is not supported: PodSearch encodes the query itself (use `hybrid`)");
        if (body["attributesToSearchOn"] is JsonArray on && !(on.Count == 1 && on[0]?.ToString() == "*"))
            throw MeiliException.BadRequest("invalid_search_attributes_to_search_on", $"{where}`attributesToSearchOn` other than [\"*\"] is not supported: PodSearch weighs all fields");
        if (body["federationOptions"] is not null)
            throw MeiliException.BadRequest("invalid_multi_search_federation_options", $"{where}federated search is not supported: there is one index");
    }

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => $"a string: `{node.ToJsonString()}`",
            JsonValueKind.Number => $"a number: `{node.ToJsonString()}`",
            JsonValueKind.True or JsonValueKind.False => $"a boolean: `{node.ToJsonString()}`",
            JsonValueKind.Array => $"an array: `{node.ToJsonString()}`",
            _ => $"an object: `{node.ToJsonString()}`",
        },
    };

    /// <summary>Reads typed fields, each failure a Meilisearch error naming the field and what was found.</summary>
    private sealed class FieldReader(JsonObject body, string where)
    {
        public string? String(string name, string code) => body[name] switch
        {
            null => null,
            var n when n.GetValueKind() == JsonValueKind.String => n.GetValue<string>(),
            var n => throw Wrong(code, name, "a string", n),
        };

        public bool? Bool(string name, string code) => body[name] switch
        {
            null => null,
            var n when n.GetValueKind() is JsonValueKind.True or JsonValueKind.False => n.GetValue<bool>(),
            var n => throw Wrong(code, name, "a boolean", n),
        };

        public int? Natural(string name, string code)
        {
            var node = body[name];
            if (node is null)
                return null;
            if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var value) && value >= 0)
                return (int)Math.Min(value, int.MaxValue);
            if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var negative) && negative < 0)
                throw MeiliException.BadRequest(code, $"{where}Invalid value type at `.{name}`: expected a positive integer, but found a negative integer: `{negative}`");
            throw Wrong(code, name, "a positive integer", node);
        }

        public IReadOnlyList<string>? Strings(string name, string code)
        {
            var node = body[name];
            if (node is null)
                return null;
            if (node is JsonArray array && array.All(n => n?.GetValueKind() == JsonValueKind.String))
                return array.Select(n => n!.GetValue<string>()).ToList();
            throw Wrong(code, name, "an array of strings", node);
        }

        private MeiliException Wrong(string code, string name, string expected, JsonNode found) =>
            MeiliException.BadRequest(code, $"{where}Invalid value type at `.{name}`: expected {expected}, but found {Describe(found)}");
    }
}
