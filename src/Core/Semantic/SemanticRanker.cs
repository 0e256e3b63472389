using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Concurrency;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Exact nearest-passage search: scores every passage of every allowed episode against the query vector
/// (int8 dot products, see <see cref="Int8Dot"/>), keeps each episode's best passage, and returns the best
/// episodes. A brute-force scan is exact and, at tens of thousands of passages, about as cheap as the lexical
/// query next to it; BENCHMARKS.md says from what size an approximate index (HNSW) would pay. The scan is cut
/// into chunks of episodes (<see cref="SharedWork{T}"/>) so that free cores share it.
/// </summary>
internal static class SemanticRanker
{
    /// <summary>About this many passages per chunk: small enough to share, large enough to dwarf the hand-over.</summary>
    private const int PassagesPerChunk = 4096;

    /// <summary>The best <paramref name="depth"/> episodes; <paramref name="allowed"/> gives, per segment, the documents the filters allow (null: every live one).</summary>
    public static List<SemanticHit> Rank(IndexReader reader, float[] query, Func<AtomicReaderContext, IBits?> allowed, int depth) =>
        Start(reader, query, allowed, depth, helpers: 0).Join();

    /// <summary>Starts the scan on idle threads; <see cref="RankingScan.Join"/> finishes it and gives the best episodes.</summary>
    public static RankingScan Start(IndexReader reader, float[] query, Func<AtomicReaderContext, IBits?> allowed, int depth, int helpers)
    {
        var stride = Int8Dot.PaddedLength(query.Length);
        var (quantized, queryScale, querySum) = QuantizeQuery(query, stride);
        var leaves = reader.Leaves;
        var chunks = new List<(int Leaf, int FirstDoc, int EndDoc)>();
        for (var l = 0; l < leaves.Count; l++)
        {
            var vectors = SegmentVectors.For(leaves[l].AtomicReader);
            if (vectors.Count == 0 || vectors.Dimensions != query.Length)
                continue;
            var docCount = vectors.DocStarts.Length - 1;
            var perChunk = Math.Max(1, (int)((long)docCount * PassagesPerChunk / vectors.Count));
            for (var first = 0; first < docCount; first += perChunk)
                chunks.Add((l, first, Math.Min(docCount, first + perChunk)));
        }
        // A segment's filter bits are computed once, by whichever chunk of it runs first.
        var bits = leaves.Select(leaf => new Lazy<IBits?>(() => allowed(leaf))).ToArray();
        var work = SharedWork<List<SemanticHit>>.Start(chunks.Count, i =>
        {
            var (leaf, firstDoc, endDoc) = chunks[i];
            return RankChunk(leaves[leaf], bits[leaf].Value, firstDoc, endDoc, quantized, queryScale, querySum, depth);
        }, helpers);
        return new RankingScan(work, depth);
    }

    private static List<SemanticHit> RankChunk(AtomicReaderContext leaf, IBits? filter, int firstDoc, int endDoc,
        sbyte[] query, float queryScale, int querySum, int depth)
    {
        var vectors = SegmentVectors.For(leaf.AtomicReader);
        var best = new PriorityQueue<SemanticHit, float>(depth + 1);
        var live = leaf.AtomicReader.LiveDocs;
        var docStarts = vectors.DocStarts;
        var scales = vectors.Scales;
        for (var d = firstDoc; d < endDoc; d++)
        {
            var first = docStarts[d];
            var doc = vectors.Docs[first];
            if ((live is not null && !live.Get(doc)) || (filter is not null && !filter.Get(doc)))
                continue;
            var end = docStarts[d + 1];
            var (row, bestScore) = Int8Dot.Best(vectors.Rows.AsSpan(first * vectors.Stride, (end - first) * vectors.Stride), end - first,
                query, querySum, scales.AsSpan(first, end - first));
            var bestPassage = first + row;
            bestScore *= queryScale;
            if (best.Count < depth)
                best.Enqueue(new SemanticHit(leaf.DocBase + doc, bestScore, vectors.Ordinals[bestPassage]), bestScore);
            else if (depth > 0 && bestScore > best.Peek().Score)
                best.EnqueueDequeue(new SemanticHit(leaf.DocBase + doc, bestScore, vectors.Ordinals[bestPassage]), bestScore);
        }
        return [.. best.UnorderedItems.Select(item => item.Element)];
    }

    /// <summary>The query as int8 (zero padding up to <paramref name="stride"/>), its scale and the sum of its values.</summary>
    private static (sbyte[] Values, float Scale, int Sum) QuantizeQuery(ReadOnlySpan<float> query, int stride)
    {
        var bytes = new byte[stride];
        var scale = PassageVectorCodec.Quantize(query, bytes.AsSpan(0, query.Length));
        var values = new sbyte[stride];
        var sum = 0;
        for (var i = 0; i < stride; i++)
        {
            values[i] = (sbyte)bytes[i];
            sum += values[i];
        }
        return (values, scale, sum);
    }
}

/// <summary>A semantic scan under way; <see cref="Join"/> gives its best episodes, best first.</summary>
internal sealed class RankingScan(SharedWork<List<SemanticHit>> work, int depth)
{
    private List<SemanticHit>? result;

    /// <summary>Waits for the chunks already running and starts no others (see <see cref="SharedWork{T}.Abandon"/>).</summary>
    public void Abandon() => work.Abandon();

    public List<SemanticHit> Join() => result ??= work.Join()
        .SelectMany(chunk => chunk)
        .OrderByDescending(hit => hit.Score)
        .ThenBy(hit => hit.Doc)
        .Take(depth)
        .ToList();
}

/// <summary>An episode (top-level doc id) found by meaning: its best passage's cosine similarity and ordinal.</summary>
internal readonly record struct SemanticHit(int Doc, float Score, int PassageOrdinal);
