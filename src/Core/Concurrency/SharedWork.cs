using System.Runtime.ExceptionServices;

namespace PodSearch.Core.Concurrency;

/// <summary>
/// Work cut into chunks that any thread may take: idle thread-pool threads start on them at once, and the
/// request's own thread takes the rest when it calls <see cref="Join"/> (hybrid search scans the passage
/// vectors while its thread runs the lexical query, then helps finish the scan). On a busy server no helper
/// gets to run and the caller does every chunk itself: nothing is lost, and a request never blocks on a
/// queued item, which under load would starve the pool.
/// </summary>
internal sealed class SharedWork<T>
{
    private readonly Func<int, T> chunk;
    private readonly Action<T[]>? whenDone;
    private readonly T[] results;
    // Little spinning: the other thread is mid-chunk, and on a busy machine a spinning waiter takes its core.
    private readonly ManualResetEventSlim finished = new(false, spinCount: 20);
    private int next = -1;
    private int remaining;
    private volatile bool abandoned;
    private ExceptionDispatchInfo? failure;

    private SharedWork(int count, Func<int, T> chunk, Action<T[]>? whenDone)
    {
        this.chunk = chunk;
        this.whenDone = whenDone;
        results = new T[count];
        remaining = count;
        if (count == 0)
            Finish();
    }

    /// <summary>
    /// Offers chunks <c>0..count-1</c> of <paramref name="chunk"/> to up to <paramref name="helpers"/> pool threads
    /// and returns at once. <paramref name="whenDone"/>, if given, runs on the thread that finishes the last chunk,
    /// before <see cref="Join"/> returns: a last step over all results then needs no thread of its own and is
    /// usually done before the caller joins.
    /// </summary>
    public static SharedWork<T> Start(int count, Func<int, T> chunk, int helpers, Action<T[]>? whenDone = null)
    {
        var work = new SharedWork<T>(count, chunk, whenDone);
        for (var h = 0; h < Math.Min(helpers, count); h++)
            ThreadPool.UnsafeQueueUserWorkItem(static w => w.Drain(), work, preferLocal: false);
        return work;
    }

    /// <summary>Every chunk's result, in chunk order: takes the chunks nobody started, waits for the rest. Rethrows a chunk's exception.</summary>
    public T[] Join()
    {
        Drain();
        finished.Wait();
        failure?.Throw();
        return results;
    }

    /// <summary>
    /// Hands out no more chunks and waits for the ones already running, for a request that ends (by an
    /// exception) without joining: its chunks read the index through the request's searcher lease, so none may
    /// outlive it. Harmless after <see cref="Join"/>.
    /// </summary>
    public void Abandon()
    {
        abandoned = true;
        var lastClaimed = Interlocked.Exchange(ref next, results.Length);
        var unclaimed = results.Length - 1 - lastClaimed;
        if (unclaimed > 0 && Interlocked.Add(ref remaining, -unclaimed) == 0)
            finished.Set();
        finished.Wait();
    }

    private void Drain()
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < results.Length)
        {
            try
            {
                results[i] = chunk(i);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            }
            if (Interlocked.Decrement(ref remaining) == 0)
                Finish();
        }
    }

    private void Finish()
    {
        if (whenDone is not null && !abandoned && Volatile.Read(ref failure) is null)
        {
            try
            {
                whenDone(results);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            }
        }
        finished.Set();
    }
}

/// <summary>What every <see cref="SharedWork{T}"/> shares.</summary>
internal static class SharedWork
{
    /// <summary>Helpers for a machine of this size: one per other core, at most three.</summary>
    public static int DefaultHelpers => Math.Clamp(Environment.ProcessorCount - 1, 0, 3);
}
