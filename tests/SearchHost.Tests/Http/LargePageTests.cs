using System.Globalization;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>
/// Issue 13: a host started with <c>--max-page-size 500</c> serves pages of more than 100 (the core used to cut
/// them to 100 silently), and a long person profile is paged by default. 120 generated notes of one show.
/// </summary>
public sealed class LargePageTests : IAsyncLifetime
{
    private const int Episodes = 120;
    private readonly string notes = TempFolder.Create("large-page-notes");
    private readonly string index = TempFolder.Create("large-page-index");
    private RunningHost host = null!;

    public async Task InitializeAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(notes, "weekly-show")).FullName;
        for (var n = 1; n <= Episodes; n++)
        {
            var date = new DateTime(2016, 1, 4).AddDays(7 * (n - 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await File.WriteAllTextAsync(Path.Combine(folder, $"ws-{n:000}.md"), $"""
                ---
                title: "WS {n:000}: Week {n}"
                date: {date}
                podcast: weekly-show
                ---

                ### **Panel**

                - Mara Steadman

                ### **Episode Summary**

                Week {n} of the weekly show about gardening.
                """);
        }
        HostFixture.Index(notes, index);
        host = await RunningHost.StartAsync(index, "--max-page-size", "500");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        TempFolder.Delete(notes);
        TempFolder.Delete(index);
    }

    [Fact]
    public async Task APageLargerThanTheDefaultMaximumIsServedWhole()
    {
        var result = await ApiAssert.Json(await host.Client.GetAsync("api/search?podcast=weekly-show&limit=150"));
        Assert.Equal(Episodes, result.GetProperty("total").GetInt32());
        Assert.Equal(Episodes, result.GetProperty("hits").GetArrayLength());
        await ApiAssert.Problem(await host.Client.GetAsync("api/search?podcast=weekly-show&limit=501"), System.Net.HttpStatusCode.BadRequest, "limit_out_of_range", "limit");
    }

    [Fact]
    public async Task ALongProfileIsPagedByDefaultAndWholeWithAll()
    {
        var paged = await ApiAssert.Json(await host.Client.GetAsync("api/people/mara-steadman"));
        Assert.Equal(50, paged.GetProperty("episodes").GetArrayLength());
        Assert.Equal(Episodes, paged.GetProperty("episodesPage").GetProperty("total").GetInt32());
        Assert.Equal(50, paged.GetProperty("episodesPage").GetProperty("nextOffset").GetInt32());
        var whole = await ApiAssert.Json(await host.Client.GetAsync("api/people/mara-steadman?all=true"));
        Assert.Equal(Episodes, whole.GetProperty("episodes").GetArrayLength());
        Assert.False(whole.TryGetProperty("episodesPage", out _));
    }
}
