using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>Every error code of the API, with the whole problem body checked.</summary>
[Collection("host")]
public sealed class ErrorTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    [Theory]
    [InlineData("api/search?q=x&gueest=Ilse", "unknown_parameter", "gueest")]
    [InlineData("api/search?q=x&q=y", "repeated_parameter", "q")]
    [InlineData("api/search?year=19x9", "invalid_parameter", "year")]
    [InlineData("api/search?offset=abc", "invalid_parameter", "offset")]
    [InlineData("api/search?limit=101", "limit_out_of_range", "limit")]
    [InlineData("api/search?limit=-1", "limit_out_of_range", "limit")]
    [InlineData("api/search?limit=ten", "invalid_parameter", "limit")]
    [InlineData("api/search?offset=-5", "offset_out_of_range", "offset")]
    [InlineData("api/search?offset=20000", "offset_out_of_range", "offset")]
    [InlineData("api/search?from=2019-13-01", "invalid_date", "from")]
    [InlineData("api/search?to=yesterday", "invalid_date", "to")]
    [InlineData("api/search?from=2021&to=2020", "invalid_date", "to")]
    [InlineData("api/search?sort=popular", "invalid_sort", "sort")]
    [InlineData("api/search?mode=magic", "invalid_mode", "mode")]
    [InlineData("api/search?facets=guest,colour", "unknown_facet", "facets")]
    [InlineData("api/facets/colour", "unknown_facet", "field")]
    [InlineData("api/facets/guest?top=0", "limit_out_of_range", "top")]
    [InlineData("api/facets/guest?prefix=a&extra=1", "unknown_parameter", "extra")]
    [InlineData("api/episodes/byte-garden/bg-004-listener-questions?verbose=1", "unknown_parameter", "verbose")]
    [InlineData("api/episodes/byte-garden/bg-004-listener-questions/similar?limit=0", "limit_out_of_range", "limit")]
    [InlineData("healthz?deep=1", "unknown_parameter", "deep")]
    public async Task BadQueryParametersAre400WithCodeAndParameter(string url, string code, string parameter) =>
        await ApiAssert.Problem(await client.GetAsync(url), HttpStatusCode.BadRequest, code, parameter);

    [Fact]
    public async Task QueryLongerThanTheLimitIsRefused()
    {
        var q = string.Join(' ', Enumerable.Repeat("queue", 200)); // 1,199 characters
        await ApiAssert.Problem(await client.GetAsync("api/search?q=" + Uri.EscapeDataString(q)), HttpStatusCode.BadRequest, "query_too_long", "q");
        await ApiAssert.Problem(await client.PostAsJsonAsync("api/search", new { q }), HttpStatusCode.BadRequest, "query_too_long", "q");
        await ApiAssert.Problem(await client.GetAsync("api/suggest?q=" + Uri.EscapeDataString(q)), HttpStatusCode.BadRequest, "query_too_long", "q");
    }

    [Fact]
    public async Task HostileQueriesGetAnAnswerNotAFailure()
    {
        foreach (var q in new[] { "\"unbalanced", "(((queue", "*", "queue AND", "a\u0001b", "title:", "NOT NOT NOT" })
        {
            var response = await client.GetAsync("api/search?q=" + Uri.EscapeDataString(q));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task BadBodiesAreRefused()
    {
        await ApiAssert.Problem(await client.PostAsync("api/search", new StringContent("{\"q\": \"x\", \"colour\": 1}", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "unknown_parameter", "colour");
        await ApiAssert.Problem(await client.PostAsync("api/search", new StringContent("{not json", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "invalid_json", "body");
        await ApiAssert.Problem(await client.PostAsync("api/search", new StringContent("{\"limit\": \"ten\"}", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "invalid_json", "limit");
        await ApiAssert.Problem(await client.PostAsync("api/search", new StringContent("{\"limit\": 500}", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "limit_out_of_range", "limit");
        await ApiAssert.Problem(await client.PostAsync("api/search", new StringContent("q=x", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", null);
    }

    [Fact]
    public async Task UnknownRoutesAndMethodsHaveProblemBodies()
    {
        await ApiAssert.Problem(await client.GetAsync("api/nothing-here"), HttpStatusCode.NotFound, "not_found", null);
        await ApiAssert.Problem(await client.DeleteAsync("api/search"), HttpStatusCode.MethodNotAllowed, "method_not_allowed", null);
    }
}

/// <summary>Errors that need a host with other settings: rate limit and time budget.</summary>
public sealed class LimitErrorTests : IClassFixture<HostFixture>
{
    private readonly HostFixture fixture;

    public LimitErrorTests(HostFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task ClientOverTheRateLimitGets429WithRetryAfter()
    {
        await using var host = await RunningHost.StartAsync(fixture.IndexPath, "--rate-limit", "3");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("api/search?q=queue")).StatusCode);
        var refused = await host.Client.GetAsync("api/search?q=queue");
        await ApiAssert.Problem(refused, HttpStatusCode.TooManyRequests, "rate_limited", null);
        Assert.True(refused.Headers.RetryAfter is not null);
        // The page and the health check are not rate limited.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public async Task SearchOverTheTimeBudgetIs503()
    {
        // 100 ns: no search can finish in time, so the budget always runs out.
        await using var host = await RunningHost.StartAsync(fixture.IndexPath, "--time-budget", "00:00:00.0000001");
        await ApiAssert.Problem(await host.Client.GetAsync("api/search?q=queue"), HttpStatusCode.ServiceUnavailable, "time_budget_exceeded", null);
    }
}
