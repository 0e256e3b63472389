using System.Globalization;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// Episodes as Meilisearch documents (<see cref="MeiliIndex.DocumentAttributes"/>), with <c>_formatted</c> (highlighted
/// and cropped copies) and <c>_matchesPosition</c> when asked, built from the stored episodes of one index generation.
/// </summary>
internal static class EpisodeDocuments
{
    /// <summary>The stored episodes with these ids, read under one lease; missing ids are left out.</summary>
    public static Dictionary<string, Episode> Load(SearchIndex index, IEnumerable<string> ids)
    {
        var found = new Dictionary<string, Episode>(StringComparer.Ordinal);
        using var lease = index.Provider.Acquire();
        foreach (var id in ids)
        {
            var top = lease.Searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
            if (top.TotalHits > 0)
                found[id] = EpisodeDocument.ReadEpisode(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
        }
        return found;
    }

    public static JsonObject ToDocument(Episode episode) => new()
    {
        ["id"] = episode.Id,
        ["title"] = episode.Title,
        ["podcast"] = episode.Podcast,
        ["podcastTitle"] = episode.PodcastTitle,
        ["date"] = episode.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["year"] = episode.Date?.Year,
        ["number"] = episode.NumberValue,
        ["duration"] = episode.DurationSeconds,
        ["guests"] = Strings(episode.Guests),
        ["hosts"] = Strings(episode.Hosts),
        ["tags"] = Strings(episode.Tags),
        ["summary"] = episode.Summary,
        ["links"] = new JsonArray([.. episode.Links.Select(l => (JsonNode)new JsonObject { ["text"] = l.Text, ["url"] = l.Url })]),
        ["picks"] = new JsonArray([.. episode.Picks.Select(g => (JsonNode)new JsonObject
        {
            ["by"] = g.By,
            ["items"] = new JsonArray([.. g.Items.Select(i => (JsonNode)new JsonObject { ["text"] = i.Text, ["url"] = i.Url })]),
        })]),
    };

    /// <summary>
    /// The hit as Meilisearch returns it: the retrieved attributes, then <c>_formatted</c> when any attribute is
    /// highlighted or cropped, then <c>_matchesPosition</c> when asked.
    /// </summary>
    public static JsonObject ToHit(Episode episode, SearchParameters parameters, Highlighter highlighter)
    {
        var document = ToDocument(episode);
        var retrieve = parameters.AttributesToRetrieve ?? ["*"];
        var hit = new JsonObject();
        foreach (var (name, value) in document)
            if (Selected(retrieve, name))
                hit[name] = value?.DeepClone();

        var highlight = parameters.AttributesToHighlight ?? [];
        var crop = CropLengths(parameters);
        if (highlight.Count > 0 || crop.Count > 0)
        {
            var formatted = new JsonObject();
            foreach (var (name, value) in hit)
            {
                var marks = Selected(highlight, name) && !Unsearched.Contains(name);
                int? cropTo = crop.TryGetValue(name, out var n) ? n : crop.TryGetValue("*", out var all) ? all : null;
                formatted[name] = Format(value, text =>
                {
                    if (cropTo is { } words)
                        text = highlighter.Crop(text, words, parameters.CropMarker);
                    return marks ? highlighter.Highlight(text, parameters.HighlightPreTag, parameters.HighlightPostTag) : text;
                });
            }
            hit["_formatted"] = formatted;
        }
        if (parameters.ShowMatchesPosition)
            hit["_matchesPosition"] = MatchesPosition(document, highlighter);
        return hit;
    }

    /// <summary>Attributes that are keys, not searched text: never highlighted (nor are links' and picks' URLs).</summary>
    private static readonly HashSet<string> Unsearched = ["id", "podcast", "date", "year", "number", "duration"];

    private static bool Selected(IReadOnlyList<string> attributes, string name) => attributes.Contains("*") || attributes.Contains(name);

    /// <summary><c>attributesToCrop</c> entries, each <c>name</c> or <c>name:words</c>, to their length in words.</summary>
    private static Dictionary<string, int> CropLengths(SearchParameters parameters)
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in parameters.AttributesToCrop ?? [])
        {
            var colon = entry.LastIndexOf(':');
            if (colon > 0 && int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var words))
                lengths[entry[..colon]] = words;
            else
                lengths[entry] = parameters.CropLength;
        }
        return lengths;
    }

    /// <summary>A copy of <paramref name="value"/> with every string passed through <paramref name="text"/>; numbers become strings, as in Meilisearch.</summary>
    private static JsonNode? Format(JsonNode? value, Func<string, string> text) => value switch
    {
        null => null,
        JsonArray array => new JsonArray([.. array.Select(item => Format(item, text))]),
        JsonObject fields => new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, f.Key == "url" ? f.Value?.DeepClone() : Format(f.Value, text)))),
        JsonValue scalar when scalar.TryGetValue<string>(out var s) => JsonValue.Create(text(s)),
        _ => JsonValue.Create(value.ToJsonString()),
    };

    /// <summary>Per attribute path, where its values match: <c>{start, length}</c> in characters, with <c>indices</c> for array items.</summary>
    private static JsonObject MatchesPosition(JsonObject document, Highlighter highlighter)
    {
        var positions = new JsonObject();
        void Walk(string path, JsonNode? value, int[] indices)
        {
            switch (value)
            {
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                        Walk(path, array[i], [.. indices, i]);
                    break;
                case JsonObject fields:
                    foreach (var (name, inner) in fields)
                        Walk(path + "." + name, inner, indices);
                    break;
                case JsonValue scalar when scalar.TryGetValue<string>(out var text):
                    foreach (var (start, end) in highlighter.Matches(text))
                    {
                        var match = new JsonObject { ["start"] = start, ["length"] = end - start };
                        if (indices.Length > 0)
                            match["indices"] = new JsonArray([.. indices.Select(i => (JsonNode)i)]);
                        ((JsonArray)(positions[path] ??= new JsonArray())).Add(match);
                    }
                    break;
            }
        }
        foreach (var (name, value) in document)
            Walk(name, value, []);
        return positions;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
