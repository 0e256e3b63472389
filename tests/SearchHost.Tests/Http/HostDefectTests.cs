using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>Issue 15's smaller defects of the host, each checked against the real host over the fixture index.</summary>
[Collection("host")]
public sealed class HostDefectTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Fact]
    public async Task AnOffsetNearIntMaxValueIsOutOfRangeNotAFailure()
    {
        // offset + limit used to wrap to a negative number, pass the check and fail in the core with a 500.
        await ApiAssert.Problem(await client.GetAsync("api/search?q=x&offset=2147483647"), HttpStatusCode.BadRequest, "offset_out_of_range", "offset");
        await ApiAssert.Problem(await client.PostAsJsonAsync("api/search", new { q = "x", offset = int.MaxValue, limit = 100 }),
            HttpStatusCode.BadRequest, "offset_out_of_range", "offset");
        var profile = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak?episodesOffset=2147483647&episodesLimit=50"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("episodesPage").GetProperty("nextOffset").ValueKind);
    }

    [Fact]
    public async Task ABodyPastTheLimitIsRefusedAsTooLargeNotAsAServerError()
    {
        var body = "{\"q\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await ApiAssert.Problem(await client.PostAsync("api/search", content), HttpStatusCode.RequestEntityTooLarge, "body_too_large", null);
        Assert.Equal("Payload too large", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FilterValuesAreCappedPerFieldAndInAllNamingTheField()
    {
        var guests = string.Join('&', Enumerable.Range(0, 101).Select(i => $"guest=person-{i}"));
        await ApiAssert.Problem(await client.GetAsync("api/search?" + guests), HttpStatusCode.BadRequest, "too_many_values", "guest");
        // 100 values is within the limit and answers.
        await ApiAssert.Json(await client.GetAsync("api/search?" + string.Join('&', Enumerable.Range(0, 100).Select(i => $"guest=person-{i}"))));
        var many = Enumerable.Range(0, 100).Select(i => $"v{i}").ToArray();
        var body = new { guest = many, host = many, tag = many, picks_by = many, link_domain = many, podcast = new[] { "byte-garden" } };
        await ApiAssert.Problem(await client.PostAsJsonAsync("api/search", body), HttpStatusCode.BadRequest, "too_many_values", null);
    }

    [Fact]
    public async Task HealthNamesTheIndexFolderNotItsAbsolutePath()
    {
        var health = await ApiAssert.Json(await client.GetAsync("healthz"));
        var shown = health.GetProperty("indexPath").GetString()!;
        Assert.Equal(Path.GetFileName(fixture.IndexPath), shown);
        Assert.DoesNotContain('/', shown);
    }

    [Fact]
    public async Task FeedLinksNeverComeFromTheRequestsHostHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/search.rss?q=queues");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<item>", xml);
        Assert.DoesNotContain("evil.example", xml);
        Assert.Contains(client.BaseAddress!.Authority, xml);
    }

    [Fact]
    public async Task ThePageAndTheApiCarryASecurityPolicyThatStillAllowsEmbedding()
    {
        foreach (var path in new[] { "", "api/search?q=queues" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("object-src 'none'", policy);
            // No CORS origins configured: embed.js may frame the page on any site.
            Assert.Contains("frame-ancestors *", policy);
        }
    }

    [Fact]
    public async Task AQueryOfManyFuzzyOrWildcardTermsIsRefusedBeforeItRuns()
    {
        var words = new[] { "queue", "garden", "compiler", "tomato", "retry", "pressure", "consumer", "supervisor", "crash" };
        var fuzzy = string.Join(' ', words.Select(w => w + "~2"));
        await ApiAssert.Problem(await client.GetAsync("api/search?q=" + Uri.EscapeDataString(fuzzy)), HttpStatusCode.BadRequest, "query_too_expensive", "q");
        var wildcards = string.Join(' ', words.Select(w => w[..3] + "*"));
        await ApiAssert.Problem(await client.PostAsJsonAsync("api/search", new { q = wildcards }), HttpStatusCode.BadRequest, "query_too_expensive", "q");
        // Eight are within the limit and still find the episode.
        var allowed = await ApiAssert.Json(await client.GetAsync("api/search?q=" + Uri.EscapeDataString("fault~1 queue~1")));
        Assert.True(allowed.GetProperty("total").GetInt32() > 0);
    }
}
