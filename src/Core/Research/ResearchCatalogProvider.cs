using Lucene.Net.Index;
using Lucene.Net.Store;
using PodSearch.Core.Indexing;
using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>
/// Hands out the <see cref="ResearchCatalog"/> of an index directory, rebuilt only when the index commits a
/// new generation (checked at most once a second), so every request after a re-index sees the new people,
/// picks and links while requests in flight keep the catalog they started with. Thread-safe.
/// </summary>
public sealed class ResearchCatalogProvider : IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly object gate = new();
    private readonly FSDirectory directory;
    private readonly string? notesRoot;
    private ShowHostRoster? roster;
    private ResearchCatalog? current;
    private long generation = -1;
    private DateTime lastCheck = DateTime.MinValue;

    /// <param name="indexPath">The index folder written by <c>podsearch index</c>.</param>
    /// <param name="notesRoot">When given and it holds <c>_data/hosts</c>, the shows' hosts help resolve first names.</param>
    public ResearchCatalogProvider(string indexPath, string? notesRoot = null)
    {
        IndexPath = Path.GetFullPath(indexPath);
        directory = FSDirectory.Open(IndexPath);
        this.notesRoot = notesRoot;
    }

    public string IndexPath { get; }

    /// <summary>The generation the current catalog was built from.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The catalog of the newest commit. Throws <see cref="ResearchIndexMissingException"/> when there is no index.</summary>
    public ResearchCatalog Get()
    {
        var catalog = Volatile.Read(ref current);
        if (catalog is not null && DateTime.UtcNow - lastCheck < CheckInterval)
            return catalog;
        lock (gate)
        {
            if (current is not null && DateTime.UtcNow - lastCheck < CheckInterval)
                return current;
            lastCheck = DateTime.UtcNow;
            if (!DirectoryReader.IndexExists(directory))
                return current ?? throw new ResearchIndexMissingException(IndexPath);
            var latest = SegmentInfos.GetLastCommitGeneration(directory);
            if (current is not null && latest == generation)
                return current;
            using var reader = DirectoryReader.Open(directory);
            // The indexer records which notes folder it read; its _data/hosts helps resolve first names.
            roster ??= ShowHostRoster.Load(notesRoot ?? IndexMetadata.Read(reader).NotesRoot);
            var built = ResearchCatalog.Build(StoredEpisodeReader.ReadAll(reader), roster);
            Interlocked.Exchange(ref generation, reader.IndexCommit.Generation);
            Volatile.Write(ref current, built);
            return built;
        }
    }

    /// <summary>One episode with its transcript, read from the index (the catalog keeps no transcripts).</summary>
    internal Notes.Episode? ReadEpisode(string id)
    {
        using var reader = DirectoryReader.Open(directory);
        return StoredEpisodeReader.ReadOne(reader, id);
    }

    public void Dispose() => directory.Dispose();
}

/// <summary>No index at the given path: the message says how to build one.</summary>
public sealed class ResearchIndexMissingException(string indexPath)
    : Exception($"no index at {indexPath}: build it with `podsearch index <notes-dir> --index {indexPath}`");
