using System.Globalization;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Refuses to start a run that cannot finish for lack of disk space, instead of failing after minutes of work.
/// A full build writes the new segments while the previous commit stays on disk until the new one is written,
/// flushes and merges (a merge writes its output before deleting its inputs), and writes the semantic model:
/// measured at up to 3x the index's final size. An incremental run may merge the largest segments, so it asks
/// for the index's size once more plus the changed part.
/// </summary>
internal static class DiskSpace
{
    public const int FullBuildFactor = 3;

    /// <summary>Index bytes per note byte, measured on the shared corpus (about 0.6 with passage vectors); rounded
    /// up, so a first build of a folder is checked against a safe estimate.</summary>
    private const double IndexBytesPerNoteByte = 1.0;

    /// <summary>Set <c>PODSEARCH_MIN_FREE_BYTES</c> to override the estimate (tests of a full disk mid-run use 0).</summary>
    public const string OverrideVariable = "PODSEARCH_MIN_FREE_BYTES";

    public static void Check(string indexPath, IReadOnlyList<NoteFile> files, long currentIndexBytes, bool fullBuild)
    {
        var needed = Needed(files, currentIndexBytes, fullBuild);
        long available;
        try
        {
            available = new DriveInfo(indexPath).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return; // Unknown: the run goes on, and a full disk mid-run still fails cleanly.
        }
        if (available < needed)
            throw new IndexingException(string.Create(CultureInfo.InvariantCulture,
                $"not enough free disk space for the index at {indexPath}: {Mb(available)} free, about {Mb(needed)} needed ({(fullBuild ? $"a full build needs {FullBuildFactor}x the index's size" : "an incremental run needs the index's size again")}); nothing was changed"));
    }

    private static long Needed(IReadOnlyList<NoteFile> files, long currentIndexBytes, bool fullBuild)
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedBytes))
            return fixedBytes;
        var notesBytes = files.Sum(f => f.Length);
        var estimated = (long)(notesBytes * IndexBytesPerNoteByte);
        return fullBuild ? FullBuildFactor * Math.Max(estimated, currentIndexBytes) : currentIndexBytes;
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
