using System.ComponentModel.DataAnnotations;

namespace PodSearch.SearchHost;

/// <summary>
/// Every setting of the host, bound from the <c>Search</c> section: <c>appsettings.json</c>, then environment
/// variables (<c>PODSEARCH_Search__IndexPath</c> or <c>Search__IndexPath</c>), then command-line switches
/// (<c>--index</c>, <c>--cors-origins</c>, <c>--rate-limit</c>, ...). Validated once at start-up, so a bad
/// value stops the host with a message instead of failing the first request.
/// </summary>
public sealed class SearchHostOptions
{
    public const string Section = "Search";

    /// <summary>Folder of the Lucene index written by <c>podsearch index</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index";

    /// <summary>Origins whose pages may call the API from the browser (site search boxes); <c>*</c> allows any.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Requests per client (remote address) per minute on <c>/api</c>; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>Largest <c>limit</c> a search may ask for.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest <c>offset + limit</c>: deep paging costs memory proportional to it.</summary>
    [Range(1, 1_000_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    [Range(1, 100_000)]
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>Time a search may take before the request is answered with 503 <c>time_budget_exceeded</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RequestTimeBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the index folder is checked for a new commit; keep well under 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many recent search results are kept per index generation, counted in pages of ten hits (see <see cref="SearchResultCache"/>); 0 turns the cache off.</summary>
    [Range(0, 1_000_000)]
    public int ResultCacheEntries { get; set; } = 4096;

    /// <summary>The limits above as the search core takes them (one type for the core and both doors).</summary>
    public Core.Requests.SearchLimits ToLimits() => new() { MaxPageSize = MaxPageSize, MaxOffset = MaxResultWindow, MaxQueryLength = MaxQueryLength };

    /// <summary>When set, the Meilisearch routes (Meilisearch/) want it as <c>Authorization: Bearer</c>; null leaves them open.</summary>
    public string? SearchKey { get; set; }

    /// <summary>Reverse proxies (IP addresses) whose <c>X-Forwarded-For</c>/<c>-Proto</c> are honoured; empty: none (see <see cref="Http.TrustedProxies"/>).</summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Largest request body Kestrel reads; a search body is a few kilobytes, so more is refused with 413 <c>body_too_large</c>.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The address visitors reach the host at (<c>https://search.example.org/</c>): feeds link to it. Unset, feeds
    /// link to the host's own listening address; the request's <c>Host</c> header is never used, since any client can set it.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Sites that may show the page in a frame (the CSP <c>frame-ancestors</c>). Empty: the sites of <see cref="AllowedOrigins"/>
    /// when those are listed, else any site, since <c>embed.js</c> is meant to be pasted into any page.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>Write one log line per request.</summary>
    public bool RequestLog { get; set; } = true;
}
