using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// Passes every hit on to <paramref name="inner"/> and throws <see cref="OperationCanceledException"/> once the
/// request's token is cancelled (checked per segment and every 1,024 hits), so a host's time budget stops a
/// long OR query instead of waiting for it.
/// </summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken cancellation) : ICollector
{
    private int sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++sinceCheck >= 1024)
        {
            sinceCheck = 0;
            cancellation.ThrowIfCancellationRequested();
        }
        inner.Collect(doc);
    }

    /// <summary><paramref name="collector"/> itself when the token can never be cancelled.</summary>
    public static ICollector Wrap(ICollector collector, CancellationToken cancellation) =>
        cancellation.CanBeCanceled ? new CancellableCollector(collector, cancellation) : collector;
}
