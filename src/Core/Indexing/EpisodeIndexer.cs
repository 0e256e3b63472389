using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PodSearch.Core.Analysis;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Builds or updates the index of a notes folder. Notes are read, hashed and (when changed) parsed on all
/// cores; each changed note replaces its document by id; documents whose notes are gone are deleted; the run
/// ends with one commit carrying <see cref="IndexMetadata"/>. A reader (or a process killed mid-run) only ever
/// sees the previous commit or this one, never a mix. A run that finds nothing changed writes nothing.
/// </summary>
public sealed class EpisodeIndexer
{
    private readonly IndexingOptions options;

    public EpisodeIndexer(IndexingOptions options)
    {
        this.options = options;
    }

    /// <exception cref="IndexingException">Fatal: notes folder missing, index folder not writable or locked.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the last commit is left as it was.</exception>
    public IndexingReport Run(Action<IndexingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var notesRoot = Path.GetFullPath(options.NotesRoot);
        var indexPath = Path.GetFullPath(options.IndexPath);
        if (!System.IO.Directory.Exists(notesRoot))
            throw new IndexingException($"notes folder '{options.NotesRoot}' does not exist");
        EnsureWritable(indexPath);
        Semantic.SemanticIndexStage.CheckModelFiles(options.Semantic);
        // Held to the end of the run: no other writer reads, writes, commits or cleans this folder meanwhile.
        using var writerLock = IndexWriterLock.Acquire(indexPath);
        if (options.SynonymsFile is { } synonyms)
            KeepSynonyms(synonyms, indexPath);

        using var directory = FSDirectory.Open(indexPath);
        IndexLeftovers.Remove(directory, indexPath);
        var fingerprint = BuildFingerprint.Compute(notesRoot);
        var (previous, rebuildReason) = ReadPrevious(directory, fingerprint);
        var walk = NoteFiles.Find(notesRoot);
        var files = walk.Files;
        DiskSpace.Check(indexPath, files, IndexSize(indexPath), fullBuild: rebuildReason is not null);

        RunOutcome outcome;
        try
        {
            outcome = IndexAndCommit(directory, notesRoot, indexPath, fingerprint, previous, rebuildReason, walk, clock, progress, cancellation);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The run was rolled back; its half-written segments and model file go too, so nothing is orphaned.
            IndexLeftovers.Remove(directory, indexPath);
            if (ex is IOException or UnauthorizedAccessException)
                throw new IndexingException(IoFailure.Describe(ex, indexPath), ex);
            throw;
        }
        var (run, deleted, semanticSummary, committed, indexingStarted, commitStarted, commitEnded) = outcome;

        return new IndexingReport
        {
            NotesRoot = notesRoot,
            IndexPath = indexPath,
            NotesRead = files.Count,
            IndexedEpisodes = run.IndexedEpisodes,
            IndexedOthers = run.IndexedOthers,
            Unchanged = run.Unchanged,
            Deleted = deleted,
            Skipped = Sorted(run.Skipped),
            Warnings = Sorted(run.Warnings),
            FullRebuildReason = rebuildReason,
            Committed = committed,
            EpisodesInIndex = run.EpisodesInIndex,
            OthersInIndex = run.OthersInIndex,
            Elapsed = clock.Elapsed,
            IndexingElapsed = commitStarted - indexingStarted,
            CommitElapsed = commitEnded - commitStarted,
            IndexSizeBytes = IndexSize(indexPath),
            SemanticSummary = semanticSummary,
        };
    }

    private sealed record RunOutcome(IndexingRun Run, int Deleted, string? SemanticSummary, bool Committed,
        TimeSpan IndexingStarted, TimeSpan CommitStarted, TimeSpan CommitEnded);

