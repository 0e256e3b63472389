using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost;

/// <summary>
/// The per-request time budget. The work is given a token that is cancelled when the budget is spent or the
/// client goes away; the search core checks it inside its collectors and the vector scan
/// (<see cref="Core.Search.SearchRequest.Cancellation"/>), so an expensive query stops using the CPU instead of
/// running on after its 503 <c>time_budget_exceeded</c> was sent.
/// </summary>
internal sealed class TimeBudget(IOptions<SearchHostOptions> options)
{
    /// <summary>Runs <paramref name="work"/>, which should stop soon after its token is cancelled.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken aborted)
    {
        var budget = options.Value.RequestTimeBudget;
        if (budget == TimeSpan.Zero)
            return work(aborted);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        limit.CancelAfter(budget);
        try
        {
            return await Task.Run(() => work(limit.Token), limit.Token).WaitAsync(budget, aborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !aborted.IsCancellationRequested))
        {
            // The wait may end a moment before the timer fires, and the source is disposed on the way out (after
            // which it never cancels): cancel now, so the work stops.
            limit.Cancel();
            throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, ProblemCodes.TimeBudgetExceeded,
                $"the search did not finish within this host's budget of {budget.TotalMilliseconds:0.###} ms; narrow the query or add filters");
        }
    }

    /// <summary>Work that cannot watch a token: the request stops waiting for it when the budget is spent.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken aborted) => RunAsync(_ => work(), aborted);
}
