using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace PodSearch.Core.Indexing;

/// <summary>What <see cref="IndexCheck.Run"/> found: whether the last commit is whole, a summary, and how to recover.</summary>
public sealed record IndexCheckResult(bool Clean, string Summary, string? Recovery);

/// <summary>
/// <c>podsearch index --check</c>: Lucene's <c>CheckIndex</c> over the last commit (every segment opened, its
/// postings, stored fields, doc values and term vectors read and cross-checked), under the writer lock so a
/// running indexer cannot delete files mid-check. It never changes the index: the recovery it suggests is a
/// rebuild from the notes, which loses nothing, rather than CheckIndex's "fix", which drops documents.
/// </summary>
public static class IndexCheck
{
    /// <exception cref="IndexingException">No index there, or a writer is running.</exception>
    public static IndexCheckResult Run(string indexPath, TextWriter? details = null)
    {
        var path = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(path))
            throw new IndexingException($"no index at {path} (the folder does not exist)");
        using var writerLock = IndexWriterLock.Acquire(path);
        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory))
            throw new IndexingException($"no index at {path} (no segments file)");
        var checker = new CheckIndex(directory);
        if (details is not null)
            checker.InfoStream = details;
        CheckIndex.Status status;
        try
        {
            status = checker.DoCheckIndex();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IndexCheckResult(false, $"the index at {path} cannot be read: {ex.Message}", Rebuild(path));
        }
        var inv = CultureInfo.InvariantCulture;
        var documents = status.SegmentInfos.Sum(s => s.DocCount - s.NumDeleted);
        if (status.Clean)
            return new IndexCheckResult(true, string.Create(inv,
                $"the index at {path} is valid: {status.SegmentsFileName}, {status.NumSegments} segments, {documents} documents"), null);
        var problem = status.MissingSegments ? "its segments file is missing"
            : status.CantOpenSegments ? $"{status.SegmentsFileName} cannot be opened"
            : string.Create(inv, $"{status.NumBadSegments} of {status.NumSegments} segments are broken ({status.TotLoseDocCount} documents unreadable)");
        return new IndexCheckResult(false, $"the index at {path} is damaged: {problem}", Rebuild(path));
    }

    private static string Rebuild(string path)
    {
        var notes = IndexMetadataNotesRoot(path) ?? "<notes-dir>";
        return $"recover by rebuilding it from the notes (nothing is lost, the notes are the source): podsearch index {notes} --index {path} --full; if that fails too, delete {path} and run it again";
    }

    private static string? IndexMetadataNotesRoot(string path)
    {
        try
        {
            return IndexMetadata.TryRead(path)?.NotesRoot is { Length: > 0 } root ? root : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
