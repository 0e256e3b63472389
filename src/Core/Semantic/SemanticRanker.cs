using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Concurrency;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Nearest-passage search: compares the query with each segment's cluster centroids
/// (<see cref="PassageClusters"/>), scans the int8 rows of the nearest clusters exactly (<see cref="Int8Dot"/>)
/// until about <see cref="ProbeShare"/> of the passages the filters allow have been read, keeps each
/// episode's best passage and returns the best episodes. Reading a tenth of the rows, in runs, instead of all of
/// them is what makes hybrid search cost about as much as its lexical half; BENCHMARKS.md gives what it costs
/// in quality (measured against <c>probeShare: 1</c>, an exact scan) and from what size a graph index (HNSW)
/// would pay.
/// </summary>
/// <remarks>
/// The scan is cut into chunks that free cores share (<see cref="SharedWork{T}"/>); the last chunk's thread
/// merges them. One scan can serve several filters ("views"): the request's own, and for each facet whose
/// field is filtered the same filter without that field (disjunctive counts need the semantic hits as if that
/// filter were off). A filter that allows a share <c>f</c> of the passages makes the scan read 1/f times as
/// many rows, so that as many allowed passages are read as without it.
/// </remarks>
internal static class SemanticRanker
{
    /// <summary>
    /// The share of the allowed passages a search reads: the nearest clusters until this many rows. Measured on
    /// tests/Eval (BENCHMARKS.md) against an exact scan.
    /// </summary>
    public const double ProbeShare = 0.1;
    /// <summary>Small segments are scanned whole: below this many rows clustering saves nothing.</summary>
    public const int MinProbeRows = 2048;
    /// <summary>About this many rows per chunk: small enough to share, large enough to dwarf the hand-over.</summary>
    private const double RowsPerChunk = 4096;
    /// <summary>Views are a bit mask per episode.</summary>
    public const int MaxViews = 64;

    /// <summary>
    /// The best <paramref name="depth"/> episodes; <paramref name="allowed"/> gives, per segment, the documents
    /// the filters allow (null: every live one). <paramref name="probeShare"/> 1 scans every passage;
    /// <paramref name="minProbeRows"/> is the fewest rows a segment's scan reads.
    /// </summary>
    public static List<SemanticHit> Rank(IndexReader reader, float[] query, Func<AtomicReaderContext, IBits?> allowed, int depth,
        double probeShare = ProbeShare, int minProbeRows = MinProbeRows) =>
        Start(reader, query, [allowed], depth, helpers: 0, probeShare, minProbeRows).Join();

    /// <summary>Starts the scan on idle threads, one ranking per view; <see cref="RankingScan.Join"/> finishes it.</summary>
    public static RankingScan Start(IndexReader reader, float[] query, IReadOnlyList<Func<AtomicReaderContext, IBits?>> views, int depth, int helpers,
        double probeShare = ProbeShare, int minProbeRows = MinProbeRows, double rowsPerChunk = RowsPerChunk, CancellationToken cancellation = default)
    {
        if (views.Count > MaxViews)
            throw new ArgumentException($"at most {MaxViews} filters can share one scan", nameof(views));
        var quantized = QuantizedQuery.Of(query);
        var chunks = new List<(Lazy<ScannedSegment> Plan, int Part, int Parts)>();
        foreach (var leaf in reader.Leaves)
        {
            var vectors = SegmentVectors.For(leaf.AtomicReader);
            if (vectors.Count == 0 || vectors.Dimensions != query.Length)
                continue;
            // Planning (the filters' bits, the centroids) is left to whichever chunk of the segment runs first, so
            // that it too happens beside the lexical query; the segment's rows are cut into parts by their count.
            var plan = new Lazy<ScannedSegment>(() => ScannedSegment.Plan(leaf, vectors, views, quantized, probeShare, minProbeRows));
            var parts = Math.Max(1, (int)Math.Ceiling(ScannedSegment.UnfilteredRows(vectors, probeShare, minProbeRows) / rowsPerChunk));
            for (var part = 0; part < parts; part++)
                chunks.Add((plan, part, parts));
        }
        var scan = new RankingScan();
        scan.Work = SharedWork<List<SemanticHit>[]>.Start(chunks.Count,
            i =>
            {
                // A cancelled request (the host's time budget) stops at the next chunk; Join rethrows the cancellation.
                cancellation.ThrowIfCancellationRequested();
                var segment = chunks[i].Plan.Value;
                return ScanChunk(segment, chunks[i].Part, chunks[i].Parts, quantized, views.Count, depth);
            },
            helpers,
            results => scan.Results = Merge(results, views.Count, depth));
        return scan;
    }

