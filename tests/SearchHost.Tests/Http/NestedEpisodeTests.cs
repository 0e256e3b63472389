using System.Net;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// A note in a subfolder of its show (<c>night-shift-ops/2021/nso-900-…</c>) has an id with more slashes; the
/// episode and similar routes reach it. Its own host over its own notes, so the shared fixture's counts stay as they are.
/// </summary>
public sealed class NestedEpisodeTests : IAsyncLifetime
{
    private readonly string notes = TempFolder.Create("nested-notes");
    private readonly string index = TempFolder.Create("nested-index");
    private RunningHost host = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(HostFixture.NotesRoot, "night-shift-ops")))
        {
            Directory.CreateDirectory(Path.Combine(notes, "night-shift-ops", "2021"));
            File.Copy(file, Path.Combine(notes, "night-shift-ops", "2021", Path.GetFileName(file)));
        }
        HostFixture.Index(notes, index);
        host = await RunningHost.StartAsync(index);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        TempFolder.Delete(notes);
        TempFolder.Delete(index);
    }

    [Fact]
    public async Task EpisodesInSubfoldersAndTheirSimilarEpisodesAreReachable()
    {
        var first = ApiAssert.Ids(await ApiAssert.Json(await host.Client.GetAsync("api/search?podcast=night-shift-ops&limit=1"))).Single();
        Assert.StartsWith("night-shift-ops/2021/", first);

        var episode = await ApiAssert.Json(await host.Client.GetAsync("api/episodes/" + first));
        Assert.Equal(first, episode.GetProperty("id").GetString());
        var similar = await ApiAssert.Json(await host.Client.GetAsync($"api/episodes/{first}/similar?limit=2"));
        Assert.DoesNotContain(first, ApiAssert.Ids(similar));
        Assert.NotEmpty(ApiAssert.Ids(similar));

        await ApiAssert.Problem(await host.Client.GetAsync("api/episodes/night-shift-ops/2021/nope"), HttpStatusCode.NotFound, "episode_not_found", "id");
        await ApiAssert.Problem(await host.Client.GetAsync($"api/episodes/{first}?limit=2"), HttpStatusCode.BadRequest, "unknown_parameter", "limit");
    }
}
