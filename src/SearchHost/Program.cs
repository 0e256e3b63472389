using PodSearch.SearchHost;
using PodSearch.SearchHost.Http;
using PodSearch.SearchHost.Meilisearch;

// `dotnet run --project src/SearchHost -- --index DIR --urls URL` and `podsearch serve` both land here.
return SearchHostApp.Run(args);

namespace PodSearch.SearchHost
{
    public static partial class SearchHostApp
    {
        /// <summary>The table of contents: every service and every endpoint group of the host, in pipeline order.</summary>
        public static WebApplication Build(string[] args)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
            builder.AddSearchHostConfiguration(args);     // appsettings.json, env vars, --index/--cors-origins/...
            builder.AddSearchHostLogging();               // one line per message, one message per request
            builder.Services.AddSearchHostOptions(builder.Configuration);
            builder.Services.AddSearchIndex();            // searcher, suggestions, IndexRefreshService
            builder.Services.AddProblemMapping();
            builder.Services.AddSearchHostHttp();         // JSON, compression, CORS, rate limits, OpenAPI

            var app = builder.Build();
            app.UseTrustedProxies();                      // --trust-proxy: forwarded client addresses from those proxies only
            app.UseMiddleware<RequestLogMiddleware>();
            app.UseMiddleware<SecurityHeaders>();         // CSP, nosniff, frame-ancestors on every answer
            app.UseProblemMapping();
            app.UseResponseCompression();
            app.UseSearchPage();                          // wwwroot: the search page and embed.js
            app.UseCors();
            app.UseRateLimiter();

            var api = app.MapGroup("/api").RequireCors(HttpServices.SitesCorsPolicy).RequireRateLimiting(HttpServices.PerClientRateLimit);
            api.MapSearchEndpoints();                     // /api/search, /api/episodes, /api/facets, /api/suggest
            api.MapResearchEndpoints();                   // /api/people, /api/picks, /api/links, /api/moments, exports, feeds
            app.MapHealthEndpoints();                     // /healthz
            app.MapMeilisearchEndpoints();                // Meilisearch's search API: /multi-search, /indexes/..., /health, /version
            app.MapOpenApi();                             // /openapi/v1.json
            return app;
        }
    }
}
