using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// The host's result cache: a repeated search is answered from it with the same JSON, a new index generation
/// is never answered from an older one, and <c>--result-cache 0</c> turns it off.
/// </summary>
public sealed class ResultCacheTests
{
    private const string Header = "X-PodSearch-Cache";

    [Fact]
    public async Task ARepeatedSearchIsAnsweredFromTheCacheWithTheSameResult()
    {
        var index = TempFolder.Create("cache-index");
        try
        {
            HostFixture.Index(HostFixture.NotesRoot, index);
            await using var host = await RunningHost.StartAsync(index);
            const string url = "api/search?q=queue&facets=guest,year&limit=3";

            var first = await host.Client.GetAsync(url);
            var second = await host.Client.GetAsync(url);
            Assert.Equal("miss", first.Headers.GetValues(Header).Single());
            Assert.Equal("hit", second.Headers.GetValues(Header).Single());
            Assert.Equal(WithoutTime(await ApiAssert.Json(first)), WithoutTime(await ApiAssert.Json(second)));

            // The same request in a POST body is the same search.
            var post = await host.Client.PostAsync("api/search",
                new StringContent("""{"q":"queue","facets":["guest","year"],"limit":3}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal("hit", post.Headers.GetValues(Header).Single());

            // Another page is another entry.
            var other = await host.Client.GetAsync(url + "&offset=3");
            Assert.Equal("miss", other.Headers.GetValues(Header).Single());
        }
        finally
        {
            TempFolder.Delete(index);
        }
    }

    [Fact]
    public async Task ANewIndexGenerationIsNeverAnsweredFromTheOldOne()
    {
        var notes = TempFolder.Create("cache-notes");
        var index = TempFolder.Create("cache-index");
        try
        {
            CopyFolder(HostFixture.NotesRoot, notes);
            HostFixture.Index(notes, index);
            await using var host = await RunningHost.StartAsync(index, "--reload-interval", "00:00:00.050");
            const string url = "api/search?q=zanzibar&mode=lexical";
            var before = await ApiAssert.Json(await host.Client.GetAsync(url));
            Assert.Equal(0, before.GetProperty("total").GetInt32());
            Assert.Equal("hit", (await host.Client.GetAsync(url)).Headers.GetValues(Header).Single());

            var note = Directory.GetFiles(Path.Combine(notes, "byte-garden"), "*.md").Order(StringComparer.Ordinal).First();
            File.AppendAllText(note, "\n\nA listener wrote in from Zanzibar about queues.\n");
            HostFixture.Index(notes, index);

            var deadline = DateTime.UtcNow.AddSeconds(10);
            JsonElement after;
            HttpResponseMessage response;
            do
            {
                await Task.Delay(50);
                response = await host.Client.GetAsync(url);
                after = await ApiAssert.Json(response);
            } while (after.GetProperty("total").GetInt32() == 0 && DateTime.UtcNow < deadline);
            Assert.Equal(1, after.GetProperty("total").GetInt32());
            Assert.Equal("miss", response.Headers.GetValues(Header).Single());
        }
        finally
        {
            TempFolder.Delete(index);
            TempFolder.Delete(notes);
        }
    }

    [Fact]
    public async Task ResultCacheZeroTurnsItOff()
    {
        var index = TempFolder.Create("cache-index");
        try
        {
            HostFixture.Index(HostFixture.NotesRoot, index);
            await using var host = await RunningHost.StartAsync(index, "--result-cache", "0");
            await host.Client.GetAsync("api/search?q=queue");
            var repeat = await host.Client.GetAsync("api/search?q=queue");
            Assert.Equal(System.Net.HttpStatusCode.OK, repeat.StatusCode);
            Assert.False(repeat.Headers.Contains(Header));
        }
        finally
        {
            TempFolder.Delete(index);
        }
    }

    private static string WithoutTime(JsonElement result) =>
        JsonSerializer.Serialize(result.EnumerateObject().Where(p => p.Name != "tookMs").ToDictionary(p => p.Name, p => p.Value));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
