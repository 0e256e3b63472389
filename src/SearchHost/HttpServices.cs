using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using PodSearch.SearchHost.OpenApi;

namespace PodSearch.SearchHost;

/// <summary>The HTTP plumbing around the endpoints: JSON, compression, CORS for site search boxes, rate limits.</summary>
internal static class HttpServices
{
    public const string SitesCorsPolicy = "sites";
    public const string PerClientRateLimit = "per-client";

    public static IServiceCollection AddSearchHostHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            // The same JSON as `podsearch ... --json`: camelCase, enums as words, names and quotes unescaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            // A search result is written by the core's one generated writer, the command line's too.
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, Core.Requests.SearchResultJsonContext.Default);
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // A body past the limit is refused while it streams in (413 body_too_large), never buffered whole.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<SearchHostOptions>>((kestrel, search) => kestrel.Limits.MaxRequestBodySize = search.Value.MaxRequestBodyBytes);

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        // Fastest: at thousands of small JSON answers a second, CPU matters more than the last few bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<SearchHostOptions>>((cors, host) => cors.AddPolicy(SitesCorsPolicy, policy =>
            {
                var origins = host.Value.AllowedOrigins;
                if (origins.Contains("*"))
                    policy.AllowAnyOrigin();
                else
                    policy.WithOrigins(origins);
                policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "If-None-Match").WithExposedHeaders("ETag")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }));

        services.AddSingleton<RefusedRequestLog>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchHostOptions>>((limiter, host) =>
        {
            var perMinute = host.Value.RateLimitPerMinute;
            limiter.AddPolicy(PerClientRateLimit, context => perMinute == 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "10";
                return new ValueTask(ProblemMapping.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited,
                    $"more than {perMinute} requests a minute from this client; retry later", null));
            };
        });

        services.AddSearchHostOpenApi();
        return services;
    }
}
