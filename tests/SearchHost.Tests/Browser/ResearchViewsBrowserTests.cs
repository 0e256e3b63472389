using Microsoft.Playwright;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// The person and picks views of the search page in headless Chromium (see <see cref="BrowserSupport"/>): from a
/// result to a guest's person view, on to someone they appeared with and back; from an episode's pick to the
/// picks search and on to the picker. Expected values come from the fixture notes and the research API.
/// </summary>
[Collection("host")]
public sealed class ResearchViewsBrowserTests(HostFixture fixture) : BrowserTest
{
    private const string Ilse = "Ilse Dvořák";
    private const string Pick = "Property Testing Primer";
    private const string EpisodeWithPick = "byte-garden/bg-001-fault-tolerant-queues-with-ilse-dvorak";

    [SkippableFact]
    public async Task GuestNameOpensPersonViewAndCoAppearanceLeadsOnAndBack()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address + "?q=queue");
        var guestLink = page.Locator("#hits .hit .person-link", new() { HasText = Ilse }).First;
        await guestLink.ClickAsync();

        // The name as written resolves to her id, which the address then holds.
        await Assertions.Expect(page).ToHaveURLAsync(BrowserSupport.UrlWith("person=ilse-dvorak"));
        await Assertions.Expect(page.Locator("#person h1")).ToHaveTextAsync(Ilse);
        var profileJson = await Json("api/people/ilse-dvorak");
        var timeline = page.Locator("#person-timeline li");
        await Assertions.Expect(timeline).ToHaveCountAsync(profileJson.GetProperty("appearances").GetInt32());
        var shown = await page.Locator("#person-timeline a[data-episode]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.episode)");
        Assert.Superset(fixture.Episodes.Where(e => e.Guests.Contains(Ilse)).Select(e => e.Id).ToHashSet(), shown.ToHashSet());
        var dates = await page.Locator("#person-timeline time").AllTextContentsAsync();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var pavel = page.Locator("#person .co a", new() { HasText = "Pavel Moreau" });
        await Assertions.Expect(pavel).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#person .person-picks li", new() { HasText = Pick }).First).ToBeVisibleAsync();
        await BrowserSupport.Screenshot(page, "person");

        // From the keyboard: focus the co-appearing person and press Enter.
        await pavel.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(BrowserSupport.UrlWith("person=pavel-moreau"));
        await Assertions.Expect(page.Locator("#person h1")).ToHaveTextAsync("Pavel Moreau");
        await Assertions.Expect(page.Locator("#person .co a", new() { HasText = Ilse })).ToBeVisibleAsync();

        // Back: her view again; back once more: the results.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#person h1")).ToHaveTextAsync(Ilse);
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#search-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#person-view")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#hits .hit").First).ToBeVisibleAsync();
        Assert.Contains("q=queue", page.Url);
    }

    [SkippableFact]
    public async Task PickInAnEpisodeOpensPicksSearchWithItsPicker()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address + "?episode=" + Uri.EscapeDataString(EpisodeWithPick));
        await page.Locator("#episode a.pick-link", new() { HasText = Pick }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(BrowserSupport.UrlWith("picks=" + Pick));
        await Assertions.Expect(page.Locator("#picks-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#picks-q")).ToHaveValueAsync(Pick);
        var result = await Json("api/picks?q=" + Uri.EscapeDataString(Pick));
        var items = page.Locator("#pick-list .pick");
        await Assertions.Expect(items).ToHaveCountAsync(result.GetProperty("total").GetInt32());
        // The pick from this episode is listed with its picker (she picked it in another episode too).
        var item = items.Filter(new() { HasText = Pick, Has = page.Locator($"a[data-episode='{EpisodeWithPick}']") });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".person-link")).ToHaveTextAsync(Ilse);
        await Assertions.Expect(page.Locator("[data-facet=pick-by] button", new() { HasText = Ilse })).ToBeVisibleAsync();
        await BrowserSupport.Screenshot(page, "picks");

        // Narrow by the picker facet (the URL says so), then open the picker's person view.
        await page.Locator("[data-facet=pick-by] button", new() { HasText = Ilse }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserSupport.UrlWith("by=ilse-dvorak"));
        await Assertions.Expect(page.Locator("#pick-chips .chip")).ToHaveTextAsync(Ilse + " ×");
        await item.Locator(".person-link").ClickAsync();
        await Assertions.Expect(page.Locator("#person h1")).ToHaveTextAsync(Ilse);
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#pick-chips .chip")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#picks-q")).ToHaveValueAsync(Pick);
    }

    [SkippableFact]
    public async Task PicksEntryPointListsEveryPickWithFacetsAndMostPicked()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address.ToString());
        await page.Locator("#picks-nav").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?picks=$"));
        var total = (await Json("api/picks")).GetProperty("total").GetInt32();
        await Assertions.Expect(page.Locator("#pick-list .pick")).ToHaveCountAsync(Math.Min(20, total));
        await Assertions.Expect(page.Locator("#pick-status strong")).ToHaveTextAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-facet=pick-year]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#picks-q")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task PersonViewFitsAPhoneInDarkMode()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync(fixture.Host.Address + "?person=pavel-moreau");
        await Assertions.Expect(page.Locator("#person-timeline li").First).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the person view is {scrollWidth}px wide on a 390px phone");
        await BrowserSupport.Screenshot(page, "person-phone-dark");
    }

    private async Task<System.Text.Json.JsonElement> Json(string url)
    {
        using var body = System.Text.Json.JsonDocument.Parse(await fixture.Client.GetStringAsync(url));
        return body.RootElement.Clone();
    }
}
