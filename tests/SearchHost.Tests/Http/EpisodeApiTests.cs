using System.Net;

namespace PodSearch.SearchHost.Tests.Http;

[Collection("host")]
public sealed class EpisodeApiTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task EpisodeIsTheFullParsedNote()
    {
        var expected = fixture.Episodes.Single(e => e.Id == "byte-garden/bg-001-fault-tolerant-queues-with-ilse-dvorak");
        var episode = await ApiAssert.Json(await client.GetAsync("api/episodes/" + expected.Id));
        Assert.Equal(expected.Id, episode.GetProperty("id").GetString());
        Assert.Equal(expected.Title, episode.GetProperty("title").GetString());
        Assert.Equal(expected.AudioUrl, episode.GetProperty("audioUrl").GetString());
        Assert.Equal(expected.Guests, episode.GetProperty("guests").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(expected.Hosts, episode.GetProperty("hosts").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(expected.Links.Count, episode.GetProperty("links").GetArrayLength());
        Assert.Equal(expected.Picks.Sum(p => p.Items.Count), episode.GetProperty("picks").EnumerateArray().Sum(p => p.GetProperty("items").GetArrayLength()));
        Assert.Equal(expected.Transcript.Select(t => t.Text), episode.GetProperty("transcript").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task UnknownEpisodeIsA404WithItsCode()
    {
        await ApiAssert.Problem(await client.GetAsync("api/episodes/byte-garden/no-such-episode"), HttpStatusCode.NotFound, "episode_not_found", "id");
        await ApiAssert.Problem(await client.GetAsync("api/episodes/byte-garden/no-such-episode/similar"), HttpStatusCode.NotFound, "episode_not_found", "id");
    }

    [Fact]
    public async Task SimilarEpisodesShareTopicOrPeopleAndExcludeTheEpisodeItself()
    {
        const string id = "byte-garden/bg-001-fault-tolerant-queues-with-ilse-dvorak";
        var result = await ApiAssert.Json(await client.GetAsync($"api/episodes/{id}/similar?limit=3"));
        var ids = ApiAssert.Ids(result);
        Assert.InRange(ids.Count, 1, 3);
        Assert.DoesNotContain(id, ids);
        // The other episodes with the same guest talk about the same things: one of them should lead.
        var sameGuest = fixture.Episodes.Where(e => e.Id != id && e.Guests.Contains("Ilse Dvořák")).Select(e => e.Id).ToHashSet();
        Assert.Contains(ids[0], sameGuest);
    }

    [Fact]
    public async Task SimilarEpisodesTakeAModeAndSayWhenTheyFallBackToWords()
    {
        // The fixture index is built without vectors: by meaning falls back to words, and says so.
        const string id = "byte-garden/bg-001-fault-tolerant-queues-with-ilse-dvorak";
        var semantic = await ApiAssert.Json(await client.GetAsync($"api/episodes/{id}/similar?limit=4&mode=semantic"));
        Assert.Equal("lexical", semantic.GetProperty("mode").GetString());
        Assert.Contains(semantic.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("no passage vectors"));
        Assert.InRange(ApiAssert.Ids(semantic).Count, 1, 4);
        Assert.DoesNotContain(id, ApiAssert.Ids(semantic));

        var lexical = await ApiAssert.Json(await client.GetAsync($"api/episodes/{id}/similar?limit=4&mode=lexical"));
        Assert.Empty(lexical.GetProperty("notices").EnumerateArray());
        Assert.Equal(ApiAssert.Ids(lexical), ApiAssert.Ids(semantic));

        await ApiAssert.Problem(await client.GetAsync($"api/episodes/{id}/similar?mode=fuzzy"), HttpStatusCode.BadRequest, "invalid_mode", "mode");
    }

    [Fact]
    public async Task FacetValuesByPrefixCountEpisodes()
    {
        var body = await ApiAssert.Json(await client.GetAsync("api/facets/guest?prefix=dvo"));
        var value = Assert.Single(body.GetProperty("values").EnumerateArray());
        Assert.Equal("Ilse Dvořák", value.GetProperty("value").GetString());
        Assert.Equal(fixture.Episodes.Count(e => e.Guests.Contains("Ilse Dvořák")), value.GetProperty("count").GetInt32());

        var inShow = await ApiAssert.Json(await client.GetAsync("api/facets/podcast?q=supervisor&top=5"));
        Assert.Equal("podcast", inShow.GetProperty("field").GetString());
        Assert.NotEmpty(inShow.GetProperty("values").EnumerateArray());
    }

    [Fact]
    public async Task HealthReportsTheOpenIndex()
    {
        var health = await ApiAssert.Json(await client.GetAsync("healthz"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("indexOpened").GetBoolean());
        Assert.Equal(fixture.Episodes.Count, health.GetProperty("episodes").GetInt32());
        Assert.True(health.GetProperty("generation").GetInt64() > 0);
        Assert.True(health.GetProperty("lastReload").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryEndpoint()
    {
        var doc = await ApiAssert.Json(await client.GetAsync("openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/episodes/{podcast}/{slug}", "/api/episodes/{podcast}/{slug}/similar", "/api/facets/{field}", "/api/suggest", "/healthz" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        var searchParameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "q", "guest", "host", "podcast", "tag", "year", "picks_by", "link_domain", "from", "to", "sort", "limit", "offset", "facets" }, searchParameters);
        Assert.True(paths.GetProperty("/api/search").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task SearchPageAndEmbedScriptAreServed()
    {
        var page = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"q\"", await page.Content.ReadAsStringAsync());
        foreach (var file in new[] { "app.js", "style.css", "embed.js" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(file)).StatusCode);
    }
}
