using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PodSearch.Core.Search;

/// <summary>
/// Remembers every matching document (top-level ids) in a bit set, collected alongside the ranking. Hybrid
/// search asks it which of the semantic hits the words matched too, instead of running the query again.
/// </summary>
internal sealed class MatchSetCollector(int maxDoc) : ICollector
{
    private int docBase;

    public FixedBitSet Docs { get; } = new(Math.Max(1, maxDoc));

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => Docs.Set(docBase + doc);
}
