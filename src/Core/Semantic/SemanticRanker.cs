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
/// <remarks>
/// One scan can serve several filters ("views"): the request's own, and for each facet whose field is filtered
/// the same filter without that field (disjunctive counts need the semantic hits as if that filter were off).
/// An episode is scored once if any view allows it and goes into the ranking of every view that does.
/// </remarks>
internal static class SemanticRanker
{
    /// <summary>About this many passages per chunk: small enough to share, large enough to dwarf the hand-over.</summary>
    private const int PassagesPerChunk = 4096;

    /// <summary>The best <paramref name="depth"/> episodes; <paramref name="allowed"/> gives, per segment, the documents the filters allow (null: every live one).</summary>
    public static List<SemanticHit> Rank(IndexReader reader, float[] query, Func<AtomicReaderContext, IBits?> allowed, int depth) =>
        Start(reader, query, [allowed], depth, helpers: 0).Join();

    /// <summary>Starts the scan on idle threads, one ranking per view; <see cref="RankingScan.Join"/> finishes it.</summary>
    public static RankingScan Start(IndexReader reader, float[] query, IReadOnlyList<Func<AtomicReaderContext, IBits?>> views, int depth, int helpers)
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
        // A segment's filter bits are computed once per view, by whichever chunk of it runs first.
        var bits = leaves.Select(leaf => new Lazy<IBits?[]>(() => views.Select(view => view(leaf)).ToArray())).ToArray();
        var work = SharedWork<List<SemanticHit>[]>.Start(chunks.Count, i =>
        {
            var (leaf, firstDoc, endDoc) = chunks[i];
            return RankChunk(leaves[leaf], bits[leaf].Value, firstDoc, endDoc, quantized, queryScale, querySum, depth);
        }, helpers);
        return new RankingScan(work, views.Count, depth);
    }

    private static List<SemanticHit>[] RankChunk(AtomicReaderContext leaf, IBits?[] filters, int firstDoc, int endDoc,
        sbyte[] query, float queryScale, int querySum, int depth)
    {
        var vectors = SegmentVectors.For(leaf.AtomicReader);
        var best = filters.Select(_ => new PriorityQueue<SemanticHit, float>(depth + 1)).ToArray();
        var live = leaf.AtomicReader.LiveDocs;
        var docStarts = vectors.DocStarts;
        var scales = vectors.Scales;
        for (var d = firstDoc; d < endDoc; d++)
        {
            var first = docStarts[d];
            var doc = vectors.Docs[first];
            if ((live is not null && !live.Get(doc)) || !AnyAllows(filters, doc))
                continue;
            var end = docStarts[d + 1];
            var (row, score) = Int8Dot.Best(vectors.Rows.AsSpan(first * vectors.Stride, (end - first) * vectors.Stride), end - first,
                query, querySum, scales.AsSpan(first, end - first));
            var hit = new SemanticHit(leaf.DocBase + doc, score * queryScale, vectors.Ordinals[first + row]);
            for (var v = 0; v < filters.Length; v++)
            {
                if (filters[v] is { } filter && !filter.Get(doc))
                    continue;
                if (best[v].Count < depth)
                    best[v].Enqueue(hit, hit.Score);
                else if (depth > 0 && hit.Score > best[v].Peek().Score)
                    best[v].EnqueueDequeue(hit, hit.Score);
            }
        }
        return best.Select(queue => queue.UnorderedItems.Select(item => item.Element).ToList()).ToArray();
    }

    private static bool AnyAllows(IBits?[] filters, int doc)
    {
        foreach (var filter in filters)
            if (filter is null || filter.Get(doc))
                return true;
        return false;
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

/// <summary>A semantic scan under way; <see cref="Join"/> gives a view's best episodes, best first.</summary>
internal sealed class RankingScan(SharedWork<List<SemanticHit>[]> work, int views, int depth)
{
    private List<SemanticHit>[]? results;

    /// <summary>Waits for the chunks already running and starts no others (see <see cref="SharedWork{T}.Abandon"/>).</summary>
    public void Abandon() => work.Abandon();

    /// <summary>The ranking of view <paramref name="view"/> (0: the request's own filter).</summary>
    public List<SemanticHit> Join(int view = 0)
    {
        results ??= Merge(work.Join());
        return results[view];
    }

    private List<SemanticHit>[] Merge(List<SemanticHit>[][] chunks) => Enumerable.Range(0, views)
        .Select(v => chunks.SelectMany(chunk => chunk[v])
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Doc)
            .Take(depth)
            .ToList())
        .ToArray();
}

/// <summary>An episode (top-level doc id) found by meaning: its best passage's cosine similarity and ordinal.</summary>
internal readonly record struct SemanticHit(int Doc, float Score, int PassageOrdinal);
