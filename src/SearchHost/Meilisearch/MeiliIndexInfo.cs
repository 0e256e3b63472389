using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>What the Meilisearch client reads about the index: <c>GET /indexes</c>, <c>/indexes/{uid}</c>, its stats and settings, and <c>/version</c>.</summary>
internal static class MeiliIndexInfo
{
    public static JsonObject Index(SearchIndex index)
    {
        using var lease = index.Provider.Acquire();
        var updated = lease.Searcher.IndexReader is DirectoryReader reader
            ? File.GetLastWriteTimeUtc(Path.Combine(index.Provider.IndexPath, reader.IndexCommit.SegmentsFileName))
            : DateTime.UtcNow;
        return new JsonObject
        {
            ["uid"] = MeiliIndex.Uid,
            ["createdAt"] = Iso(Directory.GetCreationTimeUtc(index.Provider.IndexPath) is var created && created < updated ? created : updated),
            ["updatedAt"] = Iso(updated),
            ["primaryKey"] = MeiliIndex.PrimaryKey,
        };
    }

    public static JsonObject Indexes(SearchIndex index, int offset, int limit) => new()
    {
        ["results"] = new JsonArray([.. new[] { Index(index) }.Skip(offset).Take(limit)]),
        ["offset"] = offset,
        ["limit"] = limit,
        ["total"] = 1,
    };

    public static JsonObject Stats(SearchIndex index)
    {
        var episodes = index.Current.Episodes;
        var size = new DirectoryInfo(index.Provider.IndexPath).EnumerateFiles().Sum(f => f.Length);
        var fields = new JsonObject();
        // Every document carries every attribute (null or [] when the note has no value).
        foreach (var attribute in MeiliIndex.DocumentAttributes)
            fields[attribute] = episodes;
        return new JsonObject
        {
            ["numberOfDocuments"] = episodes,
            ["rawDocumentDbSize"] = size,
            ["avgDocumentSize"] = episodes == 0 ? 0 : size / episodes,
            ["isIndexing"] = false,
            ["fieldDistribution"] = fields,
        };
    }

    /// <summary>The settings in force, read-only: PodSearch is configured by <c>podsearch index</c>, not through this API.</summary>
    public static JsonObject Settings(SearchIndex index, SearchHostOptions options) => new()
    {
        ["displayedAttributes"] = Strings(["*"]),
        ["searchableAttributes"] = Strings(["title", "guests", "hosts", "podcastTitle", "summary", "tags", "topics", "links", "picks", "sponsors", "transcript"]),
        ["filterableAttributes"] = Strings(MeiliIndex.FilterableAttributes),
        ["sortableAttributes"] = Strings(MeiliIndex.SortableAttributes),
        ["rankingRules"] = Strings([
            "words: BM25 over title, people, summary, topics, links, picks and transcript (title and names weighted up); every word first, any word when none has all",
            "typo: unknown words expand to close index terms",
            "semantic: passage vectors fused by reciprocal rank (k = 60) when `hybrid` is sent",
            "sort",
        ]),
        ["stopWords"] = new JsonArray(),
        ["nonSeparatorTokens"] = new JsonArray(),
        ["separatorTokens"] = new JsonArray(),
        ["dictionary"] = new JsonArray(),
        ["synonyms"] = Synonyms(index.Provider.IndexPath),
        ["distinctAttribute"] = null,
        ["proximityPrecision"] = "byWord",
        ["typoTolerance"] = new JsonObject
        {
            ["enabled"] = true,
            ["minWordSizeForTypos"] = new JsonObject { ["oneTypo"] = 5, ["twoTypos"] = 9 },
            ["disableOnWords"] = new JsonArray(),
            ["disableOnAttributes"] = new JsonArray(),
        },
        ["faceting"] = new JsonObject
        {
            ["maxValuesPerFacet"] = MeiliIndex.MaxValuesPerFacet,
            ["sortFacetValuesBy"] = new JsonObject { ["*"] = "count" },
        },
        ["pagination"] = new JsonObject { ["maxTotalHits"] = options.MaxResultWindow },
        ["embedders"] = new JsonObject { [MeiliIndex.EmbedderName] = new JsonObject { ["source"] = "userProvided", ["documentTemplate"] = null } },
        ["searchCutoffMs"] = options.RequestTimeBudget == TimeSpan.Zero ? null : (int)options.RequestTimeBudget.TotalMilliseconds,
        ["facetSearch"] = true,
        ["prefixSearch"] = "disabled",
    };

    public static JsonObject Version()
    {
        var assembly = typeof(MeiliIndexInfo).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return new JsonObject
        {
            ["commitSha"] = plus < 0 ? "unknown" : version[(plus + 1)..],
            ["commitDate"] = "unknown",
            ["pkgVersion"] = plus < 0 ? version : version[..plus],
        };
    }

    /// <summary>
    /// The synonyms the query analyser applies (built in, plus the index's own <c>synonyms.txt</c>) as Meilisearch's
    /// map from a word to the words it also finds. Lines are Solr's: <c>a, b, c</c> (each finds the others) or <c>a => b</c>.
    /// </summary>
    private static JsonObject Synonyms(string indexPath)
    {
        var map = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var builtIn = typeof(Analyzers).Assembly.GetManifestResourceStream("PodSearch.Core.Analysis.synonyms.txt"))
            if (builtIn is not null)
                AddSolrLines(map, new StreamReader(builtIn).ReadToEnd());
        var stored = Path.Combine(indexPath, Analyzers.IndexSynonymsFileName);
        if (File.Exists(stored))
            AddSolrLines(map, File.ReadAllText(stored));
        var synonyms = new JsonObject();
        foreach (var (word, others) in map)
            synonyms[word] = Strings([.. others]);
        return synonyms;
    }

    private static void AddSolrLines(SortedDictionary<string, SortedSet<string>> map, string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Words(arrow < 0 ? line : line[..arrow]);
            var right = arrow < 0 ? left : Words(line[(arrow + 2)..]);
            foreach (var word in left)
                foreach (var other in right.Where(o => o != word))
                {
                    if (!map.TryGetValue(word, out var set))
                        map[word] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(other);
                }
        }
    }

    private static string[] Words(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
