using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary><c>GET /api/search</c> answers with the JSON of <c>podsearch search --json</c> for the same search (the API may add keys, never change one).</summary>
[Collection("host")]
public sealed class CliParityTests(HostFixture fixture)
{
    [Theory]
    [InlineData("api/search?q=queue&facets=guest,tag", new[] { "queue", "--facets", "guest,tag" })]
    [InlineData("api/search?guest=Ilse%20Dvo%C5%99%C3%A1k&sort=newest&limit=2&offset=1", new[] { "--guest", "Ilse Dvořák", "--sort", "newest", "--limit", "2", "--offset", "1" })]
    [InlineData("api/search?q=supervisor&podcast=night-shift-ops&podcast=byte-garden&from=2019-01&to=2021", new[] { "supervisor", "--podcast", "night-shift-ops", "--podcast", "byte-garden", "--from", "2019-01", "--to", "2021" })]
    public async Task ApiJsonEqualsTheCommandLineJson(string url, string[] cliArgs)
    {
        var api = await ApiAssert.Json(await fixture.Client.GetAsync(url));
        var (code, output) = await PodsearchProcess.RunAsync(TimeSpan.FromMinutes(1), ["search", .. cliArgs, "--json", "--index", fixture.IndexPath]);
        Assert.True(code == 0, output);
        var cli = JsonDocument.Parse(output.Split('\n').First(l => l.StartsWith('{'))).RootElement;
        foreach (var property in cli.EnumerateObject().Where(p => p.Name != "tookMs"))
            Assert.True(api.TryGetProperty(property.Name, out var value) && Canonical(value) == Canonical(property.Value),
                $"'{property.Name}' differs:\n cli {property.Value.GetRawText()}\n api {(api.TryGetProperty(property.Name, out var v) ? v.GetRawText() : "(missing)")}");
    }

    /// <summary>Only the keys the command line writes, numbers rounded as it rounds them.</summary>
    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject()
            .Where(p => p.Name is not ("lexicalRank" or "lexicalScore" or "semanticRank" or "semanticScore"))
            .Select(p => p.Name + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.Number => Math.Round(element.GetDouble(), 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => element.GetRawText(),
    };
}
