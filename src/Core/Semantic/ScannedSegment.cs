using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// What one search scans of one segment: which episodes each view allows (a bit per view), and which
/// clusters' rows to read, nearest to the query first, until each view has read its planned share of the rows
/// it allows. A view whose filter allows a share f of the rows reads 1/f times as many rows; the clusters
/// beyond an unfiltered view's share are read for the filtered views only (<see cref="ScanRun.Views"/>).
/// </summary>
internal sealed class ScannedSegment
{
    private readonly List<ScanRun> runs;

    /// <summary>A view whose filter allows at most this share of the rows scans its episodes' rows, not clusters.</summary>
    public const double ByEpisodeShare = 0.25;

    private ScannedSegment(AtomicReaderContext leaf, SegmentVectors vectors, ulong[] episodeViews, ulong byEpisode, List<ScanRun> runs)
    {
        Leaf = leaf;
        Vectors = vectors;
        EpisodeViews = episodeViews;
        ByEpisode = byEpisode;
        this.runs = runs;
    }

    public AtomicReaderContext Leaf { get; }
    public SegmentVectors Vectors { get; }
    /// <summary>Per entry of <see cref="SegmentVectors.Episodes"/>, bit v set when view v allows it (and it is live).</summary>
    public ulong[] EpisodeViews { get; }
    /// <summary>
    /// The views that scan every row of the episodes they allow, exactly, in episode order: their filters allow
    /// few rows (at most <see cref="ByEpisodeShare"/>), fewer than reading clusters until as many are found.
    /// </summary>
    public ulong ByEpisode { get; }

    public static ScannedSegment Plan(AtomicReaderContext leaf, SegmentVectors vectors, IReadOnlyList<Func<AtomicReaderContext, IBits?>> views,
        QuantizedQuery query, double probeShare, int minProbeRows = SemanticRanker.MinProbeRows)
    {
        var filters = views.Select(view => view(leaf)).ToArray();
        var live = leaf.AtomicReader.LiveDocs;
        var episodes = vectors.Episodes;
        var masks = new ulong[episodes.Length];
        var allowedRows = new long[views.Count];
        if (live is null && filters.All(filter => filter is null))
        {
            // No filter and no deletions, the usual search: every view allows every episode.
            masks.AsSpan().Fill(views.Count == SemanticRanker.MaxViews ? ulong.MaxValue : (1UL << views.Count) - 1);
            allowedRows.AsSpan().Fill(vectors.Count);
        }
        else
        {
            for (var e = 0; e < episodes.Length; e++)
            {
                var doc = episodes[e];
                if (live is not null && !live.Get(doc))
                    continue;
                var rows = vectors.EpisodeRowStarts[e + 1] - vectors.EpisodeRowStarts[e];
                for (var v = 0; v < filters.Length; v++)
                {
                    if (filters[v] is { } filter && !filter.Get(doc))
                        continue;
                    masks[e] |= 1UL << v;
                    allowedRows[v] += rows;
                }
            }
        }
        // A filter that allows a share f of the rows: read 1/f times as many, so as many allowed rows as without it.
        var byEpisode = 0UL;
        for (var v = 0; v < allowedRows.Length; v++)
            if (allowedRows[v] > 0 && allowedRows[v] <= ByEpisodeShare * vectors.Count && vectors.ClusterCount > 1)
                byEpisode |= 1UL << v;
        var targets = allowedRows.Select((rows, v) => rows == 0 || (byEpisode & (1UL << v)) != 0 ? 0
            : probeShare >= 1 ? vectors.Count
            : UnfilteredRows(vectors, probeShare, minProbeRows) * vectors.Count / rows).ToArray();
        var wide = allowedRows.Select(rows => rows >= vectors.Count / 2).ToArray();
        return new ScannedSegment(leaf, vectors, masks, byEpisode, NearestClusters(vectors, query, targets, wide));
    }

    /// <summary>How many rows a view without a filter reads: <paramref name="probeShare"/> of them, at least <paramref name="minProbeRows"/>, at most all.</summary>
    public static double UnfilteredRows(SegmentVectors vectors, double probeShare, int minProbeRows) =>
        probeShare >= 1 ? vectors.Count : Math.Min(vectors.Count, Math.Max(probeShare * vectors.Count, minProbeRows));

