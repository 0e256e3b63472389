namespace PodSearch.SearchHost;

/// <summary>
/// Polls the index folder for a new commit and swaps it in. Lucene writes a commit's files first and its
/// <c>segments_N</c> file last, so a commit is either fully visible or not at all: the host never sees a
/// half-written index. Polling (not a file watcher) because it is simple, works on every file system, and a
/// 250 ms interval keeps a commit by another process visible well within 2 s.
/// </summary>
internal sealed class IndexRefreshService(SearchIndex index, Microsoft.Extensions.Options.IOptions<SearchHostOptions> options,
    ILogger<IndexRefreshService> logger) : BackgroundService
{
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
