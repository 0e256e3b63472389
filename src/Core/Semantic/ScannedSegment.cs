using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// What one search scans of one segment: which episodes each view allows (a bit per view), and which
/// clusters' rows to read, nearest to the query first, until the planned share of the allowed rows.
/// </summary>
internal sealed class ScannedSegment
{
    private readonly List<(int Start, int End)> runs;

    private ScannedSegment(AtomicReaderContext leaf, SegmentVectors vectors, ulong[] episodeViews, bool dense, List<(int Start, int End)> runs)
    {
        Leaf = leaf;
        Vectors = vectors;
        EpisodeViews = episodeViews;
        Dense = dense;
        this.runs = runs;
    }

    public AtomicReaderContext Leaf { get; }
    public SegmentVectors Vectors { get; }
    /// <summary>Per entry of <see cref="SegmentVectors.Episodes"/>, bit v set when view v allows it (and it is live).</summary>
    public ulong[] EpisodeViews { get; }
    /// <summary>Most rows read are kept: compute their dot products in blocks rather than row by row.</summary>
    public bool Dense { get; }

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
        var narrowest = allowedRows.Where(rows => rows > 0).DefaultIfEmpty(0).Min();
        if (narrowest == 0)
            return new ScannedSegment(leaf, vectors, masks, dense: false, []);
        var share = (double)narrowest / vectors.Count;
        // A filter that allows a share f of the rows: read 1/f times as many, so as many allowed rows as without it.
        var target = probeShare >= 1 ? vectors.Count : Math.Max(probeShare * vectors.Count, minProbeRows) / share;
        return new ScannedSegment(leaf, vectors, masks, dense: share >= 0.5, NearestClusters(vectors, query, target));
    }

    /// <summary>How many rows the plan reads.</summary>
    public int PlannedRows => runs.Sum(run => run.End - run.Start);

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> of the planned rows, cut by row count.</summary>
    public List<(int Start, int End)> Part(int part, int parts)
    {
        var total = PlannedRows;
        var (from, to) = ((long)total * part / parts, (long)total * (part + 1) / parts);
        var result = new List<(int Start, int End)>();
        long at = 0;
        foreach (var (start, end) in runs)
        {
            var (first, last) = (Math.Max(from, at), Math.Min(to, at + end - start));
            if (first < last)
                result.Add((start + (int)(first - at), start + (int)(last - at)));
            at += end - start;
        }
        return result;
    }

    /// <summary>The row ranges of the clusters nearest to <paramref name="query"/> until they hold <paramref name="target"/> rows, in row order.</summary>
    private static List<(int Start, int End)> NearestClusters(SegmentVectors vectors, QuantizedQuery query, double target)
    {
        var clusters = vectors.ClusterCount;
        var starts = vectors.ClusterStarts;
        if (target >= vectors.Count)
            return [(0, vectors.Count)];
        var scores = new float[clusters];
        vectors.Clusters!.Score(query, scores);
        // The nearest clusters one by one: a few dozen of hundreds, cheaper than sorting them all.
        var taken = new List<int>();
        var rows = 0;
        while (rows < target)
        {
            var nearest = TensorPrimitives.IndexOfMax(scores);
            if (scores[nearest] == float.NegativeInfinity)
                break;
            scores[nearest] = float.NegativeInfinity;
            if (starts[nearest + 1] == starts[nearest])
                continue;
            taken.Add(nearest);
            rows += starts[nearest + 1] - starts[nearest];
        }
        // In row order, so that memory is read forwards; neighbouring clusters merge into one run.
        taken.Sort();
        var runs = new List<(int Start, int End)>();
        foreach (var c in taken)
        {
            if (runs.Count > 0 && runs[^1].End == starts[c])
                runs[^1] = (runs[^1].Start, starts[c + 1]);
            else
                runs.Add((starts[c], starts[c + 1]));
        }
        return runs;
    }
}

/// <summary>The query as int8 (zero padding up to the row stride), its scale and the sum of its values (see <see cref="Int8Dot.Dot"/>).</summary>
internal sealed record QuantizedQuery(sbyte[] Values, float Scale, int Sum)
{
    public static QuantizedQuery Of(ReadOnlySpan<float> query)
    {
        var stride = Int8Dot.PaddedLength(query.Length);
        var bytes = new byte[stride];
        var scale = PassageVectorCodec.Quantize(query, bytes.AsSpan(0, query.Length));
        var values = new sbyte[stride];
        var sum = 0;
        for (var i = 0; i < stride; i++)
        {
            values[i] = (sbyte)bytes[i];
            sum += values[i];
        }
        return new QuantizedQuery(values, scale, sum);
    }
}
