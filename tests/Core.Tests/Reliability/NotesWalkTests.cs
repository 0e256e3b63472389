using System.Diagnostics;
using PodSearch.Core.Indexing;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Reliability;

/// <summary>
/// A notes folder set with traps (a link to its own folder, a FIFO, a link to /dev/zero, hidden and upper-case
/// names, two paths that once shared an id): the run finishes, indexes every real note once, and names each
/// trap in a warning or a skipped entry.
/// </summary>
public sealed class NotesWalkTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    private IndexingReport RunWithin(TimeSpan limit)
    {
        var task = Task.Run(() => new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index }).Run());
        Assert.True(task.Wait(limit), $"indexing did not finish within {limit} (trapped by the walk?)");
        return task.Result;
    }

    [SkippableFact]
    public void SymlinkLoopFifoAndDeviceLinkAreNamedAndTheRunFinishes()
    {
        Skip.If(OperatingSystem.IsWindows(), "links to folders, FIFOs and /dev/zero are Unix cases");
        folder.WriteEpisodes("ruby-rogues", 3);
        Directory.CreateSymbolicLink(folder.PathOf("ruby-rogues/self"), ".");
        Directory.CreateSymbolicLink(folder.PathOf("loop"), folder.Notes);
        File.CreateSymbolicLink(folder.PathOf("ruby-rogues/z.md"), "/dev/zero");
        MakeFifo(folder.PathOf("ruby-rogues/p.md"));

        var report = RunWithin(TimeSpan.FromSeconds(60));

        Assert.Equal(3, report.IndexedEpisodes);
        Assert.Equal(3, report.EpisodesInIndex);
        Assert.Contains(report.Warnings, w => w.Path == "ruby-rogues/self/" && w.Message.Contains("symbolic link"));
        Assert.Contains(report.Warnings, w => w.Path == "loop/" && w.Message.Contains("not followed"));
        Assert.Contains(report.Skipped, s => s.Path == "ruby-rogues/p.md" && s.Message.Contains("FIFO"));
        Assert.Contains(report.Skipped, s => s.Path == "ruby-rogues/z.md" && s.Message.Contains("character device") && s.Message.Contains("/dev/zero"));
    }

    [Fact]
    public void NamesAreReadCaseInsensitivelyHiddenOnesAreReportedAndIdsNeverCollide()
    {
        folder.WriteEpisodes("ruby-rogues", 2);
        folder.Write("ruby-rogues/UPPER.MD", NotesFolder.Episode("ruby-rogues", 40, title: "An upper case name"));
        folder.Write("ruby-rogues/..md", NotesFolder.Episode("ruby-rogues", 41));
        folder.Write("ruby-rogues/x/y.md", NotesFolder.Episode("ruby-rogues", 42, title: "The real note in a subfolder"));
        folder.Write("ruby-rogues/pair.md", NotesFolder.Episode("ruby-rogues", 43));
        folder.Write("ruby-rogues/pair.Md", NotesFolder.Episode("ruby-rogues", 44));
        if (!OperatingSystem.IsWindows())
            folder.Write("ruby-rogues/x\\y.md", NotesFolder.Episode("ruby-rogues", 45, title: "A backslash in a file name"));

        var report = RunWithin(TimeSpan.FromSeconds(60));

        Assert.Contains(report.Skipped, s => s.Path == "ruby-rogues/..md" && s.Message.Contains("hidden"));
        var collision = Assert.Single(report.Skipped, s => s.Message.Contains("would get the id"));
        Assert.Equal("ruby-rogues/pair.md", collision.Path);
        Assert.Contains("ruby-rogues/pair.Md", collision.Message);
        var expected = OperatingSystem.IsWindows() ? 5 : 6; // 2 + UPPER + x/y + pair + x\y
        Assert.Equal(expected, report.EpisodesInIndex);
        using var reader = IndexMetadata.OpenReader(folder.Index);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        int Count(string id) => searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexSchema.Id, id)), 1).TotalHits;
        Assert.Equal(1, Count("ruby-rogues/UPPER"));
        Assert.Equal(1, Count("ruby-rogues/x/y"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(1, Count("ruby-rogues/x\\y"));
    }

    [SkippableFact]
    public void AnUnreadableFolderIsNamed()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        Skip.If(Environment.UserName == "root", "root reads every folder whatever its permissions, so this case cannot be made here");
        folder.WriteEpisodes("ruby-rogues", 2);
        folder.WriteEpisodes("locked-show", 2);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder.PathOf("locked-show"), UnixFileMode.None);
        try
        {
            var report = RunWithin(TimeSpan.FromSeconds(60));
            Assert.Contains(report.Warnings, w => w.Path == "locked-show/" && w.Message.Contains("cannot be read"));
            Assert.Equal(2, report.EpisodesInIndex);
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(folder.PathOf("locked-show"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
