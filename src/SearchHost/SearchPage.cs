using Microsoft.Extensions.FileProviders;

namespace PodSearch.SearchHost;

/// <summary>
/// Serves <c>wwwroot/</c> (the search page, its script and style, and <c>embed.js</c>). The files are embedded
/// in the assembly because <c>podsearch serve</c> runs from the Indexer's output folder, where no
/// <c>wwwroot</c> folder exists; no build step touches them.
/// </summary>
internal static class SearchPage
{
    public static WebApplication UseSearchPage(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(SearchPage).Assembly, "PodSearch.SearchHost.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Short, revalidated caching: the page changes with the host, ETags make repeats cheap.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
