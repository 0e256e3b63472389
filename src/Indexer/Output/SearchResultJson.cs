using System.Text.Encodings.Web;
using System.Text.Json;
using PodSearch.Core.Search;

namespace PodSearch.Indexer.Output;

/// <summary>
/// The <c>--json</c> form of a <see cref="SearchResult"/>, written key by key because it is a contract:
/// <c>{query, total, tookMs, suggestion, hits: [{id, title, podcast, podcastTitle, date, guests, hosts, score,
/// snippets: [{field, speaker, text}], lexicalRank, lexicalScore, semanticRank, semanticScore}], facets: {field: [{value, count}]},
/// mode, notices}</c>. Keys are only ever added, never renamed.
/// </summary>
internal static class SearchResultJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("query", result.Query);
            json.WriteNumber("total", result.Total);
            json.WriteNumber("tookMs", Math.Round(result.TookMs, 3));
            json.WriteString("suggestion", result.Suggestion);
            // Added for issue 5: the mode that actually ran, and why it differs from the one asked for.
            json.WriteString("mode", result.Mode);
            json.WriteStartArray("notices");
            foreach (var notice in result.Notices)
                json.WriteStringValue(notice);
            json.WriteEndArray();
            json.WriteStartArray("hits");
            foreach (var hit in result.Hits)
                WriteHit(json, hit);
            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var (field, values) in result.Facets)
            {
                json.WriteStartArray(field);
                foreach (var value in values)
                {
                    json.WriteStartObject();
                    json.WriteString("value", value.Value);
                    json.WriteNumber("count", value.Count);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteHit(Utf8JsonWriter json, EpisodeHit hit)
    {
        json.WriteStartObject();
        json.WriteString("id", hit.Id);
        json.WriteString("title", hit.Title);
        json.WriteString("podcast", hit.Podcast);
        json.WriteString("podcastTitle", hit.PodcastTitle);
        json.WriteString("date", hit.Date);
        WriteStrings(json, "guests", hit.Guests);
        WriteStrings(json, "hosts", hit.Hosts);
        json.WriteNumber("score", hit.Score);
        json.WriteStartArray("snippets");
        foreach (var snippet in hit.Snippets)
        {
            json.WriteStartObject();
            json.WriteString("field", snippet.Field);
            json.WriteString("speaker", snippet.Speaker);
            json.WriteString("text", snippet.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        // Added for issue 5 (ranking explained): where each ranking placed the hit; null when it did not rank it.
        WriteNullable(json, "lexicalRank", hit.LexicalRank);
        WriteNullable(json, "lexicalScore", hit.LexicalScore);
        WriteNullable(json, "semanticRank", hit.SemanticRank);
        WriteNullable(json, "semanticScore", hit.SemanticScore);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
