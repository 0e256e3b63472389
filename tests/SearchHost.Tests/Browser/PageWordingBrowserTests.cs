using System.Text.Json;
using Microsoft.Playwright;
using static PodSearch.SearchHost.Tests.Browser.BrowserSupport;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// What a visitor reads on the page (issue 13): show titles rather than folder slugs in the Shows facet and its
/// chips, an embedding site's own filter as a fixed scope rather than a removable chip, and notices about what was
/// typed but none of the engine's own. The fixture index has no vectors, so every hybrid search carries such a notice.
/// </summary>
public sealed class PageWordingBrowserTests : BrowserTest, IClassFixture<HostFixture>
{
    private const string Show = "byte-garden";
    private readonly HostFixture fixture;

    public PageWordingBrowserTests(HostFixture fixture) => this.fixture = fixture;

    private string ShowTitle(string podcast) => fixture.Episodes.First(e => e.Podcast == podcast).PodcastTitle!;

    [SkippableFact]
    public async Task TheShowsFacetAndItsChipReadShowTitles()
    {
        var page = await NewPageAsync();
        // Filtered to one show, the facet still offers the others (disjunctive), whose episodes are not among the hits.
        const string other = "night-shift-ops";
        await page.GotoAsync(fixture.Host.Address + "?q=queue&podcast=" + other);
        var buttons = page.Locator(".facet[data-facet=podcast] button");
        await Assertions.Expect(buttons.First).ToBeVisibleAsync();
        var shows = fixture.Episodes.Select(e => e.Podcast).Distinct().ToList();
        Assert.True(shows.Count >= 2);
        // Every show on the facet reads as its title, not only the shows of the hits on this page.
        foreach (var value in await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.value)"))
            await Assertions.Expect(page.Locator($".facet[data-facet=podcast] button[data-value='{value}'] .value")).ToHaveTextAsync(ShowTitle(value));

        Assert.Contains(Show, await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.value)"));
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveTextAsync(ShowTitle(other) + " ×");
    }

    [SkippableFact]
    public async Task AnEmbeddingSitesShowIsAFixedScopeNotARemovableChip()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address + "?embed=1&fixed.podcast=" + Show + "&q=queue");
        var hits = page.Locator("#hits .hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        await Assertions.Expect(hits).ToHaveCountAsync(Math.Min(10, await ApiTotal($"api/search?q=queue&podcast={Show}")));
        var shown = await page.Locator("#hits .hit a[data-episode]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.episode)");
        Assert.All(shown, id => Assert.StartsWith(Show + "/", id));
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".facet[data-facet=podcast]")).ToHaveCountAsync(0);

        // Narrowing further keeps the scope: a guest is a removable chip, the show is not, and the URL keeps both.
        var guest = page.Locator(".facet[data-facet=guest] button").First;
        var name = await guest.GetAttributeAsync("data-value");
        await guest.ClickAsync();
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(1);
        await Assertions.Expect(page).ToHaveURLAsync(UrlWith("fixed.podcast=" + Show));
        await page.Locator("#active-filters .chip").ClickAsync();
        await Assertions.Expect(page.Locator("#active-filters .chip")).ToHaveCountAsync(0);
        Assert.Contains("fixed.podcast=" + Show, page.Url);
        Assert.DoesNotContain("guest=" + Uri.EscapeDataString(name!), page.Url);

        // embed.js passes the site's data-podcast as that fixed scope.
        await page.GotoAsync(fixture.Host.Address + "healthz");
        await page.SetContentAsync($"<div id=\"box\"></div><script src=\"{fixture.Host.Address}embed.js\" data-target=\"#box\" data-podcast=\"{Show}\"></script>");
        var src = await page.Locator("#box iframe").GetAttributeAsync("src");
        Assert.Contains("fixed.podcast=" + Show, src);
        Assert.DoesNotContain("&podcast=", src);
    }

    [SkippableFact]
    public async Task VisitorsSeeNoticesAboutWhatTheyTypedAndNotTheEnginesOwn()
    {
        // The API tells the engine's notice (no vectors in this index) with its code; the page keeps it to itself.
        using var api = JsonDocument.Parse(await fixture.Client.GetStringAsync("api/search?q=queue"));
        var codes = api.RootElement.GetProperty("noticeCodes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(api.RootElement.GetProperty("notices").GetArrayLength(), codes.Count);
        Assert.Contains(codes, c => c!.StartsWith("semantic_", StringComparison.Ordinal));

        var page = await NewPageAsync();
        await page.GotoAsync(fixture.Host.Address + "?q=queue");
        await Assertions.Expect(page.Locator("#hits .hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status small")).ToHaveCountAsync(0);

        // A query past the word limit is cut, and that the visitor is told.
        var longQuery = string.Join(' ', Enumerable.Range(1, 40).Select(i => "queue" + i));
        await page.GotoAsync(fixture.Host.Address + "?q=" + Uri.EscapeDataString(longQuery));
        await Assertions.Expect(page.Locator("#status small")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#status small")).ToContainTextAsync("cut to its first");
    }

    private async Task<int> ApiTotal(string url)
    {
        using var body = JsonDocument.Parse(await fixture.Client.GetStringAsync(url));
        return body.RootElement.GetProperty("total").GetInt32();
    }
}
