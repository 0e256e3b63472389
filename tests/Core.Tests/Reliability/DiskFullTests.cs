using System.Diagnostics;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Reliability;

/// <summary>
/// A disk that fills up mid-run, for real: the index lives on a small tmpfs. Early (the first segment files) or late
/// (after every note was read: the segment flush, the passage vectors, which are documents of the same index, and
/// the commit), the run must end with a clear message and exit 1, leave the last commit as it was and no orphan files. Skipped, saying why, where the test cannot mount a tmpfs (not root, no mount).
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    // The free-space check before a run would refuse these runs up front; here the disk must fill during the run.
    private static readonly Dictionary<string, string> NoUpFrontCheck = new() { ["PODSEARCH_MIN_FREE_BYTES"] = "0" };

    private readonly NotesFolder folder = new();
    private readonly string disk;

    public DiskFullTests()
    {
        // Short notes without transcripts: their vectors are a large share of the index, so the disk can be sized
        // to fill up in the vector stage.
        folder.WriteEpisodes("night-shift", 600, transcriptTurns: 0);
        disk = Path.Combine(folder.Root, "disk");
        Directory.CreateDirectory(disk);
    }

    [SkippableTheory]
    [InlineData("first-writes", 96 * 1024)]   // full before the first segment is written
    [InlineData("after-all-notes", 0)]        // full once every note is read: segment flush, passage vectors, commit
    public void ADiskFullRunFailsCleanlyAndKeepsTheLastCommit(string stage, long tmpfsBytes)
    {
        var size = tmpfsBytes;
        if (stage == "after-all-notes")
        {
            // Room for the previous (lexical-only) commit and most of a new one, not for the new one with its vectors.
            var lexicalBytes = IndexBytes("--no-vectors");
            var withVectors = IndexBytes();
            size = 2 * lexicalBytes + (withVectors - lexicalBytes) / 2;
            Skip.If(withVectors - lexicalBytes < 2 * 64 * 1024, $"the vectors of these notes ({withVectors - lexicalBytes} bytes beside {lexicalBytes}) are too small to fill the disk in their stage");
        }
        Skip.IfNot(Mount(size, out var why), why);
        try
        {
            var index = Path.Combine(disk, "index");
            var committed = stage == "after-all-notes";
            if (committed)
            {
                var (first, firstOut, firstErr) = PodsearchProcess.Run(NoUpFrontCheck, "index", folder.Notes, "--index", index, "--no-vectors");
                Assert.True(first == 0, $"the first, lexical-only build should fit: {firstOut}{firstErr}");
            }
            var before = Files(index);

            var (exit, output, error) = PodsearchProcess.Run(NoUpFrontCheck, "index", folder.Notes, "--index", index, "--full");

            Assert.True(exit == 1, $"exit {exit} on a {size}-byte disk\n{output}\n{error}");
            if (committed)
                Assert.True(output.Contains("600/600 notes (100%)"), $"the disk filled before every note was read (disk {size} bytes):\n{output}\n{error}");
            Assert.Contains("is full", error);
            Assert.Contains("the index is as it was after the last successful run", error);
            Assert.DoesNotContain("   at ", error);   // a message, not a stack trace
            Assert.Equal(before, Files(index));          // no orphans: exactly the files of the last commit
            if (committed)
            {
                var (searchExit, found, searchErr) = PodsearchProcess.Run("search", "supervision trees", "--index", index, "--json");
                Assert.True(searchExit == 0, searchErr);
                Assert.Contains("night-shift/", found);
                var (checkExit, checkOut, checkErr) = PodsearchProcess.Run("index", "--check", "--index", index);
                Assert.True(checkExit == 0, checkOut + checkErr);
            }
        }
        finally
        {
            Unmount();
        }
    }

    /// <summary>The size of an index of the notes on an ordinary disk, built with <paramref name="options"/>.</summary>
    private long IndexBytes(params string[] options)
    {
        var index = Path.Combine(folder.Root, "sizing-" + string.Join("", options).Trim('-'));
        var (exit, output, error) = PodsearchProcess.Run(["index", folder.Notes, "--index", index, .. options]);
        Assert.True(exit == 0, output + error);
        return Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    }

    private static string[] Files(string index) => Directory.Exists(index)
        ? Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).Where(n => n is not ("write.lock" or "podsearch-writer.lock")).Order(StringComparer.Ordinal).ToArray()
        : [];

    private bool Mount(long bytes, out string why)
    {
        why = "";
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            why = "mounting a tmpfs needs Linux and root";
            return false;
        }
        var (exit, output) = Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", disk);
        why = $"could not mount a tmpfs: {output}";
        return exit == 0;
    }

    private void Unmount() => Run("umount", disk);

    private static (int ExitCode, string Output) Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, text);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    public void Dispose() => folder.Dispose();
}
