using System.Net;
using System.Net.Http.Json;
using System.Web;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>Issue 13's defects of the HTTP door, each checked against the real host over the fixture index.</summary>
[Collection("host")]
public sealed class ContractDefectTests(HostFixture fixture)
{
    private const string Ilse = "Ilse Dvořák";
    private readonly HttpClient client = fixture.Client;

    private static bool Names(Episode e, string name) => Research.ResearchApiTests.Names(e, name);

    [Fact]
    public void ARequestTheCoreRefusesIsA400WithTheCoresCodeNotA500()
    {
        var (status, code, _, parameter) = ProblemMapping.Map(new SearchRequestException("invalid_paging", "offset may be at most 10000"));
        Assert.Equal(400, status);
        Assert.Equal("invalid_paging", code);
        Assert.Equal("offset", parameter);
        Assert.Equal(400, ProblemMapping.Map(new SearchRequestException("invalid_range", "from is after to")).Status);
    }

    [Fact]
    public void AnIndexOfAnotherSchemaVersionStopsTheHostWithTheRebuildMessage()
    {
        var message = SearchHostApp.StartupMessage(new IndexVersionException("/tmp/old-index", 3));
        Assert.NotNull(message);
        Assert.Contains("schema version 3", message);
        Assert.Contains("podsearch index", message);
    }

    [Fact]
    public async Task GetSearchTakesWithLikeTheCommandLine()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?with=Ilse%20Dvorak&with=Renata%20Silva&limit=100"));
        var expected = fixture.Episodes.Where(e => Names(e, Ilse) && Names(e, "Renata Silva")).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ApiAssert.Ids(result).ToHashSet());

        var posted = await ApiAssert.Json(await client.PostAsJsonAsync("api/search", new { with = new[] { "Ilse Dvorak", "Renata Silva" }, limit = 100 }));
        Assert.Equal(expected, ApiAssert.Ids(posted).ToHashSet());
    }

    [Fact]
    public async Task GetSearchTakesSemanticRatioAndChecksIt()
    {
        await ApiAssert.Json(await client.GetAsync("api/search?q=queue&semantic_ratio=0.25"));
        await ApiAssert.Json(await client.PostAsJsonAsync("api/search", new { q = "queue", semantic_ratio = 0.25 }));
        await ApiAssert.Problem(await client.GetAsync("api/search?q=queue&semantic_ratio=2"), HttpStatusCode.BadRequest, "invalid_parameter", "semantic_ratio");
        await ApiAssert.Problem(await client.GetAsync("api/search?q=queue&semantic_ratio=half"), HttpStatusCode.BadRequest, "invalid_parameter", "semantic_ratio");
    }

    [Fact]
    public async Task TheCommandLinesFacetSpellingPicksByIsTakenToo()
    {
        var kebab = await ApiAssert.Json(await client.GetAsync("api/search?facets=picks-by"));
        var snake = await ApiAssert.Json(await client.GetAsync("api/search?facets=picks_by"));
        Assert.Equal(snake.GetProperty("facets").GetRawText(), kebab.GetProperty("facets").GetRawText());
        Assert.True(kebab.GetProperty("facets").GetProperty("picks_by").GetArrayLength() > 0);
    }

    [Fact]
    public async Task FeedItemsLinkToAnEpisodeViewThisHostServes()
    {
        var rss = await client.GetStringAsync("api/search.rss?q=queue");
        var links = System.Xml.Linq.XDocument.Parse(rss).Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.NotEmpty(links);
        var ids = fixture.Episodes.Select(e => e.Id).ToHashSet();
        foreach (var link in links)
        {
            var uri = new Uri(link);
            Assert.Contains(HttpUtility.ParseQueryString(uri.Query)["episode"] ?? "", ids);
            using var page = await client.GetAsync(uri.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
