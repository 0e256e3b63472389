using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using PodSearch.Core.Indexing;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace PodSearch.Core.Search;

/// <summary>
/// Hands out searchers over one index directory and swaps in a new one after the indexer commits.
/// Wraps Lucene's <see cref="SearcherManager"/>: <see cref="Acquire"/> a lease per search and dispose it;
/// call <see cref="Refresh"/> from a background loop (never from inside a query) to see new commits.
/// </summary>
public sealed class SearcherProvider : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly SearcherManager manager;

    /// <exception cref="IndexUnavailableException">No index at <paramref name="indexPath"/> (<see cref="IndexVersionException"/>: one of another schema version).</exception>
    public SearcherProvider(string indexPath)
    {
        IndexPath = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(IndexPath))
            throw new IndexUnavailableException(IndexPath, $"no index at {IndexPath} (the folder does not exist); {IndexUnavailableException.BuildHint(IndexPath)}");
        directory = FSDirectory.Open(IndexPath);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                throw new IndexUnavailableException(IndexPath, $"no index at {IndexPath}; {IndexUnavailableException.BuildHint(IndexPath)}");
            manager = new SearcherManager(directory, new EpisodeSearcherFactory());
            var searcher = manager.Acquire();
            try
            {
                CheckVersion(searcher.IndexReader, IndexPath);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        catch
        {
            manager?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public string IndexPath { get; }

    /// <summary>A searcher to use for one request; dispose the lease when done.</summary>
    public SearcherLease Acquire() => new(manager, manager.Acquire());

    /// <summary>Opens the latest commit if there is a newer one. Returns true when the searcher changed.</summary>
    /// <exception cref="IndexVersionException">The new commit has another schema version (the old searcher stays).</exception>
    public bool Refresh()
    {
        var changed = manager.MaybeRefresh();
        if (changed)
        {
            using var lease = Acquire();
            CheckVersion(lease.Searcher.IndexReader, IndexPath);
        }
        return changed;
    }

    public void Dispose()
    {
        manager.Dispose();
        directory.Dispose();
    }

    private static void CheckVersion(IndexReader reader, string indexPath)
    {
        if (reader is not DirectoryReader directoryReader)
            return;
        var version = IndexMetadata.Read(directoryReader).SchemaVersion;
        if (version != IndexSchema.Version)
            throw new IndexVersionException(indexPath, version == 0 ? null : version);
    }
    /// <summary>
    /// Every searcher ranks with BM25: transcripts are long, and BM25 saturates repeated words. A new searcher's
    /// passage vectors are loaded (and clustered) here, on the thread that opens or refreshes the index, not by
    /// the first request after a commit; a one-off command line search, which does not cluster, loads them only
    /// if it needs them.
    /// </summary>
    private sealed class EpisodeSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            if (Semantic.SegmentVectors.ClusterOnLoad)
                foreach (var leaf in reader.Leaves)
                    Semantic.SegmentVectors.For(leaf.AtomicReader);
            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}

/// <summary>One acquired searcher; disposing it releases it back to the <see cref="SearcherProvider"/>.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager manager;
    private IndexSearcher? searcher;

    internal SearcherLease(SearcherManager manager, IndexSearcher searcher)
    {
        this.manager = manager;
        this.searcher = searcher;
    }

    public IndexSearcher Searcher => searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        var held = Interlocked.Exchange(ref searcher, null);
        if (held is not null)
            manager.Release(held);
    }
}
