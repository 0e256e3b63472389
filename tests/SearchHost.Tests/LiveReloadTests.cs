using System.Diagnostics;
using System.Net;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests;

/// <summary>
/// A commit by another process (<c>podsearch index</c>) while requests run: no request fails, and the new
/// content is served within 2 seconds of the indexer finishing.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private readonly string notes = TempFolder.Create("notes");
    private readonly string index = TempFolder.Create("index");

    public Task InitializeAsync()
    {
        TempFolder.Copy(HostFixture.NotesRoot, notes);
        HostFixture.Index(notes, index);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        TempFolder.Delete(notes);
        TempFolder.Delete(index);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CommitByAnotherProcessIsServedWithin2SecondsWithoutFailingARequest()
    {
        await using var host = await RunningHost.StartAsync(index);
        var before = await ApiAssert.Json(await host.Client.GetAsync("healthz"));
        Assert.Equal(0, (await ApiAssert.Json(await host.Client.GetAsync("api/search?q=zeppelin"))).GetProperty("total").GetInt32());

        // Requests keep running on four loops for the whole test; every one must succeed.
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var completed = 0;
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            string[] urls = ["api/search?q=queue&facets=guest,tag", "api/search?guest=Ilse%20Dvo%C5%99%C3%A1k", "api/suggest?q=ils",
                "api/episodes/byte-garden/bg-004-listener-questions", "api/facets/tag"];
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var response = await host.Client.GetAsync(urls[i % urls.Length]);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        var body = await response.Content.ReadAsStringAsync();
                        lock (failures) failures.Add($"{urls[i % urls.Length]}: {(int)response.StatusCode} {body}");
                    }
                    Interlocked.Increment(ref completed);
                }
                catch (Exception ex)
                {
                    lock (failures) failures.Add(ex.Message);
                }
            }
        })).ToArray();

        var note = Path.Combine(notes, "byte-garden", "bg-004-listener-questions.md");
        await File.WriteAllTextAsync(note, (await File.ReadAllTextAsync(note)).Replace("compost heaps", "compost heaps and a zeppelin"));
        // Lexical like the fixture's index: this test is about the reload, not about loading an encoder.
        var (exitCode, output) = await PodsearchProcess.RunAsync(TimeSpan.FromMinutes(2), "index", notes, "--index", index, "--no-vectors");
        Assert.True(exitCode == 0, output);
        var committed = Stopwatch.StartNew();

        // Hybrid ranking (the default) may also return episodes semantically close to the new word, so the
        // check is that the changed episode is found, not that it is the only hit.
        const string changedId = "byte-garden/bg-004-listener-questions";
        var found = false;
        while (committed.Elapsed < TimeSpan.FromSeconds(5))
        {
            var hits = (await ApiAssert.Json(await host.Client.GetAsync("api/search?q=zeppelin&limit=100"))).GetProperty("hits");
            found = hits.EnumerateArray().Any(h => h.GetProperty("id").GetString() == changedId);
            if (found)
                break;
            await Task.Delay(20);
        }
        var visibleAfter = committed.Elapsed;
        await Task.Delay(300); // keep the load running across the swap
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.True(found, "the changed episode never became searchable");
        Assert.True(visibleAfter < TimeSpan.FromSeconds(2), $"the new commit became visible after {visibleAfter.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5)));
        Assert.True(completed > 20, $"only {completed} requests ran during the reload");
        var after = await ApiAssert.Json(await host.Client.GetAsync("healthz"));
        Assert.True(after.GetProperty("generation").GetInt64() > before.GetProperty("generation").GetInt64());
        Assert.True(after.GetProperty("lastReload").GetDateTimeOffset() > before.GetProperty("lastReload").GetDateTimeOffset());
    }
}
