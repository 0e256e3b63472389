using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Exact nearest-passage search: scores every passage of every allowed episode against the query vector
/// (int8 dot products, see <see cref="Int8Dot"/>), keeps each episode's best passage, and returns the best
/// episodes. A brute-force scan is exact and, at tens of thousands of passages, cheaper than the lexical
/// query next to it; BENCHMARKS.md says from what size an approximate index (HNSW) would pay.
/// </summary>
internal static class SemanticRanker
{
    /// <summary>The best <paramref name="depth"/> episodes; <paramref name="allowed"/> gives, per segment, the documents the filters allow (null: every live one).</summary>
    public static List<SemanticHit> Rank(IndexReader reader, ReadOnlySpan<float> query, Func<AtomicReaderContext, IBits?> allowed, int depth)
    {
        var quantized = new byte[query.Length];
        var queryScale = PassageVectorCodec.Quantize(query, quantized);
        var q = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(quantized);
        var best = new PriorityQueue<SemanticHit, float>(depth + 1);
        foreach (var leaf in reader.Leaves)
        {
            var vectors = SegmentVectors.For(leaf.AtomicReader);
            if (vectors.Count == 0 || vectors.Dimensions != query.Length)
                continue;
            var live = leaf.AtomicReader.LiveDocs;
            var filter = allowed(leaf);
            var dims = vectors.Dimensions;
            var values = vectors.Values.AsSpan();
            var docs = vectors.Docs;
            var p = 0;
            while (p < docs.Length)
            {
                var doc = docs[p];
                var end = p;
                while (end < docs.Length && docs[end] == doc)
                    end++;
                if ((live is null || live.Get(doc)) && (filter is null || filter.Get(doc)))
                {
                    var bestScore = float.NegativeInfinity;
                    var bestOrdinal = 0;
                    for (var k = p; k < end; k++)
                    {
                        var score = Int8Dot.Dot(q, values.Slice(k * dims, dims)) * vectors.Scales[k];
                        if (score > bestScore)
                        {
                            bestScore = score;
                            bestOrdinal = vectors.Ordinals[k];
                        }
                    }
                    bestScore *= queryScale;
                    if (best.Count < depth)
                        best.Enqueue(new SemanticHit(leaf.DocBase + doc, bestScore, bestOrdinal), bestScore);
                    else if (depth > 0 && bestScore > best.Peek().Score)
                        best.EnqueueDequeue(new SemanticHit(leaf.DocBase + doc, bestScore, bestOrdinal), bestScore);
                }
                p = end;
            }
        }
        var result = new List<SemanticHit>(best.Count);
        while (best.Count > 0)
            result.Add(best.Dequeue());
        result.Reverse();
        return result;
    }
}

/// <summary>An episode (top-level doc id) found by meaning: its best passage's cosine similarity and ordinal.</summary>
internal readonly record struct SemanticHit(int Doc, float Score, int PassageOrdinal);
