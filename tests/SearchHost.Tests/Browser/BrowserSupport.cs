using Microsoft.Playwright;

namespace PodSearch.SearchHost.Tests.Browser;

/// <summary>
/// What the browser test classes share: Debian's <c>/usr/bin/chromium</c> launched headless through Playwright
/// (its own browser download is never used), the skip when it is missing, URL patterns and screenshots
/// (to <c>screenshots/</c> in the test output, and to <c>$PODSEARCH_SCREENSHOTS</c> when set, which is how the
/// ones in <c>docs/</c> are refreshed).
/// </summary>
internal static class BrowserSupport
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string profile) =>
        playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    public static void SkipWithoutChromium() =>
        Skip.IfNot(HasChromium, $"browser test skipped: no Chromium at {ChromiumPath} (apt-get install chromium)");

    /// <summary>A pattern for a URL whose query has <paramref name="parameter"/> as URLSearchParams writes it (spaces as '+').</summary>
    public static System.Text.RegularExpressions.Regex UrlWith(string parameter) =>
        new(System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(parameter).Replace("%3D", "=").Replace("%20", "+")));

    public static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        if (Environment.GetEnvironmentVariable("PODSEARCH_SCREENSHOTS") is { Length: > 0 } copyTo)
        {
            Directory.CreateDirectory(copyTo);
            File.Copy(path, Path.Combine(copyTo, name + ".png"), overwrite: true);
        }
    }
}
