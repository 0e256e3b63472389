namespace PodSearch.SearchHost;

/// <summary>
/// Where settings come from, last wins: <c>appsettings.json</c>, environment variables (plain and
/// <c>PODSEARCH_</c>-prefixed), then the command line, whose short switches map onto <see cref="SearchHostOptions"/>.
/// </summary>
internal static class HostConfiguration
{
    /// <summary>The command-line switches, each with the setting it sets and its help line (what <c>podsearch serve --help</c> lists).</summary>
    public static IReadOnlyList<HostSwitch> All { get; } =
    [
        new("index", "Search:IndexPath", "The index folder written by podsearch index (default: index).", "DIR"),
        new("urls", "urls", "Where to listen (default http://127.0.0.1:5080).", "URL"),
        new("cors-origins", "Search:AllowedOrigins:0", "Comma-separated origins whose pages may call the API from a browser; * for any.", "ORIGINS"),
        new("rate-limit", "Search:RateLimitPerMinute", "Requests per client per minute on /api; 0 turns the limit off.", "N"),
        new("max-page-size", "Search:MaxPageSize", "Largest limit a search may ask for (default 100).", "N"),
        new("time-budget", "Search:RequestTimeBudget", "Time a search may take before 503 time_budget_exceeded (hh:mm:ss, default 00:00:05).", "TIME"),
        new("reload-interval", "Search:ReloadInterval", "How often the index folder is checked for a new commit (hh:mm:ss).", "TIME"),
        new("request-log", "Search:RequestLog", "Write one log line per request (true or false).", "BOOL"),
        new("result-cache", "Search:ResultCacheEntries", "Recent search results kept per index generation; 0 turns the cache off.", "N"),
        new("search-key", "Search:SearchKey", "A key the Meilisearch-compatible routes want as Authorization: Bearer.", "KEY"),
        new("trust-proxy", "Search:TrustedProxies:0", "Comma-separated reverse-proxy addresses whose X-Forwarded-For is honoured.", "ADDRESSES"),
        new("max-body-bytes", "Search:MaxRequestBodyBytes", "Largest request body read (default 1048576); more is 413 body_too_large.", "N"),
        new("public-url", "Search:PublicUrl", "The address visitors use, for links in feeds (default: the listening address).", "URL"),
        new("frame-ancestors", "Search:FrameAncestors:0", "Comma-separated sites that may frame the page (default: the CORS origins, else any).", "SITES"),
    ];

    private static readonly Dictionary<string, string> Switches = All.Where(s => s.Name != "urls")
        .ToDictionary(s => "--" + s.Name, s => s.Setting, StringComparer.OrdinalIgnoreCase);

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

/// <summary>One command-line switch of the host: <c>--name VALUE</c> sets <see cref="Setting"/>.</summary>
public sealed record HostSwitch(string Name, string Setting, string Description, string ValueName);
