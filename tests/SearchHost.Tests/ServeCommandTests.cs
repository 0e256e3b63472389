using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests;

/// <summary><c>podsearch serve</c> as a user runs it: starts, logs one line per request, stops cleanly on SIGTERM; bad settings stop it with a message.</summary>
public sealed class ServeCommandTests : IClassFixture<HostFixture>
{
    private readonly HostFixture fixture;

    public ServeCommandTests(HostFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task ServeAnswersLogsEachRequestAndStopsCleanlyOnSigterm()
    {
        var port = FreePort();
        using var serve = PodsearchProcess.Start("serve", "--index", fixture.IndexPath, "--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        HttpResponseMessage? health = null;
        // Generous: a cold start of a second .NET process on a busy 2-core machine can take many seconds.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (health is null && DateTime.UtcNow < deadline)
        {
            try { health = await client.GetAsync("healthz"); }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        Assert.True(health is not null, "serve did not start: " + serve.Output);
        await ApiAssert.Json(await client.GetAsync("api/search?q=queue&marker=1"), HttpStatusCode.BadRequest);

        Assert.Equal(0, Kill(serve.Id, 15)); // SIGTERM
        var exitCode = await serve.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(exitCode == 0, serve.Output);
        var log = serve.Output;
        Assert.Contains("GET /api/search?q=queue&marker=1 400", log);
        Assert.Single(log.Split('\n'), line => line.Contains("/api/search?q=queue&marker=1"));
        Assert.Contains("Application is shutting down", log);
    }

    [Fact]
    public async Task MissingIndexStopsServeWithAMessageAndExitCode2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "podsearch-no-index-" + Guid.NewGuid().ToString("N"));
        var (code, output) = await PodsearchProcess.RunAsync(TimeSpan.FromSeconds(60), "serve", "--index", missing, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, code);
        Assert.Contains(missing, output);
        Assert.Contains("podsearch index", output);
    }

    [Fact]
    public async Task UnknownServeOptionIsAUsageError()
    {
        var (code, output) = await PodsearchProcess.RunAsync(TimeSpan.FromSeconds(60), "serve", "--index", fixture.IndexPath, "--colour", "red");
        Assert.Equal(2, code);
        Assert.Contains("--colour", output);
    }

    [Theory]
    [InlineData("--cors-origins", "example.org/path", "Search:AllowedOrigins")]
    [InlineData("--max-page-size", "0", "MaxPageSize")]
    [InlineData("--rate-limit", "-1", "RateLimitPerMinute")]
    [InlineData("--public-url", "search.example.org", "PublicUrl")]
    [InlineData("--max-body-bytes", "10", "MaxRequestBodyBytes")]
    public async Task InvalidSettingsFailAtStartUpNamingTheSetting(string option, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningHost.StartAsync(fixture.IndexPath, option, value));
        Assert.Contains(named, string.Join(" ", error.Failures));
        Assert.NotNull(SearchHostApp.StartupMessage(error));
    }

    [Theory]
    [InlineData("--result-cache", "lots", "Search:ResultCacheEntries")]
    [InlineData("--public-url", "search.example.org", "PublicUrl")]
    public async Task ServePassesEveryHostSwitchThrough(string option, string value, string named)
    {
        // Before, serve kept its own list of switches and said "unknown option" for --result-cache, which the README lists.
        var (code, output) = await PodsearchProcess.RunAsync(TimeSpan.FromSeconds(60), "serve", "--index", fixture.IndexPath,
            "--urls", "http://127.0.0.1:0", option, value);
        Assert.Equal(2, code);
        Assert.DoesNotContain("unknown option", output);
        Assert.Contains(named, output);
    }

    [Theory]
    [InlineData("--result-cache", "lots", "Search:ResultCacheEntries")]
    [InlineData("--rate-limit", "many", "Search:RateLimitPerMinute")]
    public async Task ASettingOfTheWrongTypeFailsAtStartUpNamingIt(string option, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => RunningHost.StartAsync(fixture.IndexPath, option, value));
        var message = SearchHostApp.StartupMessage(error);
        Assert.NotNull(message);
        Assert.Contains(named, message);
        Assert.Contains(value, message);
    }

    [Fact]
    public async Task NegativeResultCacheFailsAtStartUp()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningHost.StartAsync(fixture.IndexPath, "--result-cache", "-1"));
        Assert.Contains("ResultCacheEntries", string.Join(" ", error.Failures));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
