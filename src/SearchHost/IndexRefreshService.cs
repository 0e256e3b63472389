namespace PodSearch.SearchHost;

/// <summary>
/// Polls the index folder for a new commit and swaps it in. Lucene writes a commit's files first and its
/// <c>segments_N</c> file last, so a commit is either fully visible or not at all: the host never sees a
/// half-written index. Polling (not a file watcher) because it is simple, works on every file system, and a
/// 250 ms interval keeps a commit by another process visible well within 2 s.
/// </summary>
internal sealed class IndexRefreshService(SearchIndex index, Core.Search.EpisodeSearcher searcher,
    Microsoft.Extensions.Options.IOptions<SearchHostOptions> options, ILogger<IndexRefreshService> logger) : BackgroundService
{
    /// <summary>
    /// Runs one search with every facet before the host takes requests: the first search pays for JIT and the
    /// searcher's per-segment caches, and that should not count against a visitor's time budget.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        searcher.Search(new Core.Search.SearchRequest { Query = "podcast episode", Facets = Core.Indexing.IndexSchema.FacetFields, Limit = 10 });
        searcher.Search(new Core.Search.SearchRequest { Query = "\"unbalanced (query", Limit = 1 });
        index.Current.Suggestions.Suggest("warm up", 8);
        logger.LogInformation("searcher warmed up in {Ms:0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReloadInterval);
        string? lastError = null;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                index.Refresh();
                lastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving the generation we have; say so once per distinct problem, not every tick.
                if (ex.Message != lastError)
                    logger.LogError(ex, "index reload failed; still serving generation {Generation}", index.Current.Generation);
                lastError = ex.Message;
            }
        }
    }
}
