using System.Net;
using System.Net.Http.Headers;

namespace PodSearch.SearchHost.Tests.Http;

[Collection("host")]
public sealed class CachingTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Theory]
    [InlineData("api/search?q=queue&facets=guest")]
    [InlineData("api/episodes/byte-garden/bg-004-listener-questions")]
    [InlineData("api/episodes/byte-garden/bg-004-listener-questions/similar")]
    [InlineData("api/facets/tag")]
    [InlineData("api/suggest?q=ils")]
    public async Task RepeatedGetWithTheETagAnswers304(string url)
    {
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        using var repeat = new HttpRequestMessage(HttpMethod.Get, url);
        repeat.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(repeat);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ETagIsTheIndexGeneration()
    {
        var health = await ApiAssert.Json(await client.GetAsync("healthz"));
        var generation = health.GetProperty("generation").GetInt64();
        var response = await client.GetAsync("api/search?q=queue");
        Assert.StartsWith($"\"{generation}-", response.Headers.ETag!.Tag);
        Assert.True(response.Headers.ETag.IsWeak);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "api/search?q=queue");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{generation - 1}-00000000\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task ErrorsAndPostsAreNotCached()
    {
        var error = await client.GetAsync("api/search?limit=1000");
        Assert.Null(error.Headers.ETag);
        var post = await client.PostAsync("api/search", new StringContent("{\"q\":\"queue\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Null(post.Headers.ETag);
        Assert.True(post.Headers.CacheControl?.NoStore);
    }
}

/// <summary>CORS: a site listed in <c>--cors-origins</c> may call the API from its pages; others may not.</summary>
public sealed class CorsTests : IClassFixture<HostFixture>
{
    private const string Allowed = "https://podcast.example.org";
    private readonly HostFixture fixture;

    public CorsTests(HostFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task ListedOriginGetsCorsHeadersOthersDoNot()
    {
        await using var host = await RunningHost.StartAsync(fixture.IndexPath, "--cors-origins", Allowed + ",https://other.example.net");

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/search");
        preflight.Headers.Add("Origin", Allowed);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var answer = await host.Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(Allowed, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());

        using var get = new HttpRequestMessage(HttpMethod.Get, "api/search?q=queue");
        get.Headers.Add("Origin", Allowed);
        var allowed = await host.Client.SendAsync(get);
        Assert.Equal(Allowed, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single());

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "api/search?q=queue");
        foreign.Headers.Add("Origin", "https://evil.example.com");
        var refused = await host.Client.SendAsync(foreign);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutOriginsConfiguredNoSiteIsAllowed()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "api/search?q=queue");
        get.Headers.Add("Origin", Allowed);
        var response = await fixture.Client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
