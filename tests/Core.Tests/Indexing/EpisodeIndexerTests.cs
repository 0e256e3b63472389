using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

public sealed class EpisodeIndexerTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    private IndexingReport Run(bool full = false) =>
        new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index, Full = full }).Run();

    private int DocCount()
    {
        using var reader = IndexMetadata.OpenReader(folder.Index);
        return reader.NumDocs;
    }

    private int CountTerm(string field, string value)
    {
        using var reader = IndexMetadata.OpenReader(folder.Index);
        return new IndexSearcher(reader).Search(new TermQuery(new Term(field, value)), 1).TotalHits;
    }

    private static string Stem(string word) => Tests.Analysis.AnalyzersTests.Tokens(Analyzers.Default.Index, IndexSchema.Title, word).Single();

    [Fact]
    public void FirstRunIndexesEveryNoteAndRecordsMetadata()
    {
        folder.WriteEpisodes("ferrous-hour", 5);
        folder.WriteEpisodes("tensor-talk", 3);

        var report = Run();

        Assert.Equal(8, report.NotesRead);
        Assert.Equal(8, report.IndexedEpisodes);
        Assert.Equal("new index", report.FullRebuildReason);
        Assert.True(report.Committed);
        Assert.Empty(report.Skipped);
        Assert.True(report.IndexSizeBytes > 0);
        Assert.Equal(8, DocCount());
        var metadata = IndexMetadata.TryRead(folder.Index)!;
        Assert.Equal(IndexSchema.Version, metadata.SchemaVersion);
        Assert.Equal(Path.GetFullPath(folder.Notes), metadata.NotesRoot);
        Assert.Equal(8, metadata.Episodes);
        Assert.Equal(1, CountTerm(IndexSchema.Id, "tensor-talk/tensor-talk-002"));
    }

    [Fact]
    public void ReRunWithNothingChangedWritesNoNewCommit()
    {
        folder.WriteEpisodes("ferrous-hour", 4);
        Run();
        var commitsBefore = Directory.GetFiles(folder.Index, "segments_*").Single();

        var report = Run();

        Assert.Equal(4, report.Unchanged);
        Assert.Equal(0, report.Indexed);
        Assert.Equal(0, report.Deleted);
        Assert.False(report.Committed);
        Assert.Null(report.FullRebuildReason);
        Assert.Equal(commitsBefore, Directory.GetFiles(folder.Index, "segments_*").Single());
        Assert.Equal(4, report.EpisodesInIndex);
    }

    [Fact]
    public void OnlyChangedNotesAreReindexed()
    {
        folder.WriteEpisodes("ferrous-hour", 4);
        Run();
        folder.Write("ferrous-hour/ferrous-hour-002.md", NotesFolder.Episode("ferrous-hour", 2, title: "Episode 2: Lighthouses and zeppelins"));

        var report = Run();

        Assert.Equal(1, report.Indexed);
        Assert.Equal(3, report.Unchanged);
        Assert.Equal(4, DocCount());
        Assert.Equal(1, CountTerm(IndexSchema.Title, Stem("zeppelins")));
        // The old version of that note is gone, not kept beside the new one.
        Assert.Equal(1, CountTerm(IndexSchema.Id, "ferrous-hour/ferrous-hour-002"));
    }

    [Fact]
    public void NotesThatAreGoneAreDeleted()
    {
        folder.WriteEpisodes("ferrous-hour", 4);
        Run();
        File.Delete(folder.PathOf("ferrous-hour/ferrous-hour-003.md"));

        var report = Run();

        Assert.Equal(1, report.Deleted);
        Assert.Equal(3, report.Unchanged);
        Assert.True(report.Committed);
        Assert.Equal(3, DocCount());
        Assert.Equal(0, CountTerm(IndexSchema.Id, "ferrous-hour/ferrous-hour-003"));
        Assert.Equal(3, IndexMetadata.TryRead(folder.Index)!.Episodes);
    }

    [Fact]
    public void FullOptionRewritesEveryNote()
    {
        folder.WriteEpisodes("ferrous-hour", 3);
        Run();

        var report = Run(full: true);

        Assert.Equal(3, report.Indexed);
        Assert.Equal("--full", report.FullRebuildReason);
        Assert.Equal(3, DocCount());
    }

    [Fact]
    public void IndexOfAnotherSchemaVersionIsRebuilt()
    {
        folder.WriteEpisodes("ferrous-hour", 2);
        Run();
        StampSchemaVersion(IndexSchema.Version - 1);
        Assert.Throws<IndexVersionException>(() => IndexMetadata.OpenReader(folder.Index));

        var report = Run();

        Assert.Contains("schema version", report.FullRebuildReason);
        Assert.Equal(2, report.Indexed);
        Assert.Equal(2, DocCount());
    }

    private void StampSchemaVersion(int version)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder.Index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, Analyzers.Default.Index));
        writer.SetCommitData(new IndexMetadata { SchemaVersion = version }.ToUserData());
        writer.Commit();
    }

    [Fact]
    public void AnOpenReaderKeepsSeeingTheLastCommitUntilItReopens()
    {
        folder.WriteEpisodes("ferrous-hour", 3);
        Run();
        using var before = IndexMetadata.OpenReader(folder.Index);
        folder.WriteEpisodes("ferrous-hour", 2, first: 10);
        File.Delete(folder.PathOf("ferrous-hour/ferrous-hour-001.md"));

        Run();

        Assert.Equal(3, before.NumDocs);
        using var after = DirectoryReader.OpenIfChanged(before)!;
        Assert.Equal(4, after.NumDocs);
    }

    [Fact]
    public void MissingNotesFolderIsFatal()
    {
        var ex = Assert.Throws<IndexingException>(() =>
            new EpisodeIndexer(new IndexingOptions { NotesRoot = Path.Combine(folder.Root, "nope"), IndexPath = folder.Index }).Run());
        Assert.Contains("nope", ex.Message);
        Assert.Contains("does not exist", ex.Message);
    }

    [Fact]
    public void UnwritableIndexFolderIsFatal()
    {
        folder.WriteEpisodes("ferrous-hour", 1);
        var blocker = Path.Combine(folder.Root, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var ex = Assert.Throws<IndexingException>(() =>
            new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = Path.Combine(blocker, "index") }).Run());
        Assert.Contains("not writable", ex.Message);
    }

    [Fact]
    public void FoldersStartingWithUnderscoreOrDotAreNotNotes()
    {
        folder.WriteEpisodes("ferrous-hour", 2);
        folder.Write("_data/readme.md", "# not a note");
        folder.Write(".git/notes.md", "# not a note");

        var report = Run();

        Assert.Equal(2, report.NotesRead);
    }

    [Fact]
    public void UserSynonymsKeptWithTheIndexReachTheQueryAnalyser()
    {
        folder.WriteEpisodes("ferrous-hour", 1);
        var synonyms = folder.Write("my-synonyms.txt", "lighthouse, pharos\n");

        new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index, SynonymsFile = synonyms }).Run();

        var analyzers = Analyzers.ForIndex(folder.Index);
        var expanded = Tests.Analysis.AnalyzersTests.Tokens(analyzers.Query, IndexSchema.Summary, "pharos");
        Assert.Contains(Stem("lighthouse"), expanded);
        Assert.Same(Analyzers.Default, Analyzers.ForIndex(folder.Root));
    }

    [Fact]
    public void MalformedUserSynonymFileIsFatalAndNamed()
    {
        folder.WriteEpisodes("ferrous-hour", 1);
        var synonyms = folder.Write("bad-synonyms.txt", "a => b => c\n");

        var ex = Assert.Throws<IndexingException>(() =>
            new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index, SynonymsFile = synonyms }).Run());

        Assert.Contains("bad-synonyms.txt", ex.Message);
    }
}
