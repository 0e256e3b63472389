using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// The InstantSearch sample page (<c>samples/instantsearch</c>: instantsearch.js 4.118.1 and instant-meilisearch 0.31.3
/// from their npm dist files) in headless Chromium against the real host's Meilisearch routes, with a search key
/// and CORS as a site on another origin would use them: the page's folder is served by a static file server of its
/// own on 127.0.0.1 (a loopback page, as in the README: Chromium refuses a public page's requests to a loopback
/// host). Skipped, saying why, without Chromium or without the npm packages
/// (<c>npm ci</c> in <c>tests/Meilisearch</c>, as <c>.ci/run</c> does).
/// </summary>
public sealed class InstantSearchSampleBrowserTests : BrowserTest, IClassFixture<InstantSearchSampleBrowserTests.SampleHost>
{
    private const string SearchKey = "sample-key";
    private const string Ilse = "Ilse Dvořák";
    private readonly SampleHost sample;

    public InstantSearchSampleBrowserTests(SampleHost sample) => this.sample = sample;

    [SkippableFact]
    public async Task QueryHighlightsRefineByGuestSearchGuestsPageAndSortByDate()
    {
        Skip.If(sample.Unavailable is not null, sample.Unavailable);
        var page = await NewPageAsync();
        var errors = new List<string>();
        // Failed loads are reported by URL below (the browser's own favicon request is no error of the page's).
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) errors.Add(message.Text); };
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) errors.Add($"{response.Status} {response.Url}"); };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"{request.Method} {request.Url}: {request.Failure}");
        await page.GotoAsync($"{sample.Origin}/index.html?host={Uri.EscapeDataString(sample.Host.Address.ToString().TrimEnd('/'))}&key={SearchKey}&hitsPerPage=3");
        var hits = page.Locator("#hits .hit");
        try
        {
            await Assertions.Expect(hits).ToHaveCountAsync(3);
        }
        catch (PlaywrightException ex)
        {
            throw new Xunit.Sdk.XunitException($"the page shows no hits; errors in the page: {string.Join(" | ", errors)}\n{ex.Message}");
        }

        // Type a query: highlighted hits, as many as PodSearch finds (first page of 3).
        await page.Locator("#searchbox input").PressSequentiallyAsync("queue", new() { Delay = 40 });
        var queue = await Api("q=queue");
        var total = queue.GetProperty("total").GetInt32();
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync($"{total} result");
        await Assertions.Expect(hits).ToHaveCountAsync(Math.Min(3, total));
        await Assertions.Expect(page.Locator("#hits .hit h3 mark").First).ToHaveTextAsync(new Regex("^[Qq]ueues?$"));
        await Assertions.Expect(page.Locator("#hits .snippet mark").First).ToBeVisibleAsync();
        await BrowserSupport.Screenshot(page, "instantsearch-query");

        // Click a guest: only her episodes; the other guests keep their counts (disjunctive), hosts are counted within her episodes.
        var guestsBefore = await Counts(page, "guest");
        Assert.Equal(Facet(queue, "guest"), guestsBefore);
        await page.Locator("#guest .ais-RefinementList-label", new() { HasText = Ilse }).ClickAsync();
        var withIlse = await Api("q=queue&guest=" + Uri.EscapeDataString(Ilse));
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync($"{withIlse.GetProperty("total").GetInt32()} result");
        await Assertions.Expect(page.Locator("#guest .ais-RefinementList-item--selected")).ToContainTextAsync(Ilse);
        foreach (var guests in await hits.Locator(".guests").AllTextContentsAsync())
            Assert.Contains(Ilse, guests);
        Assert.Equal(guestsBefore, await Counts(page, "guest"));
        await Assertions.Expect(page.Locator("#host .ais-RefinementList-item")).ToHaveCountAsync(Facet(withIlse, "host").Count);
        Assert.Equal(Facet(withIlse, "host"), await Counts(page, "host"));

        // Search inside the guest list: facet search by the start of a name.
        var other = guestsBefore.Keys.First(g => g != Ilse);
        await page.Locator("#guest input[type=search]").FillAsync(other[..3].ToLowerInvariant());
        await Assertions.Expect(page.Locator("#guest .ais-RefinementList-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#guest .ais-RefinementList-labelText")).ToHaveTextAsync(other);
        await page.Locator("#guest input[type=search]").FillAsync("");
        await Assertions.Expect(page.Locator("#guest .ais-RefinementList-label", new() { HasText = Ilse })).ToBeVisibleAsync();

        // Back to every episode, then page 2: the episodes PodSearch ranks 4th to 6th.
        await page.Locator("#guest .ais-RefinementList-label", new() { HasText = Ilse }).ClickAsync();
        await page.Locator("#searchbox input").FillAsync("");
        var all = await Api("");
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync($"{all.GetProperty("total").GetInt32()} result");
        await page.Locator("#pagination .ais-Pagination-item--page a").Filter(new() { HasTextRegex = new Regex("^2$") }).ClickAsync();
        var expectedPage2 = Ids(all).Skip(3).Take(3).ToArray();
        await Assertions.Expect(hits).ToHaveCountAsync(expectedPage2.Length);
        Assert.Equal(expectedPage2, await HitIds(page));
        await Assertions.Expect(page.Locator("#pagination .ais-Pagination-item--selected")).ToHaveTextAsync("2");

        // Sort by date: oldest first, then newest first (back on page 1).
        await page.Locator("#sort select").SelectOptionAsync("episodes:date:asc");
        var oldest = Ids(await Api("sort=oldest")).Take(3).ToArray();
        await Assertions.Expect(hits.First).ToHaveAttributeAsync("data-id", oldest[0]);
        Assert.Equal(oldest, await HitIds(page));
        var dates = await hits.Locator("time").AllTextContentsAsync();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        await page.Locator("#sort select").SelectOptionAsync("episodes:date:desc");
        var newest = Ids(await Api("sort=newest")).Take(3).ToArray();
        await Assertions.Expect(hits.First).ToHaveAttributeAsync("data-id", newest[0]);
        Assert.Equal(newest, await HitIds(page));
        await BrowserSupport.Screenshot(page, "instantsearch-sorted");
        Assert.Empty(errors);
    }

    /// <summary>A refinement list as the page shows it: value to count.</summary>
    private static async Task<Dictionary<string, int>> Counts(IPage page, string facet)
    {
        var pairs = await page.Locator($"#{facet} .ais-RefinementList-item").EvaluateAllAsync<string[][]>(
            "items => items.map(i => [i.querySelector('.ais-RefinementList-labelText').textContent, i.querySelector('.ais-RefinementList-count').textContent])");
        return pairs.ToDictionary(p => p[0], p => int.Parse(p[1].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, int> Facet(JsonElement result, string facet) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Where(v => v.GetProperty("value").ValueKind == JsonValueKind.String)
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private static IEnumerable<string> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!);

    private static Task<string[]> HitIds(IPage page) => page.Locator("#hits .hit").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.id)");

    /// <summary>PodSearch's own search, lexical as the page's searches are, with every facet the page shows.</summary>
    private async Task<JsonElement> Api(string query)
    {
        using var response = await sample.Host.Client.GetAsync("api/search?mode=lexical&limit=100&facets=guest,host,podcast,tag,year&" + query);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>
    /// The host over the fixture notes with a search key and the sample's origin allowed, and the sample page's
    /// vendor files copied from the npm packages by its own <c>build.mjs</c>.
    /// </summary>
    public sealed class SampleHost : IAsyncLifetime
    {
        private readonly string indexPath = TempFolder.Create("sample-index");
        private WebApplication? site;

        public RunningHost Host { get; private set; } = null!;

        /// <summary>The static site serving the page's folder, e.g. <c>http://127.0.0.1:40123</c>.</summary>
        public string Origin { get; private set; } = "";

        public string Folder { get; } = Path.Combine(RepositoryRoot(), "samples", "instantsearch") + Path.DirectorySeparatorChar;

        /// <summary>Why the page cannot be tested here, or null.</summary>
        public string? Unavailable { get; private set; }

        public async Task InitializeAsync()
        {
            HostFixture.Index(HostFixture.NotesRoot, indexPath);
            site = StaticSite(Folder);
            await site.StartAsync();
            Origin = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Host = await RunningHost.StartAsync(indexPath, "--cors-origins", Origin, "--search-key", SearchKey);
            var modules = Path.Combine(RepositoryRoot(), "tests", "Meilisearch", "node_modules");
            if (!Directory.Exists(modules))
            {
                Unavailable = $"browser test skipped: {modules} is missing (run 'npm ci' in tests/Meilisearch)";
                return;
            }
            var build = Process.Start(new ProcessStartInfo("node", [Path.Combine(Folder, "build.mjs"), modules])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await build.StandardError.ReadToEndAsync() + await build.StandardOutput.ReadToEndAsync();
            await build.WaitForExitAsync();
            Assert.True(build.ExitCode == 0, "samples/instantsearch/build.mjs failed: " + output);
        }

        public async Task DisposeAsync()
        {
            if (site is not null)
                await site.DisposeAsync();
            await Host.DisposeAsync();
            TempFolder.Delete(indexPath);
        }

        /// <summary>Plain static files from <paramref name="folder"/> on a free port, as any static host would serve the page.</summary>
        private static WebApplication StaticSite(string folder)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, WebRootPath = folder });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.UseDefaultFiles();
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
            return app;
        }

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Search.sln")))
                    return folder.FullName;
            throw new InvalidOperationException("no Search.sln above " + AppContext.BaseDirectory);
        }
    }
}
