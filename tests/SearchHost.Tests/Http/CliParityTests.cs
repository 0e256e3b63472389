using System.Text.Json;
using System.Text.Json.Nodes;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// Issue 13, must show 2: for the judged queries (tests/Eval/queries.jsonl) and a set of filter combinations,
/// <c>podsearch search --json</c> and <c>GET /api/search</c> write the same document, key for key (only
/// <c>tookMs</c>, a time, may differ). The command line runs in this process (its real entry point, output captured),
/// so the collection runs alone: it swaps the console.
/// </summary>
[Collection(InProcessCliCollection.Name)]
public sealed class CliParityTests(HostFixture fixture)
{
    /// <summary>Filter combinations as (CLI arguments, query string), each run with and without every judged query's words.</summary>
    public static TheoryData<string[], string> FilterCombinations() => new()
    {
        { ["--facets", "guest,tag"], "facets=guest,tag" },
        { ["--guest", "Ilse Dvořák", "--sort", "newest", "--limit", "2", "--offset", "1"], "guest=Ilse%20Dvo%C5%99%C3%A1k&sort=newest&limit=2&offset=1" },
        { ["--podcast", "night-shift-ops", "--podcast", "byte-garden", "--from", "2019-01", "--to", "2021"], "podcast=night-shift-ops&podcast=byte-garden&from=2019-01&to=2021" },
        { ["--podcast", "byte-garden", "--year", "2020", "--facets", "podcast,year,picks-by"], "podcast=byte-garden&year=2020&facets=podcast,year,picks_by" },
        { ["--mode", "lexical", "--facets", "host,link-domain", "--limit", "20"], "mode=lexical&facets=host,link_domain&limit=20" },
        { ["--mode", "hybrid", "--semantic-ratio", "0.3", "--tag", "kubernetes"], "mode=hybrid&semantic_ratio=0.3&tag=kubernetes" },
        { ["--with", "Ilse Dvořák", "--facets", "podcast"], "with=Ilse%20Dvo%C5%99%C3%A1k&facets=podcast" },
    };

    [Theory]
    [MemberData(nameof(FilterCombinations))]
    public async Task EveryJudgedQueryGivesTheSameDocumentThroughBothDoors(string[] cliFilters, string queryString)
    {
        foreach (var query in JudgedQueries().Prepend("supervisor queue"))
        {
            var api = JsonNode.Parse((await ApiAssert.Json(await fixture.Client.GetAsync(
                $"api/search?q={Uri.EscapeDataString(query)}&{queryString}"))).GetRawText())!.AsObject();
            var (code, output, errors) = InProcessCli.Run(["search", query, .. cliFilters, "--json", "--index", fixture.IndexPath]);
            Assert.True(code == 0, errors);
            var cli = JsonNode.Parse(output)!.AsObject();
            api.Remove("tookMs");
            cli.Remove("tookMs");
            Assert.True(JsonNode.DeepEquals(api, cli), $"'{query}' {queryString}:\n cli {cli.ToJsonString()}\n api {api.ToJsonString()}");
        }
    }

    /// <summary>The judged query texts (the fixture index holds other notes, so most find little: the shape is what is compared).</summary>
    private static IEnumerable<string> JudgedQueries() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Eval", "queries.jsonl"))
        .Where(line => line.Trim().Length > 0)
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("query").GetString()!);
}

/// <summary>Tests that run the command line in this process: alone, since they swap the console.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCliCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "in-process-cli";
}