    /// <summary>Parses and writes the changed notes, deletes the gone ones, adds vectors and commits once; the run
    /// is rolled back (disposed uncommitted) when anything throws.</summary>
    private RunOutcome IndexAndCommit(Lucene.Net.Store.Directory directory, string notesRoot, string indexPath, string fingerprint,
        Dictionary<string, IndexedNote> previous, string? rebuildReason, NoteWalk walk, Stopwatch clock,
        Action<IndexingProgress>? progress, CancellationToken cancellation)
    {
        var files = walk.Files;
        using var run = new IndexingRun(directory, notesRoot, options, previous, rebuildReason is not null, progress, files.Count);
        foreach (var problem in walk.Skipped)
            run.Skipped.Add(problem);
        foreach (var problem in walk.Warnings)
            run.Warnings.Add(problem);
        var indexingStarted = clock.Elapsed;
        run.IndexAll(files, cancellation);
        var commitStarted = clock.Elapsed;
        var deleted = run.DeleteMissing();
        var (semanticData, semanticSummary) = ApplySemantic(run, directory, indexPath, rebuildReason is not null);

        var committed = false;
        if (run.HasChanges || rebuildReason is not null || semanticData is not null)
        {
            run.Commit(new IndexMetadata
            {
                SchemaVersion = IndexSchema.Version,
                NotesRoot = notesRoot,
                Episodes = run.EpisodesInIndex,
                Others = run.OthersInIndex,
                IndexedAt = DateTimeOffset.UtcNow,
                Fingerprint = fingerprint,
            }, semanticData);
            committed = true;
            if (semanticData is not null)
                Semantic.SemanticIndexStage.DeleteUnusedModels(indexPath, semanticData.GetValueOrDefault(Semantic.SemanticFields.ModelKey));
        }
        return new RunOutcome(run, deleted, semanticSummary, committed, indexingStarted, commitStarted, clock.Elapsed);
    }

    /// <summary>Passage vectors for what this run wrote (see <see cref="Semantic.SemanticIndexStage"/>), before the one commit.</summary>
    private (Dictionary<string, string>? UserData, string? Summary) ApplySemantic(IndexingRun run, Lucene.Net.Store.Directory directory, string indexPath, bool rebuild)
    {
        if (options.Semantic is null)
            return (null, null);
        using var previous = !rebuild && DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        var stage = new Semantic.SemanticIndexStage(options.Semantic);
        var data = stage.Apply(run.OpenedWriter, indexPath, previous, run.Written.ToList(), run.Removed);
        return (data, stage.Summary);
    }

    /// <summary>The last commit's notes by path, or an empty map and the reason why every note must be (re)written.</summary>
    private (Dictionary<string, IndexedNote> Notes, string? RebuildReason) ReadPrevious(Lucene.Net.Store.Directory directory, string fingerprint)
    {
        var none = new Dictionary<string, IndexedNote>();
        if (!DirectoryReader.IndexExists(directory))
            return (none, "new index");
        try
        {
            using var reader = DirectoryReader.Open(directory);
            var metadata = IndexMetadata.Read(reader);
            if (metadata.SchemaVersion != IndexSchema.Version)
                return (none, $"schema version {metadata.SchemaVersion} -> {IndexSchema.Version}");
            if (options.Full)
                return (none, "--full");
            if (metadata.Fingerprint != fingerprint)
                return (none, "parser build or _data changed");
            return (IndexedNotes.Read(reader), null);
        }
        catch (Exception ex) when (ex is IOException)
        {
            // Corrupt, too old or new, or naming a file that is gone: rebuilt from the notes.
            return (none, $"existing index unreadable ({ex.Message})");
        }
    }

    private static void EnsureWritable(string indexPath)
    {
        try
        {
            System.IO.Directory.CreateDirectory(indexPath);
            // Probe now rather than fail after minutes of parsing.
            var probe = Path.Combine(indexPath, $".write-probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexingException($"index folder '{indexPath}' is not writable: {ex.Message}", ex);
        }
    }

    private static void KeepSynonyms(string file, string indexPath)
    {
        try
        {
            // Load first: a malformed file must fail the run before it replaces a good one.
            SynonymFile.Load(file);
            File.Copy(file, Path.Combine(indexPath, Analyzers.IndexSynonymsFileName), overwrite: true);
        }
        catch (SynonymFileException ex)
        {
            throw new IndexingException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexingException($"cannot copy synonym file '{file}' into the index: {ex.Message}", ex);
        }
    }

    private static List<NoteProblem> Sorted(IEnumerable<NoteProblem> problems) =>
        problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();

    private static long IndexSize(string indexPath) =>
        new DirectoryInfo(indexPath).EnumerateFiles().Where(f => f.Name != IndexWriter.WRITE_LOCK_NAME).Sum(f => f.Length);
}
