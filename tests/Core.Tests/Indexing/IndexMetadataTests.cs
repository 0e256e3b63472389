using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

public sealed class IndexMetadataTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "podsearch-meta-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
            System.IO.Directory.Delete(folder, recursive: true);
    }

    private void WriteIndex(int schemaVersion)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index));
        writer.AddDocument(EpisodeDocument.From(SampleEpisodes.Minimal("show/001")));
        writer.SetCommitData(new IndexMetadata { SchemaVersion = schemaVersion, NotesRoot = "/notes", Episodes = 1, Fingerprint = "f" }.ToUserData());
        writer.Commit();
    }

    [Fact]
    public void MissingIndexSaysHowToBuildOne()
    {
        var ex = Assert.Throws<IndexUnavailableException>(() => IndexMetadata.OpenReader(folder));
        Assert.Contains("podsearch index", ex.Message);
        Assert.Contains(folder, ex.Message);
        Assert.Null(IndexMetadata.TryRead(folder));
    }

    [Fact]
    public void EmptyFolderIsAMissingIndex()
    {
        System.IO.Directory.CreateDirectory(folder);
        Assert.Throws<IndexUnavailableException>(() => IndexMetadata.OpenReader(folder));
    }

    [Fact]
    public void OtherSchemaVersionAsksToReindex()
    {
        WriteIndex(IndexSchema.Version + 1);
        var ex = Assert.Throws<IndexVersionException>(() => IndexMetadata.OpenReader(folder));
        Assert.Equal(IndexSchema.Version + 1, ex.FoundVersion);
        Assert.Contains("re-index", ex.Message);
    }

    [Fact]
    public void CurrentVersionOpensAndRoundTripsTheMetadata()
    {
        WriteIndex(IndexSchema.Version);
        using var reader = IndexMetadata.OpenReader(folder);
        var metadata = IndexMetadata.Read(reader);
        Assert.Equal(IndexSchema.Version, metadata.SchemaVersion);
        Assert.Equal("/notes", metadata.NotesRoot);
        Assert.Equal(1, metadata.Episodes);
        Assert.NotNull(metadata.IndexedAt);
        Assert.Equal(metadata, IndexMetadata.TryRead(folder));
    }
}
