using Microsoft.Playwright;
using static PodSearch.SearchHost.Tests.Browser.BrowserSupport;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// The search page in real headless Chromium (see <see cref="BrowserSupport"/>): type, see results, filter by a
/// guest facet, open an episode, go back. Skipped, saying so, when Chromium is not installed.
/// </summary>
public sealed class SearchPageBrowserTests : BrowserTest, IClassFixture<HostFixture>
{
    private const string Guest = "Ilse Dvořák";
    private const string EpisodeWithScriptLink = "byte-garden/bg-004-listener-questions";
    private readonly HostFixture fixture;

    public SearchPageBrowserTests(HostFixture fixture) => this.fixture = fixture;

    [SkippableFact]
    public async Task TypeQueryFilterByGuestOpenEpisodeAndGoBack()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address.ToString());

        // Results as you type (debounced), without pressing Enter.
        await page.Locator("#q").PressSequentiallyAsync("queue", new() { Delay = 60 });
        await Assertions.Expect(page).ToHaveURLAsync(UrlWith("q=queue"));
        var hits = page.Locator("#hits .hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        var queueEpisodes = fixture.Episodes.Where(e => Mentions(e, "queue")).ToList();
        Assert.True(await hits.CountAsync() >= queueEpisodes.Count);
        await Assertions.Expect(page.Locator("#hits mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".facet[data-facet=guest]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape"); // close the suggestions before the picture
        await Assertions.Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await Screenshot(page, "results-with-facets");

        // Clicking a guest facet filters to that guest's episodes, and the URL says so.
        var facet = page.Locator($".facet[data-facet=guest] button[data-value='{Guest}']");
        await facet.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlWith("guest=" + Guest));
        // Every episode with the guest that has the word is shown (typo tolerance may add weaker ones), and only hers.
        var expected = queueEpisodes.Where(e => e.Guests.Contains(Guest)).Select(e => e.Id).ToList();
        var filteredTotal = await ApiTotal("api/search?q=queue&guest=" + Uri.EscapeDataString(Guest));
        await Assertions.Expect(hits).ToHaveCountAsync(filteredTotal);
        var shown = await page.Locator("#hits .hit a[data-episode]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.episode)");
        Assert.Subset(shown.ToHashSet(), expected.ToHashSet());
        Assert.All(shown, id => Assert.Contains(Guest, fixture.Episodes.Single(e => e.Id == id).Guests));
        await Assertions.Expect(page.Locator($".facet[data-facet=guest] button[data-value='{Guest}']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(1);

        // Open the first episode: title, audio player, people, matching transcript passages.
        var firstId = await hits.First.Locator("a[data-episode]").GetAttributeAsync("data-episode");
        var episode = fixture.Episodes.Single(e => e.Id == firstId);
        await hits.First.Locator("a[data-episode]").ClickAsync();
        await Assertions.Expect(page.Locator("#episode h1")).ToHaveTextAsync(episode.Title);
        await Assertions.Expect(page.Locator("#episode audio")).ToHaveAttributeAsync("src", episode.AudioUrl!);
        await Assertions.Expect(page.Locator("#episode .people a", new() { HasText = Guest })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#episode .transcript mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(UrlWith("episode=" + firstId));
        await Screenshot(page, "episode");

        // Back: the filtered results again; back once more: the unfiltered results.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#search-view")).ToBeVisibleAsync();
        await Assertions.Expect(hits).ToHaveCountAsync(filteredTotal);
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(1);
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(0);
        await Assertions.Expect(hits).ToHaveCountAsync(Math.Min(10, await ApiTotal("api/search?q=queue")));
        Assert.DoesNotContain("guest=", page.Url);
        Assert.Contains("q=queue", page.Url);
    }

    [SkippableFact]
    public async Task SuggestionsWorkFromTheKeyboard()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address.ToString());
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("lindqv", new() { Delay = 40 });
        // The person comes before the episode whose title names him.
        var first = page.Locator("#suggestions li").First;
        await Assertions.Expect(first).ToContainTextAsync("Marek Lindqvist");
        await Assertions.Expect(first.Locator(".kind")).ToHaveTextAsync("guest");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(UrlWith("guest=Marek Lindqvist"));
        var expected = fixture.Episodes.Count(e => e.Guests.Contains("Marek Lindqvist"));
        await Assertions.Expect(page.Locator("#hits .hit")).ToHaveCountAsync(expected);
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("");
    }

    [SkippableFact]
    public async Task PageFitsAPhoneInDarkMode()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(fixture.Host.Address + "?q=supervisor");
        await Assertions.Expect(page.Locator("#hits .hit").First).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth}px wide on a 390px phone");
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(19, 19, 20)", background);
        await Screenshot(page, "phone-dark");
    }

    [SkippableFact]
    public async Task NoteLinksBecomeHrefsOnlyForWebUrls()
    {
        // The fixture note lists a javascript: link beside a web one: it stays readable text, never something to click.
        var episode = fixture.Episodes.Single(e => e.Id == EpisodeWithScriptLink);
        Assert.Contains(episode.Links, l => l.Url.StartsWith("javascript:", StringComparison.Ordinal));
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address + "?episode=" + Uri.EscapeDataString(EpisodeWithScriptLink));
        var links = page.Locator("#episode section", new() { Has = page.Locator("h2", new() { HasText = "Links" }) }).Locator("li");
        await Assertions.Expect(links).ToHaveCountAsync(episode.Links.Count);
        await Assertions.Expect(links.Filter(new() { HasText = "Listener mailbag form" }).Locator("a[href^='https://']")).ToHaveCountAsync(1);
        await Assertions.Expect(links.Filter(new() { HasText = "Click for a surprise" }).Locator("a")).ToHaveCountAsync(0);
        var hrefs = await page.Locator("[href]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('href'))");
        Assert.DoesNotContain(hrefs, href => href.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<int> ApiTotal(string url)
    {
        using var body = System.Text.Json.JsonDocument.Parse(await fixture.Client.GetStringAsync(url));
        return body.RootElement.GetProperty("total").GetInt32();
    }

    private static bool Mentions(Core.Notes.Episode e, string word) =>
        new[] { e.Title, e.Summary ?? "" }.Concat(e.Topics.Select(t => t.Text)).Concat(e.Transcript.Select(t => t.Text))
            .Concat(e.Picks.SelectMany(p => p.Items.Select(i => i.Text)))
            .Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
}
