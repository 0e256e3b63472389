using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PodSearch.Core.Embeddings.Packaged;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>
/// The packaged sentence encoders for real (the models inside the packages, extracted into a cache folder of
/// this test class) on a few notes written for these tests: a paraphrase that shares no word with its note
/// finds it, the vector cache saves work and deleting it only costs time, and an index refuses queries of
/// an encoder other than the one its passages were encoded with.
/// </summary>
public sealed partial class PackagedEncoderTests : IDisposable
{
    private static readonly (string Slug, string Title, string Summary)[] Notes =
    [
        ("bread", "Baking at home", "Our guest keeps a sourdough starter alive in her kitchen, feeds it flour and water every morning and bakes a crusty loaf on Sundays."),
        ("kube", "Running clusters", "We talk about Kubernetes pods, autoscaling nodes when traffic grows, and rolling deployments that never drop requests."),
        ("sail", "Out on the water", "A sailor explains tacking against the wind, trimming the mainsail and mooring a small yacht in a crowded harbour."),
        ("garden", "Vegetable plots", "Compost, mulch and watering schedules for tomatoes and beans in a greenhouse through a dry summer."),
    ];

    /// <summary>Shares no word with the bread note (checked below), only its meaning.</summary>
    private const string BreadParaphrase = "fermented dough rising overnight, then into hot ovens";

    private readonly NotesFolder folder = new();
    private readonly string cache;

    public PackagedEncoderTests()
    {
        cache = Path.Combine(folder.Root, "cache");
        foreach (var (slug, title, summary) in Notes)
            folder.Write($"kitchen-radio/{slug}.md", $"""
                ---
                title: "{title}"
                date: 2021-03-04 10:00:00
                podcast: kitchen-radio
                ---

                ### **Episode Summary**

                {summary}

                """);
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("minilm")]
    [InlineData("arctic-xs")]
    public void AParaphraseSharingNoWordWithItsNoteFindsIt(string encoder)
    {
        var note = File.ReadAllText(folder.PathOf("kitchen-radio/bread.md"));
        Assert.Empty(Words(BreadParaphrase).Intersect(Words(note)));

        Index(encoder);
        var result = Search(BreadParaphrase);
        Assert.Empty(result.Notices);
        Assert.Equal("kitchen-radio/bread", result.Hits[0].Id);
        Assert.StartsWith(encoder + "-v1(sha256=", CommitData()[SemanticFields.EncoderKey]);
    }

    [Fact]
    public void ArcticXsPutsItsPrefixBeforeQueriesOnly()
    {
        using var arctic = PackagedEmbedder.Open(PackagedEncoder.ArcticXs, cacheRoot: cache);
        var passage = arctic.Encode([BreadParaphrase])[0];
        var query = arctic.EncodeQuery(BreadParaphrase);
        var prefixed = arctic.Encode([PackagedEncoder.ArcticXs.QueryPrefix + BreadParaphrase])[0];
        Assert.Equal(prefixed, query);
        Assert.NotEqual(passage, query);
        using var miniLm = PackagedEmbedder.Open(PackagedEncoder.MiniLm, cacheRoot: cache);
        Assert.Equal(miniLm.Encode([BreadParaphrase])[0], miniLm.EncodeQuery(BreadParaphrase));
    }

    [Fact]
    public void DeletingTheCacheOnlyCostsTime()
    {
        var first = Index("minilm", full: true);
        Assert.Contains($"{Notes.Length} passages, {Notes.Length} encoded", first.SemanticSummary);
        Assert.Matches(@"passages/s, CPU \d+% of one core\)", first.SemanticSummary);
        var vectors = StoredVectors();
        var hits = Search(BreadParaphrase).Hits.Select(h => h.Id).ToList();

        // Everything again from the cache: nothing encoded, the same vectors.
        var cached = Index("minilm", full: true);
        Assert.Contains($"{Notes.Length} passages, 0 encoded", cached.SemanticSummary);
        Assert.DoesNotContain("CPU", cached.SemanticSummary); // nothing was encoded, so there is no CPU share to report
        Assert.Equal(vectors, StoredVectors());

        // Cache gone: queries extract the model again, a full run encodes everything again, and nothing differs.
        System.IO.Directory.Delete(cache, recursive: true);
        var search = Search(BreadParaphrase);
        Assert.Empty(search.Notices);
        Assert.Equal(hits, search.Hits.Select(h => h.Id).ToList());
        var cold = Index("minilm", full: true);
        Assert.Contains($"{Notes.Length} passages, {Notes.Length} encoded", cold.SemanticSummary);
        Assert.Equal(vectors, StoredVectors());
    }