    /// <summary>How many rows the plan reads.</summary>
    public int PlannedRows => runs.Sum(run => run.End - run.Start);

    /// <summary>How many rows the plan reads for view <paramref name="view"/>.</summary>
    public int PlannedRowsFor(int view) => runs.Where(run => (run.Views & (1UL << view)) != 0).Sum(run => run.End - run.Start);

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> of the episodes (as indexes into <see cref="SegmentVectors.Episodes"/>), for the <see cref="ByEpisode"/> views.</summary>
    public (int First, int End) EpisodePart(int part, int parts)
    {
        var count = Vectors.Episodes.Length;
        return ((int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));
    }

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> of the planned rows, cut by row count.</summary>
    public List<ScanRun> Part(int part, int parts)
    {
        var total = PlannedRows;
        var (from, to) = ((long)total * part / parts, (long)total * (part + 1) / parts);
        var result = new List<ScanRun>();
        long at = 0;
        foreach (var run in runs)
        {
            var (first, last) = (Math.Max(from, at), Math.Min(to, at + run.End - run.Start));
            if (first < last)
                result.Add(run with { Start = run.Start + (int)(first - at), End = run.Start + (int)(last - at) });
            at += run.End - run.Start;
        }
        return result;
    }

    /// <summary>
    /// The row ranges of the clusters nearest to <paramref name="query"/>, in row order, each with the views
    /// that read it: view v reads clusters until they hold <paramref name="targets"/>[v] rows.
    /// </summary>
    private static List<ScanRun> NearestClusters(SegmentVectors vectors, QuantizedQuery query, double[] targets, bool[] wide)
    {
        var starts = vectors.ClusterStarts;
        var all = targets.Select((target, v) => target > 0 ? 1UL << v : 0).Aggregate(0UL, (a, b) => a | b);
        if (all == 0)
            return [];
        if (targets.All(target => target == 0 || target >= vectors.Count))
            return [new ScanRun(0, vectors.Count, all, Dense(all, wide))];
        var scores = new float[vectors.ClusterCount];
        vectors.Clusters!.Score(query, scores);
        // The nearest clusters one by one: unfiltered a few dozen of hundreds, cheaper than sorting them all.
        var taken = new List<(int Cluster, ulong Views)>();
        var rows = 0;
        while (true)
        {
            var views = 0UL;
            for (var v = 0; v < targets.Length; v++)
                if (rows < targets[v])
                    views |= 1UL << v;
            if (views == 0)
                break;
            var nearest = TensorPrimitives.IndexOfMax(scores);
            if (scores[nearest] == float.NegativeInfinity)
                break;
            scores[nearest] = float.NegativeInfinity;
            if (starts[nearest + 1] == starts[nearest])
                continue;
            taken.Add((nearest, views));
            rows += starts[nearest + 1] - starts[nearest];
        }
        // In row order, so that memory is read forwards; neighbouring clusters read by the same views merge.
        taken.Sort((a, b) => a.Cluster.CompareTo(b.Cluster));
        var runs = new List<ScanRun>();
        foreach (var (c, views) in taken)
        {
            if (runs.Count > 0 && runs[^1].End == starts[c] && runs[^1].Views == views)
                runs[^1] = runs[^1] with { End = starts[c + 1] };
            else
                runs.Add(new ScanRun(starts[c], starts[c + 1], views, Dense(views, wide)));
        }
        return runs;
    }

    /// <summary>A run is dense when a view that allows most rows reads it: then most rows get a dot product.</summary>
    private static bool Dense(ulong views, bool[] wide)
    {
        for (var v = 0; v < wide.Length; v++)
            if ((views & (1UL << v)) != 0 && wide[v])
                return true;
        return false;
    }
}

/// <summary>Rows <c>Start..End-1</c> of a segment, read for the views whose bits are set; dense: most of its rows are kept.</summary>
internal readonly record struct ScanRun(int Start, int End, ulong Views, bool Dense);
