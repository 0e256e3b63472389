using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

/// <summary><c>podsearch index</c> as a user runs it: a real child process, its exit code and output.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void BadNotesAreNamedInTheSummaryAndTheExitCodeIsZero()
    {
        folder.WriteEpisodes("ferrous-hour", 3);
        folder.WriteBytes("ferrous-hour/empty.md", []);
        folder.WriteBytes("ferrous-hour/cover.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var (exit, output, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index);

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Matches(@"notes read\s+5", output);
        Assert.Matches(@"indexed\s+3", output);
        Assert.Matches(@"skipped\s+2", output);
        Assert.Contains("ferrous-hour/empty.md:", output);
        Assert.Contains("ferrous-hour/cover.md:", output);
        Assert.Contains("MB", output);
    }

    [Fact]
    public void RedirectedOutputGetsPlainProgressLines()
    {
        folder.WriteEpisodes("ferrous-hour", 20);

        var (exit, output, _) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index);

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\r', output);
        Assert.Contains("indexing: 20/20 notes (100%)", output);
    }

    [Fact]
    public void SecondRunReportsEverythingUnchanged()
    {
        folder.WriteEpisodes("ferrous-hour", 4);
        Assert.Equal(0, PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index).ExitCode);

        var (exit, output, _) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index);

        Assert.Equal(0, exit);
        Assert.Matches(@"unchanged\s+4", output);
        Assert.Contains("nothing changed", output);
    }

    [Fact]
    public void MissingNotesFolderExitsNonZeroWithAClearMessage()
    {
        var missing = Path.Combine(folder.Root, "no-such-notes");

        var (exit, _, error) = PodsearchProcess.Run("index", missing, "--index", folder.Index);

        Assert.Equal(1, exit);
        Assert.Contains("no-such-notes", error);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void UnwritableIndexFolderExitsNonZeroWithAClearMessage()
    {
        folder.WriteEpisodes("ferrous-hour", 1);
        var blocker = Path.Combine(folder.Root, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var (exit, _, error) = PodsearchProcess.Run("index", folder.Notes, "--index", Path.Combine(blocker, "index"));

        Assert.Equal(1, exit);
        Assert.Contains("not writable", error);
    }

    [Fact]
    public void MissingNotesArgumentIsAUsageError()
    {
        var (exit, _, error) = PodsearchProcess.Run("index");

        Assert.Equal(2, exit);
        Assert.Contains("notes folder", error);
    }

    [Fact]
    public void DomainDimensionsOutOfRangeIsAUsageError()
    {
        folder.WriteEpisodes("ferrous-hour", 1);

        var (exit, _, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--domain-dims", "3");

        Assert.Equal(2, exit);
        Assert.Contains("--domain-dims", error);
        Assert.False(Directory.Exists(folder.Index) && Directory.EnumerateFiles(folder.Index).Any());
    }
}
