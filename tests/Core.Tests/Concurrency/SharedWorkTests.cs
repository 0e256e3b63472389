using PodSearch.Core.Concurrency;

namespace PodSearch.Core.Tests.Concurrency;

public sealed class SharedWorkTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(37, 1)]
    [InlineData(200, 3)]
    public void EveryChunkRunsExactlyOnceAndResultsKeepChunkOrder(int chunks, int helpers)
    {
        var runs = new int[chunks];
        var work = SharedWork<int>.Start(chunks, i =>
        {
            Interlocked.Increment(ref runs[i]);
            Thread.SpinWait(1000);
            return i * i;
        }, helpers);
        var results = work.Join();
        Assert.Equal(Enumerable.Range(0, chunks).Select(i => i * i), results);
        Assert.All(runs, count => Assert.Equal(1, count));
    }

    [Fact]
    public void WithoutHelpersTheCallerRunsEveryChunkItself()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = SharedWork<int>.Start(10, _ => Environment.CurrentManagedThreadId, helpers: 0).Join();
        Assert.All(threads, id => Assert.Equal(caller, id));
    }

    [Fact]
    public void AChunksExceptionReachesTheCallerAfterTheOtherChunksFinish()
    {
        var finished = 0;
        var work = SharedWork<int>.Start(20, i =>
        {
            if (i == 7)
                throw new InvalidOperationException("chunk 7");
            Interlocked.Increment(ref finished);
            return i;
        }, helpers: 1);
        var error = Assert.Throws<InvalidOperationException>(() => work.Join());
        Assert.Equal("chunk 7", error.Message);
        Assert.Equal(19, finished);
    }

    [Fact]
    public async Task AbandonWaitsForRunningChunksAndStartsNoMore()
    {
        using var started = new ManualResetEventSlim(false);
        using var release = new ManualResetEventSlim(false);
        var ran = 0;
        var finishedRunning = 0;
        var work = SharedWork<int>.Start(50, i =>
        {
            Interlocked.Increment(ref ran);
            started.Set();
            release.Wait();
            Interlocked.Increment(ref finishedRunning);
            return i;
        }, helpers: 1);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));

        // A thread of its own, not the pool's: with the pool busy elsewhere, a queued Abandon could start only
        // after the release below, and the helper would have run every chunk by then.
        var abandon = new Thread(work.Abandon);
        abandon.Start();
        var waiting = DateTime.UtcNow.AddSeconds(10);
        while (abandon.IsAlive && !abandon.ThreadState.HasFlag(ThreadState.WaitSleepJoin) && DateTime.UtcNow < waiting)
            await Task.Delay(5);
        Assert.True(abandon.IsAlive); // waiting for the helper's chunk, still running
        release.Set();
        Assert.True(abandon.Join(TimeSpan.FromSeconds(10)));
        // Only the helper's one chunk ran, and it had finished when Abandon returned.
        Assert.Equal(1, ran);
        Assert.Equal(1, finishedRunning);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(40, 1)]
    public void TheLastStepRunsOnceOverEveryResultBeforeJoinReturns(int chunks, int helpers)
    {
        var calls = 0;
        int[]? seen = null;
        var work = SharedWork<int>.Start(chunks, i =>
        {
            Thread.SpinWait(500);
            return i + 1;
        }, helpers, results =>
        {
            Interlocked.Increment(ref calls);
            seen = [.. results];
        });

        var joined = work.Join();

        Assert.Equal(1, calls);
        Assert.Equal(Enumerable.Range(1, chunks), seen);
        Assert.Equal(seen, joined);
    }

    [Fact]
    public async Task TheLastStepDoesNotRunAfterAbandonOrAFailedChunkAndItsOwnFailureReachesJoin()
    {
        var ran = false;
        using var started = new ManualResetEventSlim(false);
        using var release = new ManualResetEventSlim(false);
        var abandoned = SharedWork<int>.Start(4, i =>
        {
            started.Set();
            release.Wait();
            return i;
        }, helpers: 1, _ => ran = true);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        var abandoning = new Thread(abandoned.Abandon);
        abandoning.Start();
        var waiting = DateTime.UtcNow.AddSeconds(10);
        while (abandoning.IsAlive && !abandoning.ThreadState.HasFlag(ThreadState.WaitSleepJoin) && DateTime.UtcNow < waiting)
            await Task.Delay(5);
        release.Set();
        Assert.True(abandoning.Join(TimeSpan.FromSeconds(10)));
        Assert.False(ran);

        var failed = SharedWork<int>.Start(3, i => i == 1 ? throw new InvalidOperationException("chunk 1") : i, helpers: 0, _ => ran = true);
        Assert.Equal("chunk 1", Assert.Throws<InvalidOperationException>(() => failed.Join()).Message);
        Assert.False(ran);

        var failing = SharedWork<int>.Start(3, i => i, helpers: 0, _ => throw new InvalidOperationException("last step"));
        Assert.Equal("last step", Assert.Throws<InvalidOperationException>(() => failing.Join()).Message);
    }
}
