namespace PodSearch.SearchHost;

/// <summary>
/// Where settings come from, last wins: <c>appsettings.json</c>, environment variables (plain and
/// <c>PODSEARCH_</c>-prefixed), then the command line, whose short switches map onto <see cref="SearchHostOptions"/>.
/// </summary>
internal static class HostConfiguration
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--index"] = "Search:IndexPath",
        ["--cors-origins"] = "Search:AllowedOrigins:0",
        ["--rate-limit"] = "Search:RateLimitPerMinute",
        ["--max-page-size"] = "Search:MaxPageSize",
        ["--time-budget"] = "Search:RequestTimeBudget",
        ["--reload-interval"] = "Search:ReloadInterval",
        ["--request-log"] = "Search:RequestLog",
        ["--result-cache"] = "Search:ResultCacheEntries",
        ["--search-key"] = "Search:SearchKey",
        ["--trust-proxy"] = "Search:TrustedProxies:0",
        ["--max-body-bytes"] = "Search:MaxRequestBodyBytes",
        ["--public-url"] = "Search:PublicUrl",
        ["--frame-ancestors"] = "Search:FrameAncestors:0",
    };

    /// <summary>The host's switches without their dashes, for <c>podsearch serve</c> to pass through.</summary>
    public static IEnumerable<string> SwitchNames => Switches.Keys.Select(k => k[2..]);

    public static void AddSearchHostConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddEnvironmentVariables("PODSEARCH_");
        builder.Configuration.AddCommandLine(args, Switches);
        // --cors-origins, --trust-proxy and --frame-ancestors take comma-separated lists; spread them over the array entries options binding expects.
        foreach (var setting in new[] { "Search:AllowedOrigins", "Search:TrustedProxies", "Search:FrameAncestors" })
        {
            var first = builder.Configuration[setting + ":0"];
            if (first?.Contains(',') != true)
                continue;
            var list = first.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            builder.Configuration.AddInMemoryCollection(list.Select((o, i) => KeyValuePair.Create($"{setting}:{i}", (string?)o)));
        }
    }
}
