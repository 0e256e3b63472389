using System.Diagnostics;
using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Indexing;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// Passage vectors stored with the index: every episode gets them in the same commit as its document, the
/// model file named in the commit is there, incremental runs embed only changed notes, and a run killed
/// mid-way leaves the last commit's vectors and model usable.
/// </summary>
public sealed class SemanticIndexingTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public SemanticIndexingTests() => TopicNotes.Write(folder, TopicNotes.Episodes);

    public void Dispose() => folder.Dispose();

    private IndexingReport Index() => TopicNotes.Index(folder);

    [Fact]
    public void EveryEpisodeGetsPassageVectorsAndTheCommitNamesItsModel()
    {
        Index();

        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        AssertVectorsMatchTheCommit(reader, folder.Index);
        // Writing the vectors rewrote every document; the first copies are merged away before the commit.
        Assert.Equal(0, reader.NumDeletedDocs);
    }

    [Fact]
    public void VectorsRankEpisodesOfTheQueriedSubjectFirst()
    {
        Index();
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        var embedder = new SifEmbedder(SifModelFile.Load(Path.Combine(folder.Index, reader.IndexCommit.UserData[SemanticFields.ModelKey])));

        var hits = SemanticRanker.Rank(reader, embedder.Encode(["kneading the dough and proofing the loaf"])[0], _ => null, 8);

        // 8 of the 32 notes were written about baking: exactly those come first.
        var ids = hits.Select(h => reader.Document(h.Doc).Get(IndexSchema.Id)).ToList();
        Assert.Equal(Enumerable.Range(0, TopicNotes.Episodes).Where(n => TopicNotes.SubjectOf(n) == "baking").Select(TopicNotes.IdOf).Order(), ids.Order());
    }

    [Fact]
    public void AnIncrementalRunEmbedsOnlyTheChangedNoteAndKeepsTheModel()
    {
        Index();
        var model = Path.GetFileName(Directory.GetFiles(folder.Index, "semantic-*.model").Single());
        TopicNotes.Revise(folder, 3);

        var report = Index();

        Assert.StartsWith("vectors: 1 episodes embedded", report.SemanticSummary);
        Assert.Equal(model, Path.GetFileName(Directory.GetFiles(folder.Index, "semantic-*.model").Single()));
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        AssertVectorsMatchTheCommit(reader, folder.Index);
        Assert.Equal("vectors: unchanged", Index().SemanticSummary);
    }

    [Fact]
    public void WithoutSemanticOptionsTheIndexHasNoVectorsAndNoModel()
    {
        new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index }).Run();

        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        Assert.False(reader.IndexCommit.UserData.ContainsKey(SemanticFields.ModelKey));
        Assert.Empty(Directory.GetFiles(folder.Index, "semantic-*"));
        Assert.All(reader.Leaves, leaf => Assert.Equal(0, SegmentVectors.For(leaf.AtomicReader).Count));
    }

    [Fact]
    public void ARunThatChangedOnlyAPageThatIsNoEpisodeKeepsTheModelInTheCommit()
    {
        Index();
        string model;
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index)))
            model = reader.IndexCommit.UserData[SemanticFields.ModelKey];
        folder.Write("byte-garden/about.md", "Just a page about the show.\n");

        var report = Index();

        Assert.True(report.Committed);
        Assert.Equal("vectors: unchanged", report.SemanticSummary);
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index)))
            Assert.Equal(model, reader.IndexCommit.UserData[SemanticFields.ModelKey]);
        Assert.True(File.Exists(Path.Combine(folder.Index, model)));
    }

    [Fact]
    public void AKilledRunLeavesTheLastCommitsVectorsAndModelUsable()
    {
        var first = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif", "--vectors", "/nonexistent/none.psv");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        string firstModel;
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index)))
            firstModel = reader.IndexCommit.UserData[SemanticFields.ModelKey];

        // Many more notes: the next run learns a new model; it is killed once that has begun (--verbose logs it).
        folder.WriteEpisodes("tensor-talk", 1500, transcriptTurns: 20);
        using (var process = PodsearchProcess.Start("index", folder.Notes, "--index", folder.Index, "--verbose", "--encoder", "sif", "--vectors", "/nonexistent/none.psv"))
        {
            _ = process.StandardError.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (line.StartsWith("domain vectors:", StringComparison.Ordinal) || line.StartsWith("vectors:", StringComparison.Ordinal))
                    break;
            }
            Assert.NotNull(line); // the run must not have ended before the semantic stage began
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index)))
        {
            Assert.Equal(TopicNotes.Episodes, reader.NumDocs);
            Assert.Equal(firstModel, reader.IndexCommit.UserData[SemanticFields.ModelKey]);
            AssertVectorsMatchTheCommit(reader, folder.Index);
        }

        var rerun = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif", "--vectors", "/nonexistent/none.psv");
        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index)))
        {
            Assert.Equal(TopicNotes.Episodes + 1500, reader.NumDocs);
            AssertVectorsMatchTheCommit(reader, folder.Index);
        }
    }

    /// <summary>The commit's model loads, and every live episode has vectors of the model's width.</summary>
    private static void AssertVectorsMatchTheCommit(DirectoryReader reader, string indexPath)
    {
        var modelFile = reader.IndexCommit.UserData[SemanticFields.ModelKey];
        var embedder = new SifEmbedder(SifModelFile.Load(Path.Combine(indexPath, modelFile)));
        var withVectors = 0;
        foreach (var leaf in reader.Leaves)
        {
            var vectors = SegmentVectors.For(leaf.AtomicReader);
            Assert.True(vectors.Count == 0 || vectors.Dimensions == embedder.Dimensions);
            var live = leaf.AtomicReader.LiveDocs;
            withVectors += vectors.Episodes.Count(d => live is null || live.Get(d));
        }
        Assert.Equal(reader.NumDocs, withVectors);
    }
}
