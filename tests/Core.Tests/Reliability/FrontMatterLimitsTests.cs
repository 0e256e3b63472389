using System.Text;
using PodSearch.Core.Notes;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Reliability;

/// <summary>
/// Front matter that would make YamlDotNet's tree builder overflow the stack or expand without end (a self-alias,
/// deep nesting, an alias bomb, a huge block) costs only a warning naming the file and line: the note keeps its
/// top-level key: value lines and every other note is indexed.
/// </summary>
public sealed class FrontMatterLimitsTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string SelfAlias = "---\ntitle: A note that refers to itself\ndate: 2021-03-04\na: &a [*a]\n---\n\nBody text.\n";

    /// <summary>Deep enough to overflow the tree builder's stack, small enough to pass the size cap.</summary>
    private static readonly string DeepNesting = "---\ntitle: Deeply nested\nx: " + new string('[', 60_000) + "\n---\n\nBody.\n";

    /// <summary>The classic nine-level alias bomb: a few hundred bytes that expand to 10^9 strings.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("---\ntitle: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }
        return yaml.Append("---\n\nBody.\n").ToString();
    }

    private static Episode Parse(string text) => new NoteParser(Path.GetTempPath()).Parse("show/hostile.md", text);

    [Fact]
    public void ASelfAliasIsAWarningOnItsLineAndTheTitleIsKept()
    {
        var episode = Parse(SelfAlias);

        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("alias *a", warning.Message);
        Assert.False(warning.Fatal);
        Assert.Equal("A note that refers to itself", episode.Title);
        Assert.Equal(new DateTime(2021, 3, 4), episode.Date);
    }

    [Fact]
    public void NestingPastTheCapIsAWarningNotAStackOverflow()
    {
        var episode = Parse(DeepNesting);

        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains($"deeper than {FrontMatterLimits.MaxDepth} levels", warning.Message);
        Assert.Equal("Deeply nested", episode.Title);
    }

    [Fact]
    public void TheHundredThousandBracketNoteIsRefusedBySizeBeforeAnyParsing()
    {
        var episode = Parse("---\ntitle: Deeply nested\nx: " + new string('[', 100_000) + "\n---\n\nBody.\n");

        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("KB limit", warning.Message);
        Assert.Equal("Deeply nested", episode.Title);
    }

    [Fact]
    public void AnAliasBombIsRefusedWithoutExpandingIt()
    {
        var bomb = AliasBomb();
        Assert.InRange(bomb.Length, 200, 600);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var episode = Parse(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(4, warning.Line); // b: the first line that uses an alias
        Assert.Contains("alias *a", warning.Message);
        Assert.Equal("Laughs", episode.Title);
        Assert.True(allocated < 50L * 1024 * 1024, $"the parse allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void AHugeFrontMatterIsRefusedBySize()
    {
        var text = "---\ntitle: Big\ndescription: " + new string('x', FrontMatterLimits.MaxChars) + "\n---\n\nBody.\n";

        var episode = Parse(text);

        var warning = Assert.Single(episode.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("KB limit", warning.Message);
        Assert.Equal("Big", episode.Title);
    }

    [Fact]
    public void OrdinaryAnchorsFreeFrontMatterStillReadsAsYaml()
    {
        var episode = Parse("---\ntitle: \"Quoted: with a colon\"\ntags:\n  - elixir\n  - otp\nnested:\n  a:\n    b: [1, 2]\n---\n\nBody.\n");

        Assert.Empty(episode.Warnings);
        Assert.Equal("Quoted: with a colon", episode.Title);
        Assert.Equal(["elixir", "otp"], episode.Tags);
    }

    [Fact]
    public void TheIndexerNamesEachHostileNoteAndIndexesTheRest()
    {
        folder.WriteEpisodes("ruby-rogues", 3);
        folder.Write("ruby-rogues/self-alias.md", SelfAlias);
        folder.Write("ruby-rogues/deep.md", DeepNesting);
        folder.Write("ruby-rogues/laughs.md", AliasBomb());

        var (exitCode, output, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var all = output + error;
        Assert.Contains("ruby-rogues/self-alias.md:4", all);
        Assert.Contains("ruby-rogues/deep.md:3", all);
        Assert.Contains("ruby-rogues/laughs.md:4", all);
        var (_, stats, _) = PodsearchProcess.Run("stats", "--index", folder.Index, "--json");
        Assert.Contains("\"episodes\": 6", stats.Replace("\"episodes\":6", "\"episodes\": 6"));
    }

    [Fact]
    public void ANoteOverItsParseBudgetIsSkippedWithAFatalWarning()
    {
        var parser = new NoteParser(Path.GetTempPath()) { Budget = new ParseBudget(TimeSpan.FromMinutes(1), AllocatedBytes: 1) };

        var episode = parser.Parse("show/any.md", NotesFolder.Episode("show", 1));

        var warning = Assert.Single(episode.Warnings, w => w.Fatal);
        Assert.Contains("MB budget for one note; note skipped", warning.Message);
        Assert.True(episode.Unreadable);
        Assert.Equal("show/any", episode.Id);
    }

    [Fact]
    public void AnOrdinaryNoteIsWellInsideTheDefaultBudget()
    {
        var episode = new NoteParser(Path.GetTempPath()).Parse("show/any.md", NotesFolder.Episode("show", 1, transcriptTurns: 400));

        Assert.DoesNotContain(episode.Warnings, w => w.Fatal);
        Assert.NotEmpty(episode.Transcript);
    }
}
