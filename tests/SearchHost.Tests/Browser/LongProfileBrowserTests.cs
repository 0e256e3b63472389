using System.Globalization;
using Microsoft.Playwright;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// A host of 120 episodes: the person view shows the first 50 of the timeline and a "more" button that fetches
/// the next slice (<c>episodesOffset</c>), as it must for the real shows' thousand-episode hosts.
/// </summary>
public sealed class LongProfileBrowserTests(LongProfileBrowserTests.LongShowFixture show) : BrowserTest, IClassFixture<LongProfileBrowserTests.LongShowFixture>
{

    [SkippableFact]
    public async Task TimelineShowsFiftyEpisodesAndLoadsTheRestOnRequest()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(show.Host.Address + "?person=long-runner");
        var timeline = page.Locator("#person-timeline li");
        await Assertions.Expect(timeline).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("#person-timeline-title .count")).ToHaveTextAsync(LongShowFixture.Episodes.ToString(CultureInfo.InvariantCulture));
        var more = page.Locator("#person [data-more-episodes]");
        await Assertions.Expect(more).ToHaveTextAsync("Show 50 more of 70 left");

        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(timeline).ToHaveCountAsync(100);
        // The keyboard continues at the first new entry.
        await Assertions.Expect(timeline.Nth(50).Locator("a[data-episode]")).ToBeFocusedAsync();
        await more.ClickAsync();
        await Assertions.Expect(timeline).ToHaveCountAsync(LongShowFixture.Episodes);
        await Assertions.Expect(more).ToHaveCountAsync(0);

        // Date order across the slices, and one label per year even where a slice starts mid-year.
        var dates = await page.Locator("#person-timeline time").AllTextContentsAsync();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var years = await page.Locator("#person-timeline .year").AllTextContentsAsync();
        Assert.Equal(dates.Select(d => d[..4]).Distinct(), years);
    }

    /// <summary>
    /// Writes one show of <see cref="Episodes"/> weekly notes, all hosted by Long Runner, indexes them and runs a
    /// host. Generated rather than kept as fixture files: 120 near-identical notes would only be noise there.
    /// </summary>
    public sealed class LongShowFixture : IAsyncLifetime
    {
        public const int Episodes = 120;
        private readonly string notes = TempFolder.Create("long-show-notes");
        private readonly string index = TempFolder.Create("long-show-index");

        public RunningHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var folder = Directory.CreateDirectory(Path.Combine(notes, "long-show")).FullName;
            var start = new DateTime(2015, 1, 5, 9, 0, 0, DateTimeKind.Unspecified);
            for (var n = 1; n <= Episodes; n++)
            {
                var date = start.AddDays(7 * (n - 1)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                await File.WriteAllTextAsync(Path.Combine(folder, $"ls-{n:000}-week-{n}.md"), $"""
                    ---
                    title: "LS {n:000}: Week {n}"
                    date: {date}
                    episode_number: {n:000}
                    podcast: long-show
                    ---

                    ### **Panel**

                    - Long Runner
                    - Guest Host {n % 7}

                    ### **Episode Summary**

                    Week {n} of the long show.
                    """);
            }
            HostFixture.Index(notes, index);
            Host = await RunningHost.StartAsync(index);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            TempFolder.Delete(notes);
            TempFolder.Delete(index);
        }
    }
}
