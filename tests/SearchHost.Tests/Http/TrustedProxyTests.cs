using System.Net;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// Issue 13: <c>--trust-proxy</c> gives each forwarded visitor its own rate-limit budget, only when the request comes
/// from a trusted proxy; refusals are logged once a minute per client.
/// </summary>
[Collection("host")]
public sealed class TrustedProxyTests(HostFixture fixture)
{
    private static HttpRequestMessage From(string forwardedFor) =>
        new(HttpMethod.Get, "api/suggest?q=qu") { Headers = { { "X-Forwarded-For", forwardedFor } } };

    [Fact]
    public async Task BehindATrustedProxyEachVisitorHasItsOwnBudget()
    {
        await using var host = await RunningHost.StartAsync(fixture.IndexPath, "--rate-limit", "2", "--trust-proxy", "127.0.0.1,::1");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(From("203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(From("203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Client.SendAsync(From("203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(From("203.0.113.2"))).StatusCode);
    }

    [Fact]
    public async Task WithoutTrustTheForwardedHeaderIsIgnored()
    {
        await using var host = await RunningHost.StartAsync(fixture.IndexPath, "--rate-limit", "2");
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(From("203.0.113.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(From("203.0.113.2"))).StatusCode);
        // A client choosing a new address per request does not get a new budget.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Client.SendAsync(From("203.0.113.3"))).StatusCode);
    }

    [Fact]
    public async Task ABadProxyAddressStopsTheHostNamingTheSetting()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync(fixture.IndexPath, "--trust-proxy", "proxy.local"));
        var message = SearchHostApp.StartupMessage(ex);
        Assert.NotNull(message);
        Assert.Contains("--trust-proxy", message);
    }

    [Fact]
    public void RefusalsAreLoggedOnceAMinutePerClient()
    {
        var clock = new ManualClock();
        var log = new RefusedRequestLog(clock);
        var a = IPAddress.Parse("203.0.113.1");
        Assert.True(log.ShouldLog(a, out var unlogged));
        Assert.Equal(0, unlogged);
        for (var i = 0; i < 1000; i++)
            Assert.False(log.ShouldLog(a, out _));
        Assert.True(log.ShouldLog(IPAddress.Parse("203.0.113.2"), out _)); // another client has its own minute
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(log.ShouldLog(a, out unlogged));
        Assert.Equal(1000, unlogged);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
