using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Indexing;

/// <summary>
/// The state of one <see cref="EpisodeIndexer"/> run: the writer (opened only once something must be written),
/// counters and problems gathered from the parallel workers. Disposing without <see cref="Commit"/> rolls back.
/// </summary>
internal sealed class IndexingRun : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly IndexingOptions options;
    private readonly NoteParser parser;
    private readonly Dictionary<string, IndexedNote> previous;
    private readonly bool rebuild;
    private readonly Action<IndexingProgress>? progress;
    private readonly int total;
    private readonly System.Threading.Lock writerLock = new();
    private readonly ConcurrentDictionary<string, string> pathById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> keptIsEpisode = new(StringComparer.Ordinal);
    private volatile IndexWriter? writer;
    private int done;
    private int indexedEpisodes;
    private int indexedOthers;
    private int unchanged;

    public IndexingRun(Lucene.Net.Store.Directory directory, string notesRoot, IndexingOptions options,
        Dictionary<string, IndexedNote> previous, bool rebuild, Action<IndexingProgress>? progress, int total)
    {
        this.directory = directory;
        this.options = options;
        this.previous = previous;
        this.rebuild = rebuild;
        this.progress = progress;
        this.total = total;
        parser = new NoteParser(notesRoot);
        if (rebuild)
            writer = OpenWriter(OpenMode.CREATE);
    }

    public ConcurrentBag<NoteProblem> Skipped { get; } = [];
    public ConcurrentBag<NoteProblem> Warnings { get; } = [];
    /// <summary>Episodes written in this run, for the semantic stage to embed.</summary>
    public ConcurrentBag<Episode> Written { get; } = [];
    /// <summary>Ids deleted by <see cref="DeleteMissing"/>.</summary>
    public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);
    public int IndexedEpisodes => indexedEpisodes;
    public int IndexedOthers => indexedOthers;
    public int Unchanged => unchanged;
    public bool HasChanges { get; private set; }
    public int EpisodesInIndex => keptIsEpisode.Values.Count(e => e);
    public int OthersInIndex => keptIsEpisode.Values.Count(e => !e);

    public void IndexAll(IReadOnlyList<NoteFile> files, CancellationToken cancellation)
    {
        // Largest first, so one big transcript does not leave a core idle at the end.
        var ordered = files.OrderByDescending(f => f.Length).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation };
        try
        {
            Parallel.ForEach(Partitioner.Create(ordered, loadBalance: true), parallel, IndexOne);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // A writer failure (disk full, lock lost) is fatal for the run; report the first cause plainly.
            var first = ex.InnerExceptions[0];
            if (first is IndexingException or IOException or UnauthorizedAccessException)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first); // EpisodeIndexer words IO failures
            throw new IndexingException($"indexing failed: {first.Message}", first);
        }
        progress?.Invoke(new IndexingProgress(done, total, indexedEpisodes + indexedOthers));
    }

    private void IndexOne(NoteFile file)
    {
        try
        {
            var hash = NoteHasher.TryHash(file);
            if (!rebuild && hash is not null && previous.TryGetValue(file.RelativePath, out var known) && known.Hash == hash
                && pathById.TryAdd(known.Id, file.RelativePath))
            {
                keptIsEpisode[known.Id] = known.IsEpisode;
                Interlocked.Increment(ref unchanged);
                return;
            }
            Write(file, hash);
        }
        finally
        {
            var count = Interlocked.Increment(ref done);
            progress?.Invoke(new IndexingProgress(count, total, indexedEpisodes + indexedOthers));
        }
    }

    private void Write(NoteFile file, string? hash)
    {
        Episode episode;
        try
        {
            episode = parser.ParseFile(file.FullPath);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser promises not to throw; if it does, one note is lost, not the run.
            Skipped.Add(new NoteProblem(file.RelativePath, 0, $"parser failed: {ex.GetType().Name}: {ex.Message}"));
            return;
        }
        if (episode.Unreadable)
        {
            // Empty, binary, not UTF-8, too large: nothing to index. The fatal warning says which, and where.
            foreach (var warning in episode.Warnings)
                Skipped.Add(new NoteProblem(file.RelativePath, warning.Line, warning.Message));
            return;
        }
        foreach (var warning in episode.Warnings)
            Warnings.Add(new NoteProblem(file.RelativePath, warning.Line, warning.Message));
        if (string.IsNullOrWhiteSpace(episode.Id))
        {
            Skipped.Add(new NoteProblem(file.RelativePath, 0, "the parser gave the note no id; skipped"));
            return;
        }
        if (!pathById.TryAdd(episode.Id, file.RelativePath))
        {
            Skipped.Add(new NoteProblem(file.RelativePath, 0, $"id '{episode.Id}' is already used by {pathById[episode.Id]}; skipped"));
            return;
        }
        episode = episode with { ContentHash = hash ?? episode.ContentHash, SourcePath = file.RelativePath };
        var isEpisode = episode.Kind == EpisodeKind.Episode;
        keptIsEpisode[episode.Id] = isEpisode;

        var document = EpisodeDocument.From(episode);
        Writer().UpdateDocument(new Term(IndexSchema.Id, episode.Id), document);
        Written.Add(episode);
        Interlocked.Increment(ref isEpisode ? ref indexedEpisodes : ref indexedOthers);
    }

    /// <summary>Deletes documents whose note was not kept or rewritten in this run; returns how many.</summary>
    public int DeleteMissing()
    {
        var gone = previous.Values.Select(n => n.Id).Where(id => !pathById.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (gone.Length == 0)
            return 0;
        Writer().DeleteDocuments(gone.Select(id => new Term(IndexSchema.Id, id)).ToArray());
        Removed.UnionWith(gone);
        return gone.Length;
    }

    /// <summary>The writer, opened if need be, for a stage that adds to this run's changes (semantic vectors).</summary>
    public IndexWriter OpenedWriter() => Writer();

    public void Commit(IndexMetadata metadata, IReadOnlyDictionary<string, string>? extraUserData = null)
    {
        var target = Writer();
        var userData = metadata.ToUserData();
        foreach (var (key, value) in extraUserData ?? new Dictionary<string, string>())
            userData[key] = value;
        target.SetCommitData(userData);
        target.Commit();
        target.Dispose(waitForMerges: true);
        writer = null;
    }

    public void Dispose()
    {
        // Not committed: drop everything this run wrote; the last commit stays as it was.
        try
        {
            writer?.Rollback();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A rollback that fails (disk full) leaves files no commit names; IndexLeftovers removes them next.
        }
        writer = null;
    }

    private IndexWriter Writer()
    {
        if (writer is { } existing)
            return existing;
        lock (writerLock)
        {
            writer ??= OpenWriter(OpenMode.CREATE_OR_APPEND);
            HasChanges = true;
            return writer;
        }
    }

    private IndexWriter OpenWriter(OpenMode mode)
    {
        HasChanges = true;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            // One flush at the end for the whole corpus instead of many small segments that must be merged.
            RAMBufferSizeMB = 512,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexingException($"another process is writing the index at {directory} (lock held): {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexingException($"cannot open the index for writing: {ex.Message}", ex);
        }
    }
}
