using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost;

/// <summary>
/// The per-request time budget. Lucene searches are synchronous and do not watch a cancellation token, so the
/// work runs on the thread pool and the request stops waiting for it when the budget is spent: the client
/// gets a 503 <c>time_budget_exceeded</c> instead of a hung connection, and the searcher lease is still
/// released when the abandoned search ends.
/// </summary>
internal sealed class TimeBudget(IOptions<SearchHostOptions> options)
{
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken aborted)
    {
        var budget = options.Value.RequestTimeBudget;
        if (budget == TimeSpan.Zero)
            return work();
        try
        {
            return await Task.Run(work, aborted).WaitAsync(budget, aborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, ProblemCodes.TimeBudgetExceeded,
                $"the search did not finish within this host's budget of {budget.TotalMilliseconds:0.###} ms; narrow the query or add filters");
        }
    }
}
