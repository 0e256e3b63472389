using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

/// <summary>
/// Each kind of bad note named in the foundation issue: the run goes on, every good note is indexed, and the bad
/// file is reported with its path, a line and a reason (as skipped when nothing could be read, else as a warning).
/// </summary>
public sealed class BadInputIndexingTests : IDisposable
{
    private const int GoodNotes = 3;
    private readonly NotesFolder folder = new();

    public BadInputIndexingTests()
    {
        folder.WriteEpisodes("ferrous-hour", GoodNotes);
    }

    public void Dispose() => folder.Dispose();

    private IndexingReport Run() => new EpisodeIndexer(new IndexingOptions { NotesRoot = folder.Notes, IndexPath = folder.Index }).Run();

    private static NoteProblem ProblemFor(IndexingReport report, string path) =>
        Assert.Single(report.Skipped.Concat(report.Warnings), p => p.Path == path && p.Message.Length > 0);

    private void AssertGoodNotesIndexed()
    {
        using var reader = IndexMetadata.OpenReader(folder.Index);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        for (var n = 1; n <= GoodNotes; n++)
            Assert.Equal(1, searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexSchema.Id, $"ferrous-hour/ferrous-hour-{n:000}")), 1).TotalHits);
    }

    [Fact]
    public void MalformedYamlIsReportedWithItsLineAndTheRestIsIndexed()
    {
        folder.Write("ferrous-hour/broken-yaml.md", "---\ntitle: \"unclosed\nepisode_number: [1, 2\ndate: : :\n---\n\nSome body text about lighthouses.\n");

        var report = Run();

        var problem = ProblemFor(report, "ferrous-hour/broken-yaml.md");
        Assert.InRange(problem.Line, 1, 5);
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void NoteWithoutFrontMatterIsReported()
    {
        folder.Write("ferrous-hour/no-front-matter.md", "# Just a heading\n\nA page with no YAML at all.\n");

        var report = Run();

        Assert.Contains(report.Skipped.Concat(report.Warnings), p => p.Path == "ferrous-hour/no-front-matter.md" && p.Message.Contains("front matter"));
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsLine()
    {
        var text = "---\ntitle: Caf\u00e9\n---\n\nline four\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
        // Replace the two-byte é on line 2 with a lone Latin-1 byte: not valid UTF-8.
        var at = bytes.IndexOf(0xC3);
        bytes.RemoveRange(at, 2);
        bytes.Insert(at, 0xE9);
        folder.WriteBytes("ferrous-hour/latin1.md", bytes.ToArray());

        var report = Run();

        var problem = ProblemFor(report, "ferrous-hour/latin1.md");
        Assert.Equal(2, problem.Line);
        Assert.Contains("UTF-8", problem.Message);
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void EmptyFileIsSkipped()
    {
        folder.WriteBytes("ferrous-hour/empty.md", []);

        var report = Run();

        Assert.Contains(report.Skipped, p => p.Path == "ferrous-hour/empty.md" && p.Message.Contains("empty"));
        Assert.Equal(GoodNotes, report.IndexedEpisodes);
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void BinaryFileIsSkipped()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        folder.WriteBytes("ferrous-hour/cover.md", png);

        var report = Run();

        Assert.Contains(report.Skipped, p => p.Path == "ferrous-hour/cover.md" && p.Message.Contains("binary"));
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void FiftyMegabyteFileIsSkipped()
    {
        var path = folder.PathOf("ferrous-hour/huge.md");
        using (var stream = File.Create(path))
        {
            var line = "---\ntitle: huge\n---\n"u8.ToArray();
            stream.Write(line);
            var filler = System.Text.Encoding.ASCII.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
                stream.Write(filler);
        }

        var report = Run();

        Assert.Contains(report.Skipped, p => p.Path == "ferrous-hour/huge.md" && p.Message.Contains("MB"));
        Assert.Equal(GoodNotes, report.IndexedEpisodes);
        AssertGoodNotesIndexed();
    }

    [Fact]
    public void ANoteThatTurnsBadIsRemovedAndReported()
    {
        Run();
        folder.WriteBytes("ferrous-hour/ferrous-hour-002.md", []);

        var report = Run();

        Assert.Equal(1, report.Deleted);
        Assert.Contains(report.Skipped, p => p.Path == "ferrous-hour/ferrous-hour-002.md");
    }
}
