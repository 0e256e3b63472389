using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// All passage vectors of one index segment in contiguous arrays (biased int8 rows padded for
/// <see cref="Int8Dot"/>, one scale per passage, the passage's document and ordinal), read once from
/// BinaryDocValues when a searcher first needs them and kept while that segment reader lives. Keyed by the
/// segment reader itself rather than its core: vectors updated in place (doc-values updates) share the core
/// but not the reader.
/// </summary>
internal sealed class SegmentVectors
{
    private static readonly ConditionalWeakTable<AtomicReader, SegmentVectors> Cache = new();

    private SegmentVectors(int dimensions, byte[] rows, float[] scales, int[] docs, ushort[] ordinals, int[] docStarts)
    {
        Dimensions = dimensions;
        Stride = Int8Dot.PaddedLength(dimensions);
        Rows = rows;
        Scales = scales;
        Docs = docs;
        Ordinals = ordinals;
        DocStarts = docStarts;
    }

    public int Dimensions { get; }
    /// <summary>Bytes per row: <see cref="Dimensions"/> padded to <see cref="Int8Dot.RowAlignment"/>.</summary>
    public int Stride { get; }
    public int Count => Docs.Length;
    /// <summary><see cref="Count"/> rows of <see cref="Stride"/> biased bytes.</summary>
    public byte[] Rows { get; }
    public float[] Scales { get; }
    /// <summary>Segment-local document of each passage, ascending.</summary>
    public int[] Docs { get; }
    public ushort[] Ordinals { get; }
    /// <summary>Per distinct document in <see cref="Docs"/>, the index of its first passage; one extra entry ends the last.</summary>
    public int[] DocStarts { get; }

    public ReadOnlySpan<byte> Row(int passage) => Rows.AsSpan(passage * Stride, Stride);

    /// <summary>The passages of segment-local document <paramref name="doc"/> (first, end), empty when it has none.</summary>
    public (int First, int End) PassagesOf(int doc)
    {
        var at = Array.BinarySearch(Docs, doc);
        if (at < 0)
            return (0, 0);
        var first = at;
        while (first > 0 && Docs[first - 1] == doc)
            first--;
        var end = at;
        while (end < Docs.Length && Docs[end] == doc)
            end++;
        return (first, end);
    }

    /// <summary>Passage <paramref name="passage"/> as floats (its int8 values times its scale).</summary>
    public void AddTo(int passage, float weight, Span<float> target)
    {
        var row = Row(passage);
        var scale = Scales[passage] * weight;
        for (var d = 0; d < Dimensions; d++)
            target[d] += (row[d] - Int8Dot.Bias) * scale;
    }

    public static SegmentVectors For(AtomicReader segment) => Cache.GetValue(segment, Load);

    private static SegmentVectors Load(AtomicReader segment)
    {
        var field = segment.GetBinaryDocValues(SemanticFields.PassageVectors);
        var docsWithField = segment.GetDocsWithField(SemanticFields.PassageVectors);
        if (field is null)
            return new SegmentVectors(0, [], [], [], [], [0]);
        // Two passes: find the dimensions and the passage count first, so the rows land in one array.
        var bytes = new BytesRef();
        var dimensions = 0;
        var total = 0;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (!Read(field, docsWithField, doc, bytes, out var count, out var dims))
                continue;
            if (dimensions == 0)
                dimensions = dims;
            if (dims == dimensions)
                total += count;
        }
        var stride = Int8Dot.PaddedLength(dimensions);
        var rows = new byte[total * stride];
        var scales = new float[total];
        var docs = new int[total];
        var ordinals = new ushort[total];
        var docStarts = new List<int>();
        var next = 0;
        for (var doc = 0; doc < segment.MaxDoc && next < total; doc++)
        {
            if (!Read(field, docsWithField, doc, bytes, out var count, out var dims) || dims != dimensions)
                continue; // written by another model; the stage re-embeds such episodes on the next run
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            var raw = PassageVectorCodec.Values(span, count);
            docStarts.Add(next);
            for (var p = 0; p < count; p++, next++)
            {
                var (ordinal, scale) = PassageVectorCodec.ReadPassage(span, p);
                docs[next] = doc;
                ordinals[next] = (ushort)ordinal;
                scales[next] = scale;
                Int8Dot.WriteBiased(raw.Slice(p * dims, dims), rows.AsSpan(next * stride, stride));
            }
        }
        docStarts.Add(next);
        return new SegmentVectors(dimensions, rows, scales, docs, ordinals, [.. docStarts]);
    }

    private static bool Read(BinaryDocValues field, IBits? docsWithField, int doc, BytesRef bytes, out int count, out int dimensions)
    {
        count = dimensions = 0;
        if (docsWithField is not null && !docsWithField.Get(doc))
            return false;
        field.Get(doc, bytes);
        return PassageVectorCodec.TryReadHeader(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), out count, out dimensions) && count > 0;
    }
}
