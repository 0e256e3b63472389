using System.Globalization;

namespace PodSearch.Core.Indexing;

/// <summary>
/// The one-writer-at-a-time lock of an index folder, held for a whole <c>podsearch index</c> run: from before the
/// previous commit is read until after the new one is written and the leftovers are deleted. Lucene's own
/// <c>write.lock</c> is held only while an <c>IndexWriter</c> is open, and on Linux Lucene.Net takes it as a shared
/// lock, so two runs could both write and one could commit a generation naming files the other deleted.
/// This lock is an exclusive <c>flock</c> (what .NET takes for <see cref="FileShare.None"/>): the kernel frees
/// it when the process dies, even by <c>kill -9</c>, so a stale lock file never blocks the next run.
/// Who holds it (process id, start time) is written beside it, since a file locked this way cannot be read.
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    /// <summary>The locked file, inside the index folder (never deleted: deleting a locked file would let a
    /// third process lock a new inode while the second still waits on the old one).</summary>
    public const string FileName = "podsearch-writer.lock";
    public const string OwnerFileName = "podsearch-writer.owner";

    private readonly FileStream stream;
    private readonly string ownerPath;

    private IndexWriterLock(FileStream stream, string ownerPath)
    {
        this.stream = stream;
        this.ownerPath = ownerPath;
    }

    /// <summary>Takes the lock or fails at once (no waiting).</summary>
    /// <exception cref="IndexingException">Another process holds it: "the index at DIR is being written by process N since T".</exception>
    public static IndexWriterLock Acquire(string indexPath)
    {
        var lockPath = Path.Combine(indexPath, FileName);
        var ownerPath = Path.Combine(indexPath, OwnerFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(lockPath))
        {
            throw new IndexingException($"the index at {indexPath} is being written by {Owner(ownerPath)}; wait for it to finish (or stop it) and run again", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IndexingException($"cannot lock the index at {indexPath} for writing: {ex.Message}", ex);
        }
        try
        {
            // Written aside and renamed, so a second writer never reads half a line.
            var pending = ownerPath + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(pending, string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessId} {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n"));
            File.Move(pending, ownerPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the message of a second writer is poorer for it; the lock itself is held.
        }
        return new IndexWriterLock(stream, ownerPath);
    }

    /// <summary>Who holds the lock. The holder writes its owner file just after taking the lock, so a writer that
    /// lost a close race waits a moment for it rather than naming nobody.</summary>
    private static string Owner(string ownerPath)
    {
        var deadline = DateTime.UtcNow + OwnerWait;
        while (true)
        {
            try
            {
                var parts = File.ReadAllText(ownerPath).Trim().Split(' ');
                if (parts.Length == 2)
                    return $"process {parts[0]} since {parts[1]}";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The holder may be between taking the lock and writing who it is.
            }
            if (DateTime.UtcNow >= deadline)
                return "another process";
            Thread.Sleep(25);
        }
    }

    private static readonly TimeSpan OwnerWait = TimeSpan.FromSeconds(2);

    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover owner file is only read when the lock is held, so it can never mislead.
        }
        stream.Dispose();
    }
}
