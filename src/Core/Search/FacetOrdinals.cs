using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;

namespace PodSearch.Core.Search;

/// <summary>
/// For one open reader: every facet field's distinct values in one global numbering, and for each segment
/// the map from its own ordinals to the global ones. Built once per reader (and field) so counting is an
/// array increment per value, and merging segments costs nothing at query time.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> PerReader = new();

    private readonly IndexReader reader;
    private readonly ConcurrentDictionary<string, Lazy<FieldOrdinals>> fields = new(StringComparer.Ordinal);

    private FacetOrdinals(IndexReader reader) => this.reader = reader;

    public static FacetOrdinals For(IndexReader reader) => PerReader.GetValue(reader, r => new FacetOrdinals(r));

    public FieldOrdinals Field(string field) =>
        fields.GetOrAdd(field, f => new Lazy<FieldOrdinals>(() => FieldOrdinals.Build(reader, f))).Value;

    /// <summary>The stored values of <paramref name="field"/> that a typed value stands for (case, accents and punctuation ignored, as <see cref="NameKey"/> folds them).</summary>
    public IReadOnlyList<string> Resolve(string field, string typed)
    {
        var field_ = Field(field);
        if (field_.ByFoldedValue.TryGetValue(NameKey.Fold(typed), out var ordinals))
            return ordinals.Select(o => field_.Values[o]).ToList();
        return [];
    }
}

/// <summary>One facet field of one reader: global values and per-segment ordinal maps.</summary>
internal sealed class FieldOrdinals
{
    private FieldOrdinals(string[] values, int[]?[] segmentToGlobal, Dictionary<string, int[]> byFoldedValue)
    {
        Values = values;
        Folded = Array.ConvertAll(values, NameKey.Fold);
        SegmentToGlobal = segmentToGlobal;
        ByFoldedValue = byFoldedValue;
    }

    /// <summary>Distinct values, indexed by global ordinal, in byte order.</summary>
    public string[] Values { get; }

    /// <summary>Per leaf (by <c>AtomicReaderContext.Ord</c>): segment ordinal to global ordinal; null when the segment has no values.</summary>
    public int[]?[] SegmentToGlobal { get; }

    /// <summary>Each value folded (<see cref="NameKey"/>), by global ordinal: for prefix search.</summary>
    public string[] Folded { get; }

    public Dictionary<string, int[]> ByFoldedValue { get; }

    public static FieldOrdinals Build(IndexReader reader, string field)
    {
        var leaves = reader.Leaves;
        var perSegment = new string[leaves.Count][];
        var all = new SortedSet<string>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        for (var i = 0; i < leaves.Count; i++)
        {
            var docValues = leaves[i].AtomicReader.GetSortedSetDocValues(field);
            if (docValues is null)
            {
                perSegment[i] = [];
                continue;
            }
            var count = (int)docValues.ValueCount;
            var values = new string[count];
            for (var ord = 0; ord < count; ord++)
            {
                docValues.LookupOrd(ord, bytes);
                values[ord] = bytes.Utf8ToString();
            }
            perSegment[i] = values;
            all.UnionWith(values);
        }

        var globalValues = all.ToArray();
        var globalIndex = new Dictionary<string, int>(globalValues.Length, StringComparer.Ordinal);
        for (var g = 0; g < globalValues.Length; g++)
            globalIndex[globalValues[g]] = g;

        var maps = new int[]?[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
            maps[i] = perSegment[i].Length == 0 ? null : Array.ConvertAll(perSegment[i], v => globalIndex[v]);

        var folded = globalValues
            .Select((value, ordinal) => (Key: NameKey.Fold(value), ordinal))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.ordinal).ToArray(), StringComparer.Ordinal);
        return new FieldOrdinals(globalValues, maps, folded);
    }
}