    [Fact]
    public void AnEditedNoteReencodesOnlyItsChangedPassages()
    {
        Index("minilm");
        var path = folder.PathOf("kitchen-radio/sail.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("crowded harbour", "quiet bay"));
        var rerun = Index("minilm");
        Assert.Contains("vectors: 1 episodes embedded", rerun.SemanticSummary);
        Assert.Contains("1 passages, 1 encoded", rerun.SemanticSummary);
    }

    [Fact]
    public void AnIndexRefusesQueriesOfAnotherEncoderSayingWhy()
    {
        Index("minilm");
        // The commit now claims arctic-xs while its vectors (and model hash) are MiniLM's.
        RewriteCommit(data => data[SemanticFields.PackagedEncoderKey] = "arctic-xs");
        var result = Search(BreadParaphrase);
        Assert.Contains(result.Notices, n => n.Contains("the index was built with another arctic-xs model", StringComparison.Ordinal)
            && n.Contains("re-run podsearch index", StringComparison.Ordinal));

        // Same model file, but the passages were encoded by another encoder (here: another token limit).
        RewriteCommit(data =>
        {
            data[SemanticFields.PackagedEncoderKey] = "minilm";
            data[SemanticFields.EncoderKey] = data[SemanticFields.EncoderKey].Replace("max=256", "max=128", StringComparison.Ordinal);
        });
        var other = Search(BreadParaphrase);
        Assert.Contains(other.Notices, n => n.Contains("passages were encoded with minilm-v1(", StringComparison.Ordinal)
            && n.Contains("max=128", StringComparison.Ordinal) && n.Contains("now opens as", StringComparison.Ordinal));
        Assert.Contains(other.Notices, n => n.Contains("showing lexical results", StringComparison.Ordinal));
    }

    private IndexingReport Index(string encoder, bool full = false) => new EpisodeIndexer(new IndexingOptions
    {
        NotesRoot = folder.Notes,
        IndexPath = folder.Index,
        Full = full,
        Semantic = new SemanticIndexOptions { Encoder = encoder, CacheRoot = cache },
    }).Run();

    private SearchResult Search(string query)
    {
        // A fresh provider per search: each opens the encoder anew, as a new process would.
        Core.Embeddings.CacheFolder.ScopedRoot.Value = cache;
        using var provider = new SearcherProvider(folder.Index);
        return new EpisodeSearcher(provider).Search(new SearchRequest { Query = query, Mode = SearchMode.Semantic, Limit = 4 });
    }

    private IDictionary<string, string> CommitData()
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Index));
        return new Dictionary<string, string>(reader.IndexCommit.UserData);
    }

    private void RewriteCommit(Action<Dictionary<string, string>> change)
    {
        var data = new Dictionary<string, string>(CommitData());
        change(data);
        using var directory = FSDirectory.Open(folder.Index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        writer.SetCommitData(data);
        writer.Commit();
    }

    /// <summary>Each episode's stored passage vectors, by id.</summary>
    private SortedDictionary<string, string> StoredVectors()
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Index));
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(SemanticFields.PassageVectors);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                var bytes = new Lucene.Net.Util.BytesRef();
                values.Get(doc, bytes);
                result[leaf.AtomicReader.Document(doc).Get(IndexSchema.Id)] = Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length);
            }
        }
        return result;
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
