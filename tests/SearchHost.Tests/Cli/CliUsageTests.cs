using PodSearch.Indexer.Commands;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests.Cli;

/// <summary>
/// Issue 13, must show 1: <c>--help</c> on every command, <c>--version</c>, and each usage mistake the issue lists,
/// with its message and exit code (0 success, 1 a runtime failure, 2 a usage error), through the real entry point.
/// </summary>
[Collection(InProcessCliCollection.Name)]
public sealed class CliUsageTests(HostFixture fixture)
{
    public static TheoryData<string> Commands() => [.. CommandCatalog.All.Keys.Order()];

    [Theory]
    [MemberData(nameof(Commands))]
    public void HelpOnEveryCommandExitsZeroAndShowsItsUsage(string command)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, output, errors) = InProcessCli.Run(command, help);
            Assert.True(code == 0, errors);
            Assert.Contains($"Usage:\n  podsearch {command}", output.ReplaceLineEndings("\n"));
            Assert.Contains(CommandCatalog.All[command].Summary, output);
            Assert.Contains("Exit codes: 0 success, 1 a runtime failure, 2 a usage error", output);
            // Every option the command declares, which is every option it accepts.
            foreach (var option in CommandCatalog.All[command].Options)
                Assert.Contains("--" + option.Name, output);
        }
    }

    [Fact]
    public void HelpWithoutACommandListsEveryCommand()
    {
        var (code, output, _) = InProcessCli.Run("--help");
        Assert.Equal(0, code);
        foreach (var command in CommandCatalog.All.Values)
            Assert.Contains(command.Summary, output);
        // No arguments at all: the same list, as a usage error.
        Assert.Equal(2, InProcessCli.Run().ExitCode);
    }

    [Fact]
    public void AWordAfterADoubleDashIsAQueryEvenWhenItLooksLikeAnOption()
    {
        var (code, output, errors) = InProcessCli.Run("search", "--json", "--index", fixture.IndexPath, "--", "--bogus");
        Assert.True(code == 0, errors);
        Assert.Equal("--bogus", System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public void AValueStartingWithDashesIsGivenWithAnEqualsSign()
    {
        var (code, output, errors) = InProcessCli.Run("search", "--guest=--odd", "--json", "--index", fixture.IndexPath);
        Assert.True(code == 0, errors);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void AFlagDoesNotTakeTheNextWord()
    {
        var note = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "notes", "byte-garden"), "*.md").First();
        var (code, _, errors) = InProcessCli.Run("parse", "--json", note);
        // The note was read as the path (parse writes its records to the raw standard output, so only the summary is seen here).
        Assert.True(code == 0, errors);
        Assert.Contains("1 notes: 1 episodes", errors);
    }

    [Fact]
    public void SearchHelpListsEveryFilterAndOption()
    {
        var (_, output, _) = InProcessCli.Run("search", "--help");
        foreach (var option in new[] { "--guest", "--host", "--podcast", "--tag", "--year", "--picks-by", "--link-domain", "--from", "--to", "--sort",
                     "--limit", "--offset", "--facets", "--mode", "--semantic-ratio", "--exact", "--json", "--with", "--in", "--speaker", "--group", "--format", "--all", "--index" })
            Assert.Contains(option, output);
    }

    [Fact]
    public void VersionPrintsTheVersionAndExitsZero()
    {
        var (code, output, _) = InProcessCli.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^podsearch \d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData(new[] { "search", "x", "--bogus" }, "unknown option --bogus")]
    [InlineData(new[] { "search", "x", "--gest", "Ilse" }, "did you mean --guest?")]
    [InlineData(new[] { "search", "x", "--year", "abc" }, "--year must be a four-digit year")]
    [InlineData(new[] { "search", "x", "--guest", "--index", "idx" }, "option --guest needs a value")]
    [InlineData(new[] { "search", "x", "--facets", "colour" }, "unknown facet field 'colour'")]
    [InlineData(new[] { "search", "x", "--limit", "101" }, "--limit must be a whole number from 0 to 100")]
    [InlineData(new[] { "search", "x", "--semantic-ratio", "2" }, "--semantic-ratio must be a number from 0 to 1")]
    [InlineData(new[] { "search", "x", "--guest" }, "option --guest needs a value")]
    [InlineData(new[] { "search", "x", "--mode", "psychic" }, "--mode must be hybrid, lexical or semantic, not 'psychic'")]
    [InlineData(new[] { "search", "x", "--from", "2020-02", "--to", "2019" }, "--to (2019-12-31) is before --from (2020-02-01)")]
    [InlineData(new[] { "stats", "--bogus" }, "unknown option --bogus")]
    [InlineData(new[] { "facets", "tag", "--top", "many" }, "--top")]
    [InlineData(new[] { "nosuchcommand" }, "unknown command 'nosuchcommand'")]
    public void UsageMistakesExitTwoWithAMessage(string[] args, string message)
    {
        var (code, _, errors) = InProcessCli.Run([.. args, .. args[0] == "search" ? new[] { "--index", fixture.IndexPath } : []]);
        Assert.Equal(2, code);
        Assert.Contains(message, errors);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("similar")]
    public void AnUnknownEpisodeIsARuntimeFailureForShowAndSimilarAlike(string command)
    {
        var (code, _, errors) = InProcessCli.Run(command, "nope/nope", "--index", fixture.IndexPath);
        Assert.Equal(1, code);
        Assert.Contains("no episode with id 'nope/nope'", errors);
    }

    [Fact]
    public void TheFacetIsPicksByInBothSpellings()
    {
        var (kebab, kebabOut, _) = InProcessCli.Run("search", "--podcast", "byte-garden", "--facets", "picks-by", "--json", "--index", fixture.IndexPath);
        var (snake, snakeOut, _) = InProcessCli.Run("search", "--podcast", "byte-garden", "--facets", "picks_by", "--json", "--index", fixture.IndexPath);
        Assert.Equal((0, 0), (kebab, snake));
        Assert.Contains("\"picks_by\"", kebabOut);
        Assert.Equal(System.Text.Json.JsonDocument.Parse(kebabOut).RootElement.GetProperty("facets").GetRawText(),
            System.Text.Json.JsonDocument.Parse(snakeOut).RootElement.GetProperty("facets").GetRawText());
    }
}
