using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PodSearch.Core.Search;

namespace PodSearch.Core.Requests;

/// <summary>
/// The one JSON writer of a <see cref="SearchResult"/>, used by <c>podsearch search --json</c> and by the host's
/// <c>/api/search</c>, so the two doors write the same document key for key: <c>{query, total, tookMs, suggestion,
/// hits: [{id, title, podcast, podcastTitle, date, guests, hosts, score, snippets: [{field, speaker, text}],
/// lexicalRank, lexicalScore, semanticRank, semanticScore}], facets: {field: [{value, count}]}, notices, mode}</c>.
/// Keys are only ever added, never renamed (outside tools read them).
/// </summary>
public static class SearchResultJson
{
    /// <summary>camelCase, non-ASCII written as is (names with accents stay readable), the generated type info.</summary>
    public static JsonSerializerOptions Options { get; } = new(SearchResultJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SearchResult result) => JsonSerializer.Serialize(result, Options);
}

/// <summary>Source-generated (no reflection at run time) type info of the result; the host adds it to its JSON options.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResult))]
public sealed partial class SearchResultJsonContext : JsonSerializerContext;
