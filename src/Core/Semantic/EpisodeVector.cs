using Lucene.Net.Index;
using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Semantic;

/// <summary>
/// One vector for a whole episode, for "episodes like this one": the normalised mean of its passage vectors
/// as stored in the index, so it needs no model and matches what was indexed exactly. The mean of unit
/// vectors points where most of the episode's passages point; a passage-by-passage match would instead
/// reward one shared aside.
/// </summary>
internal static class EpisodeVector
{
    /// <summary>The vector of top-level document <paramref name="doc"/>, or null when it has no passage vectors.</summary>
    public static float[]? Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var vectors = SegmentVectors.For(leaf.AtomicReader);
        var rows = vectors.PassagesOf(doc - leaf.DocBase);
        if (rows.IsEmpty)
            return null;
        var sum = new float[vectors.Dimensions];
        foreach (var row in rows)
            vectors.AddTo(row, 1f, sum);
        if (sum.AsSpan().IndexOfAnyExcept(0f) < 0)
            return null;
        VectorMath.Normalize(sum);
        return sum;
    }
}