    /// <summary>
    /// Scores part <paramref name="part"/> of <paramref name="parts"/> of the plan and returns, per view, the best <paramref name="depth"/> episodes
    /// by their best row here. That is enough for the merge: an episode among the best overall has its best
    /// row in some chunk, and there fewer than <paramref name="depth"/> episodes can beat it. Selecting here
    /// keeps the per-episode arrays in the cache of the core that wrote them.
    /// </summary>
    private static List<SemanticHit>[] ScanChunk(ScannedSegment segment, int part, int parts, QuantizedQuery query, int views, int depth)
    {
        var runs = segment.Part(part, parts);
        var vectors = segment.Vectors;
        var best = new ChunkBest(views, vectors.Episodes.Length);
        var stride = vectors.Stride;
        var masks = segment.EpisodeViews;
        var rowEpisodes = vectors.RowEpisodes;
        var scales = vectors.Scales;
        Span<int> dots = stackalloc int[Int8Dot.RowsPerBlock];
        foreach (var (start, end, runViews, dense) in runs)
        {
            for (var block = start; block < end; block += Int8Dot.RowsPerBlock)
            {
                var count = Math.Min(Int8Dot.RowsPerBlock, end - block);
                if (dense)
                    Int8Dot.Dots(vectors.Rows.AsSpan(block * stride, count * stride), count, query.Values, query.Sum, dots);
                for (var i = 0; i < count; i++)
                {
                    var row = block + i;
                    var episode = rowEpisodes[row];
                    var mask = masks[episode] & runViews;
                    if (mask == 0)
                        continue;
                    // Sparse runs (read for selective filters only) skip most rows: a dot product only for the rows kept.
                    var dot = dense ? dots[i] : Int8Dot.Dot(vectors.Row(row), query.Values, query.Sum);
                    best.Offer(mask, episode, row, dot * scales[row]);
                }
            }
        }
        if (segment.ByEpisode != 0)
            ScanEpisodes(segment, segment.EpisodePart(part, parts), query, best, dots);
        return best.Top(segment, query.Scale, depth);
    }

    /// <summary>For the <see cref="ScannedSegment.ByEpisode"/> views: every row of each episode they allow, from the episode-ordered copy.</summary>
    private static void ScanEpisodes(ScannedSegment segment, (int First, int End) episodes, QuantizedQuery query, ChunkBest best, Span<int> dots)
    {
        var vectors = segment.Vectors;
        var stride = vectors.Stride;
        var starts = vectors.EpisodeRowStarts;
        for (var e = episodes.First; e < episodes.End; e++)
        {
            var mask = segment.EpisodeViews[e] & segment.ByEpisode;
            if (mask == 0)
                continue;
            for (var at = starts[e]; at < starts[e + 1]; at += Int8Dot.RowsPerBlock)
            {
                var count = Math.Min(Int8Dot.RowsPerBlock, starts[e + 1] - at);
                Int8Dot.Dots(vectors.EpisodeOrderRows.AsSpan(at * stride, count * stride), count, query.Values, query.Sum, dots);
                for (var i = 0; i < count; i++)
                    best.Offer(mask, e, vectors.EpisodeRows[at + i], dots[i] * vectors.EpisodeOrderScales[at + i]);
            }
        }
    }

    /// <summary>Per view, the best <paramref name="depth"/> episodes over all chunks, best first (ties by document).</summary>
    private static List<SemanticHit>[] Merge(List<SemanticHit>[][] chunks, int views, int depth)
    {
        var result = new List<SemanticHit>[views];
        for (var v = 0; v < views; v++)
        {
            var best = new Dictionary<int, SemanticHit>();
            foreach (var chunk in chunks)
            {
                foreach (var hit in chunk[v])
                {
                    if (!best.TryGetValue(hit.Doc, out var seen) || hit.Score > seen.Score)
                        best[hit.Doc] = hit;
                }
            }
            var ranked = best.Values.ToList();
            ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
            result[v] = ranked.Count > depth ? ranked.GetRange(0, depth) : ranked;
        }
        return result;
    }
}

/// <summary>A semantic scan under way; <see cref="Join"/> gives a view's best episodes, best first.</summary>
internal sealed class RankingScan
{
    internal SharedWork<List<SemanticHit>[]>? Work { get; set; }
    internal List<SemanticHit>[]? Results { get; set; }

    /// <summary>Waits for the chunks already running and starts no others (see <see cref="SharedWork{T}.Abandon"/>).</summary>
    public void Abandon() => Work?.Abandon();

    /// <summary>Every view's ranking, in view order.</summary>
    public List<SemanticHit>[] JoinAll()
    {
        Work!.Join();
        return Results!;
    }

    /// <summary>The ranking of view <paramref name="view"/> (0: the request's own filter).</summary>
    public List<SemanticHit> Join(int view = 0)
    {
        Work!.Join();
        return Results![view];
    }
}

/// <summary>An episode (top-level doc id) found by meaning: its best passage's cosine similarity and ordinal.</summary>
internal readonly record struct SemanticHit(int Doc, float Score, int PassageOrdinal);
