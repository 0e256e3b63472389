using Microsoft.Extensions.Options;

namespace PodSearch.SearchHost.Tests.Http;

/// <summary>The time budget stops the work, not only the waiting: the work's token is cancelled when the budget is spent.</summary>
public sealed class TimeBudgetTests
{
    private static TimeBudget Budget(TimeSpan budget) => new(Options.Create(new SearchHostOptions { RequestTimeBudget = budget }));

    [Fact]
    public async Task WorkPastTheBudgetIsCancelledAndAnswered503()
    {
        var stopped = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var error = await Assert.ThrowsAsync<ApiProblemException>(() => Budget(TimeSpan.FromMilliseconds(50)).RunAsync(token =>
        {
            // A search that would run for a minute unless it watches its token, as the core's collectors do.
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (DateTime.UtcNow < deadline)
            {
                if (token.IsCancellationRequested)
                {
                    stopped.SetResult(true);
                    token.ThrowIfCancellationRequested();
                }
                Thread.Sleep(1);
            }
            stopped.SetResult(false);
            return 0;
        }, CancellationToken.None));
        Assert.Equal(ProblemCodes.TimeBudgetExceeded, error.Code);
        Assert.Equal(503, error.Status);
        Assert.True(await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10)), "the work ran on past its budget");
    }

    [Fact]
    public async Task WorkWithinTheBudgetKeepsItsResultAndAnUncancelledToken()
    {
        var result = await Budget(TimeSpan.FromSeconds(30)).RunAsync(token => token.IsCancellationRequested ? -1 : 42, CancellationToken.None);
        Assert.Equal(42, result);
    }
}
