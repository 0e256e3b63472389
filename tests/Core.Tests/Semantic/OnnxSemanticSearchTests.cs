using Lucene.Net.Index;
using Lucene.Net.Store;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Embeddings;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// Indexing with the ONNX encoder and searching by meaning with it, end to end on invented notes and a tiny
/// generated model whose word rows point one way per subject: what the commit records, that queries use the
/// same model, incremental runs, and the errors for bad model files at index and at query time.
/// </summary>
public sealed class OnnxSemanticSearchTests : IDisposable
{
    private const int Episodes = 8;
    private readonly NotesFolder folder = new();
    private readonly string model;

    public OnnxSemanticSearchTests()
    {
        model = Path.Combine(folder.Root, "model");
        WriteModel(seed: 1);
        TopicNotes.Write(folder, Episodes);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Subject words lean towards their subject's dimension; everything else ([UNK] too) is faint noise.</summary>
    private void WriteModel(int seed)
    {
        var random = new Random(seed);
        string[] specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "and", "on", "episode"];
        var words = TopicNotes.Subjects.SelectMany(s => s.Words).ToArray();
        TinyOnnxModel.Write(model, [.. specials, .. words], dimensions: 8, row: token =>
        {
            var row = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5) * 0.1f).ToArray();
            var subject = Array.FindIndex(TopicNotes.Subjects, s => s.Words.Contains(token));
            if (subject >= 0)
                row[subject] += 1f;
            return row;
        });
    }

    private IndexingReport Index(string? modelFolder = null) => new EpisodeIndexer(new IndexingOptions
    {
        NotesRoot = folder.Notes,
        IndexPath = folder.Index,
        Semantic = new SemanticIndexOptions { OnnxModelPath = modelFolder ?? model },
    }).Run();

    private SearchResult Search(string query, SearchMode mode = SearchMode.Semantic)
    {
        using var provider = new SearcherProvider(folder.Index);
        return new EpisodeSearcher(provider).Search(new SearchRequest { Query = query, Mode = mode, Limit = 4 });
    }

    private IDictionary<string, string> CommitData()
    {
        using var directory = FSDirectory.Open(folder.Index);
        using var reader = DirectoryReader.Open(directory);
        return new Dictionary<string, string>(reader.IndexCommit.UserData);
    }

    private static bool NoticeOfFallback(string notice) => notice.Contains("unavailable") || notice.Contains("fell back");

    [Fact]
    public void OnnxIndexRecordsTheModelAndSemanticSearchRunsWithIt()
    {
        var report = Index();

        Assert.Contains($"vectors: {Episodes} episodes embedded with onnx-v1(model,", report.SemanticSummary);
        var data = CommitData();
        Assert.Equal(Path.GetFullPath(model), data[SemanticFields.OnnxModelKey]);
        Assert.Equal(64, data[SemanticFields.OnnxFingerprintKey].Length);
        Assert.StartsWith("onnx-v1(model,sha256=" + data[SemanticFields.OnnxFingerprintKey][..12], data[SemanticFields.EncoderKey]);
        Assert.False(data.ContainsKey(SemanticFields.ModelKey)); // no SIF model file for this index

        var result = Search("kneading the dough and proofing the loaf");

        Assert.Equal("semantic", result.Mode);
        Assert.DoesNotContain(result.Notices, NoticeOfFallback);
        // Episodes 3 and 7 are the baking ones; no note has all the query's words, meaning finds them first.
        var baking = Enumerable.Range(0, Episodes).Where(n => TopicNotes.SubjectOf(n) == "baking").Select(TopicNotes.IdOf).ToHashSet();
        Assert.Equal(baking, result.Hits.Take(baking.Count).Select(h => h.Id).ToHashSet());
        Assert.All(result.Hits, h => Assert.NotNull(h.SemanticScore));
        Assert.Equal("hybrid", Search("mainsail regatta", SearchMode.Hybrid).Mode);
    }

    [Fact]
    public void OnnxIncrementalRunEmbedsOnlyChangedEpisodesUntilTheModelChanges()
    {
        Index();
        folder.Write($"{TopicNotes.ShowOf(3)}/{TopicNotes.ShowOf(3)}-003.md", TopicNotes.Note(3, "revised"));
        Assert.StartsWith("vectors: 1 episodes embedded", Index().SemanticSummary);
        Assert.Equal("vectors: unchanged", Index().SemanticSummary);

        WriteModel(seed: 2);
        Assert.StartsWith($"vectors: {Episodes} episodes embedded", Index().SemanticSummary);
        Assert.DoesNotContain(Search("sourdough").Notices, NoticeOfFallback);
    }

    [Fact]
    public void OnnxVectorsSurviveARunThatChangedOnlyAPageThatIsNoEpisode()
    {
        Index();
        folder.Write("byte-garden/about.md", "Just a page about the show.\n");

        Assert.Equal("vectors: unchanged", Index().SemanticSummary);
        Assert.Equal("semantic", Search("sourdough").Mode);
    }

    [Fact]
    public void OnnxModelBrokenAfterIndexingFallsBackToLexicalAndSaysWhy()
    {
        Index();
        File.WriteAllText(Path.Combine(model, "model.onnx"), "overwritten");

        var result = Search("sourdough");

        Assert.Equal("lexical", result.Mode);
        var notice = Assert.Single(result.Notices);
        Assert.Contains("semantic search unavailable", notice);
        Assert.Contains(Path.Combine(model, "model.onnx"), notice);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void OnnxModelFolderMissingAtIndexTimeFailsBeforeAnythingIsCommitted()
    {
        var error = Assert.Throws<IndexingException>(() => Index(Path.Combine(folder.Root, "no-model")));

        Assert.Contains("no-model", error.Message);
        Assert.False(DirectoryReader.IndexExists(FSDirectory.Open(folder.Index)));
    }

    [Fact]
    public void OnnxCorruptModelAtIndexTimeKeepsTheLastCommit()
    {
        Index();
        var before = CommitData();
        File.WriteAllText(Path.Combine(model, "model.onnx"), "overwritten");
        folder.Write($"{TopicNotes.ShowOf(1)}/{TopicNotes.ShowOf(1)}-001.md", TopicNotes.Note(1, "revised"));

        var error = Assert.Throws<IndexingException>(() => Index());

        Assert.Contains(Path.Combine(model, "model.onnx"), error.Message);
        Assert.Equal(before, CommitData());
    }
}
