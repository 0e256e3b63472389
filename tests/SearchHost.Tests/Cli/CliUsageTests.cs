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
            Assert.Contains($"usage: podsearch {command}", output);
            Assert.Contains(CommandCatalog.All[command].Summary, output);
            Assert.Contains("exit codes", output);
        }
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
