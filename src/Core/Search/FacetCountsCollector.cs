using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PodSearch.Core.Search;

/// <summary>
/// Counts facet values over every matching document, reading <see cref="SortedSetDocValues"/> per segment
/// and adding into one array per field indexed by global ordinal (<see cref="FacetOrdinals"/>), so the
/// per-segment counts are already merged by value when collection ends.
/// </summary>
internal sealed class FacetCountsCollector : ICollector
{
    private readonly string[] fields;
    private readonly FieldOrdinals[] ordinals;
    private readonly SortedSetDocValues?[] segmentValues;
    private readonly int[]?[] segmentMaps;

    public FacetCountsCollector(FacetOrdinals facetOrdinals, IReadOnlyList<string> fields)
    {
        this.fields = [.. fields];
        ordinals = this.fields.Select(facetOrdinals.Field).ToArray();
        Counts = ordinals.Select(o => new int[o.Values.Length]).ToArray();
        segmentValues = new SortedSetDocValues?[this.fields.Length];
        segmentMaps = new int[]?[this.fields.Length];
    }

    /// <summary>Per field (in constructor order): count per global ordinal.</summary>
    public int[][] Counts { get; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            segmentValues[f] = context.AtomicReader.GetSortedSetDocValues(fields[f]);
            segmentMaps[f] = ordinals[f].SegmentToGlobal[context.Ord];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            var values = segmentValues[f];
            var map = segmentMaps[f];
            if (values is null || map is null)
                continue;
            var counts = Counts[f];
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[map[ord]]++;
        }
    }

    /// <summary>The top <paramref name="top"/> values of field number <paramref name="f"/>, then a rest entry if any were left out.</summary>
    public IReadOnlyList<FacetValue> Top(int f, int top) => FacetTop.Select(ordinals[f].Values, Counts[f], top);
}
