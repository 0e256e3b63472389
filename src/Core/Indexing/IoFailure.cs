namespace PodSearch.Core.Indexing;

/// <summary>Words an IO failure of a run for the person who must fix it: disk full is said as such, with the
/// promise that matters (the last commit is as it was).</summary>
internal static class IoFailure
{
    // ENOSPC and EDQUOT on Linux; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFullCodes = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static bool IsDiskFull(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
            if (e is IOException && (DiskFullCodes.Contains(e.HResult) || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    public static string Describe(Exception ex, string indexPath)
    {
        var what = IsDiskFull(ex)
            ? $"the disk holding {indexPath} is full ({ex.Message}); free space (see README: a full build needs about {DiskSpace.FullBuildFactor}x the index's size) and run again"
            : $"an IO error stopped the run ({ex.GetType().Name}: {ex.Message})";
        return $"indexing failed: {what}; the index is as it was after the last successful run and this run's files were removed";
    }
}
