using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// All passage vectors of one index segment in contiguous arrays (int8 values, one scale per passage, the
/// passage's document and ordinal), read once from BinaryDocValues when a searcher first needs them and
/// kept while that segment reader lives. Keyed by the segment reader itself rather than its core: vectors
/// updated in place (doc-values updates) share the core but not the reader.
/// </summary>
internal sealed class SegmentVectors
{
    private static readonly ConditionalWeakTable<AtomicReader, SegmentVectors> Cache = new();

    private SegmentVectors(int dimensions, sbyte[] values, float[] scales, int[] docs, ushort[] ordinals)
    {
        Dimensions = dimensions;
        Values = values;
        Scales = scales;
        Docs = docs;
        Ordinals = ordinals;
    }

    public int Dimensions { get; }
    public int Count => Docs.Length;
    public sbyte[] Values { get; }
    public float[] Scales { get; }
    /// <summary>Segment-local document of each passage, ascending.</summary>
    public int[] Docs { get; }
    public ushort[] Ordinals { get; }

    public static SegmentVectors For(AtomicReader segment) => Cache.GetValue(segment, Load);

    private static SegmentVectors Load(AtomicReader segment)
    {
        var field = segment.GetBinaryDocValues(SemanticFields.PassageVectors);
        var docsWithField = segment.GetDocsWithField(SemanticFields.PassageVectors);
        if (field is null)
            return new SegmentVectors(0, [], [], [], []);
        var values = new List<sbyte>();
        var scales = new List<float>();
        var docs = new List<int>();
        var ordinals = new List<ushort>();
        var dimensions = 0;
        var bytes = new BytesRef();
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (docsWithField is not null && !docsWithField.Get(doc))
                continue;
            field.Get(doc, bytes);
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            if (!PassageVectorCodec.TryReadHeader(span, out var count, out var dims) || count == 0)
                continue;
            if (dimensions == 0)
                dimensions = dims;
            else if (dims != dimensions)
                continue; // written by another model; the stage re-embeds such episodes on the next run
            var raw = PassageVectorCodec.Values(span, count);
            for (var p = 0; p < count; p++)
            {
                var (ordinal, scale) = PassageVectorCodec.ReadPassage(span, p);
                docs.Add(doc);
                ordinals.Add((ushort)ordinal);
                scales.Add(scale);
            }
            foreach (var b in raw)
                values.Add((sbyte)b);
        }
        return new SegmentVectors(dimensions, [.. values], [.. scales], [.. docs], [.. ordinals]);
    }
}
