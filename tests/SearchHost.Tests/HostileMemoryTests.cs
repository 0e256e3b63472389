using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests;

/// <summary>
/// The hostile requests of issue 15 against a real <c>podsearch serve</c> process, whose memory is read from
/// /proc: each is refused with its code, and the host's peak working set stays under 1 GB (it reached 5.8 GB for
/// eight 2.5-million-guest bodies before the limits).
/// </summary>
public sealed class HostileMemoryTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const long OneGigabyte = 1024L * 1024 * 1024;

    [SkippableFact]
    public async Task HostileRequestsAreRefusedAndTheHostStaysUnderOneGigabyte()
    {
        Skip.IfNot(File.Exists("/proc/self/status"), "needs /proc to read the host's memory");
        var port = FreePort();
        using var serve = PodsearchProcess.Start("serve", "--index", fixture.IndexPath, "--urls", $"http://127.0.0.1:{port}", "--rate-limit", "0");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
        await WaitUntilUp(client, serve);

        var nearBodyLimit = Body(60_000);   // under the 1 MB body limit, over 100 values per field
        var pastBodyLimit = Body(250_000);  // about 2.4 MB: over the body limit
        var fuzzy = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"word{i}~2"));
        for (var round = 0; round < 4; round++)
        {
            // Eight at once, as the 5.8 GB run sent them.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                await ApiAssert.Problem(await client.PostAsync("api/search", Json(nearBodyLimit)), HttpStatusCode.BadRequest, "too_many_values", "guest");
                await PastTheBodyLimit(client, pastBodyLimit);
                await ApiAssert.Problem(await client.GetAsync("api/search?q=" + Uri.EscapeDataString(fuzzy)), HttpStatusCode.BadRequest, "query_too_expensive", "q");
                await ApiAssert.Problem(await client.GetAsync("api/search?q=x&offset=2147483647"), HttpStatusCode.BadRequest, "offset_out_of_range", "offset");
            }));
        }
        // Still serving ordinary searches.
        var result = await ApiAssert.Json(await client.GetAsync("api/search?q=queues"));
        Assert.True(result.GetProperty("total").GetInt32() > 0);

        var peak = StatusBytes(serve.Id, "VmHWM");
        Assert.True(peak < OneGigabyte, $"the host's peak working set was {peak / (1024 * 1024)} MB");
    }

    /// <summary>
    /// Kestrel answers 413 at the first megabyte and closes the connection; a client still sending may see the
    /// close (broken pipe) before it reads the answer. Either way the body was refused, not read.
    /// </summary>
    private static async Task PastTheBodyLimit(HttpClient client, string body)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync("api/search", Json(body));
        }
        catch (HttpRequestException ex) when (ex.InnerException is IOException)
        {
            return;
        }
        await ApiAssert.Problem(response, HttpStatusCode.RequestEntityTooLarge, "body_too_large", null);
    }

    private static string Body(int guests) =>
        JsonSerializer.Serialize(new { q = "queues", guest = Enumerable.Range(0, guests).Select(i => $"g{i}").ToArray() });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static long StatusBytes(int pid, string key)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    private static async Task WaitUntilUp(HttpClient client, PodsearchProcess serve)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        Assert.Fail("serve did not start: " + serve.Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
