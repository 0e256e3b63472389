using Microsoft.Playwright;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// The Chromium lifetime every browser test class shares: one persistent profile per class, launched through
/// <see cref="BrowserSupport"/> only when Chromium is installed, closed and deleted at the end.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private readonly string profile = TempFolder.Create("chromium-profile");
    private IPlaywright? playwright;
    private IBrowserContext? browser;

    public async Task InitializeAsync()
    {
        if (!BrowserSupport.HasChromium)
            return;
        playwright = await Playwright.CreateAsync();
        browser = await BrowserSupport.LaunchAsync(playwright, profile);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        TempFolder.Delete(profile);
    }

    /// <summary>A new tab; skips the test, saying why, when there is no Chromium.</summary>
    protected Task<IPage> NewPageAsync()
    {
        BrowserSupport.SkipWithoutChromium();
        return browser!.NewPageAsync();
    }
}
