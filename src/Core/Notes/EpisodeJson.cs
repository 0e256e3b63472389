using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodSearch.Core.Notes;

/// <summary>
/// The JSON form of an <see cref="Episode"/> (<c>podsearch parse --json</c>, the stored copy in the index,
/// <c>GET /api/episodes/{id}</c>): camelCase keys, enums as lower-case words, nulls written out so the
/// shape is the same for every note.
/// </summary>
public static class EpisodeJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(Episode episode) => JsonSerializer.Serialize(episode, Options);

    public static Episode Deserialize(string json) =>
        JsonSerializer.Deserialize<Episode>(json, Options) ?? throw new JsonException("episode JSON was null");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Show notes are full of quotes, ampersands and non-ASCII names: keep them readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
