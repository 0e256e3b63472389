using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Http;

[Collection("host")]
public sealed class SearchApiTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task SearchFindsTheEpisodeAboutTheWordsAndMarksThem()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?q=supervisor"));
        var expected = fixture.Episodes.Where(e => Mentions(e, "supervisor")).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(expected);
        // Typo tolerance may add weaker matches below; every episode that has the word comes first.
        Assert.Equal(expected, ApiAssert.Ids(result).Take(expected.Count).ToHashSet());
        var snippets = result.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("snippets").EnumerateArray()).ToList();
        Assert.Contains(snippets, s => s.GetProperty("text").GetString()!.Contains("<mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResultHasTheShapeOfTheCommandLineJson()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?q=queue&facets=guest"));
        foreach (var name in new[] { "query", "total", "tookMs", "suggestion", "hits", "facets" })
            Assert.True(result.TryGetProperty(name, out _), $"missing '{name}'");
        var hit = result.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "podcast", "podcastTitle", "date", "guests", "hosts", "score", "snippets" })
            Assert.True(hit.TryGetProperty(name, out _), $"hit is missing '{name}'");
        Assert.Equal("queue", result.GetProperty("query").GetString());
    }

    [Fact]
    public async Task GuestFilterReturnsExactlyTheEpisodesNamingTheGuest()
    {
        const string guest = "Ilse Dvořák";
        var expected = fixture.Episodes.Where(e => e.Guests.Contains(guest)).Select(e => e.Id).ToHashSet();
        Assert.True(expected.Count >= 2);
        var result = await ApiAssert.Json(await client.GetAsync("api/search?guest=" + Uri.EscapeDataString(guest) + "&limit=100"));
        Assert.Equal(expected, ApiAssert.Ids(result).ToHashSet());
        Assert.Equal(expected.Count, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task RepeatedFilterValuesAreAlternativesAndFieldsCombine()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?guest=Sofia%20Brandt&guest=Marek%20Lindqvist&podcast=night-shift-ops"));
        var expected = fixture.Episodes.Where(e => e.Podcast == "night-shift-ops" && (e.Guests.Contains("Sofia Brandt") || e.Guests.Contains("Marek Lindqvist")))
            .Select(e => e.Id).ToHashSet();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, ApiAssert.Ids(result).ToHashSet());
    }

    [Fact]
    public async Task FacetCountsEqualTheParsedNotes()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?facets=guest,podcast,year&limit=0"));
        Assert.Equal(fixture.Episodes.Count, result.GetProperty("total").GetInt32());
        Assert.Empty(result.GetProperty("hits").EnumerateArray());
        var facets = result.GetProperty("facets");
        AssertCounts(facets.GetProperty("guest"), fixture.Episodes.SelectMany(e => e.Guests.Distinct()));
        AssertCounts(facets.GetProperty("podcast"), fixture.Episodes.Select(e => e.Podcast));
        AssertCounts(facets.GetProperty("year"), fixture.Episodes.Where(e => e.Date is not null).Select(e => e.Date!.Value.Year.ToString()));
    }

    [Fact]
    public async Task NewestSortOrdersByDateAndPagesDoNotOverlap()
    {
        var expected = fixture.Episodes.OrderByDescending(e => e.Date).Select(e => e.Id).ToList();
        var first = ApiAssert.Ids(await ApiAssert.Json(await client.GetAsync("api/search?sort=newest&limit=3")));
        var second = ApiAssert.Ids(await ApiAssert.Json(await client.GetAsync("api/search?sort=newest&limit=3&offset=3")));
        Assert.Equal(expected.Take(6), first.Concat(second));
        var oldest = ApiAssert.Ids(await ApiAssert.Json(await client.GetAsync("api/search?sort=oldest&limit=1")));
        Assert.Equal(expected[^1], Assert.Single(oldest));
    }

    [Fact]
    public async Task DateRangeKeepsOnlyEpisodesInside()
    {
        var result = await ApiAssert.Json(await client.GetAsync("api/search?from=2020&to=2021-01&limit=100"));
        var expected = fixture.Episodes.Where(e => e.Date >= new DateTime(2020, 1, 1) && e.Date < new DateTime(2021, 2, 1)).Select(e => e.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ApiAssert.Ids(result).ToHashSet());
    }

    [Fact]
    public async Task PostTakesTheSameSearchAsAJsonBody()
    {
        var get = await ApiAssert.Json(await client.GetAsync("api/search?q=queue&guest=Ilse%20Dvo%C5%99%C3%A1k&sort=newest&facets=tag"));
        var post = await ApiAssert.Json(await client.PostAsJsonAsync("api/search",
            new { q = "queue", guest = new[] { "Ilse Dvořák" }, sort = "newest", facets = new[] { "tag" } }));
        Assert.Equal(ApiAssert.Ids(get), ApiAssert.Ids(post));
        Assert.Equal(get.GetProperty("facets").GetRawText(), post.GetProperty("facets").GetRawText());
    }

    [Fact]
    public async Task ResponsesAreCompressedWhenTheClientAsks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/search?q=queue&facets=guest,tag");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var brotli = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var body = await JsonDocument.ParseAsync(brotli);
        Assert.True(body.RootElement.GetProperty("total").GetInt32() > 0);
    }

    private static void AssertCounts(JsonElement facet, IEnumerable<string> values)
    {
        var expected = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var actual = facet.EnumerateArray().Where(v => v.GetProperty("value").ValueKind == JsonValueKind.String)
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    private static bool Mentions(Core.Notes.Episode e, string word) =>
        new[] { e.Title, e.Summary ?? "" }.Concat(e.Topics.Select(t => t.Text)).Concat(e.Transcript.Select(t => t.Text))
            .Concat(e.Picks.SelectMany(p => p.Items.Select(i => i.Text)))
            .Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
}
