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

        var abandon = Task.Run(work.Abandon);
        await Task.Delay(100);
        Assert.False(abandon.IsCompleted); // the helper's chunk is still running
        release.Set();
        await abandon.WaitAsync(TimeSpan.FromSeconds(10));
        // Only the helper's one chunk ran, and it had finished when Abandon returned.
        Assert.Equal(1, ran);
        Assert.Equal(1, finishedRunning);
    }
}
