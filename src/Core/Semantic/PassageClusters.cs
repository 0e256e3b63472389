using System.Numerics.Tensors;
using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The passages of a segment grouped by direction (spherical k-means), so that a query can be compared with
/// every group's centroid and then scan only the passages of the nearest groups: an inverted-file (IVF)
/// index, the simplest approximate nearest-neighbour structure, which keeps the exact int8 scan for the rows
/// it does read. Built when a segment's vectors are first loaded, from a fixed starting point, so the same
/// segment always gets the same groups. Centroids are kept as int8 rows like the passages', so comparing a
/// vector with all of them is one <see cref="Int8Dot.Dots"/> call.
/// </summary>
internal sealed class PassageClusters
{
    /// <summary>k-means rounds over the training sample: the assignment barely moves after a few.</summary>
    private const int Rounds = 6;
    /// <summary>
    /// Training uses up to this many passages per cluster. Measured on tests/Eval at a tenth of the rows read:
    /// 64 (here every passage) for 6 rounds found semantic Recall@100 0.616, 32 for 8 rounds 0.593, at the same
    /// start-up cost (about half a second for 42,000 passages on this 2-core machine).
    /// </summary>
    private const int SamplePerCluster = 64;
    /// <summary>
    /// Clusters per √(passages). More, smaller clusters let a query read fewer rows it does not need; measured
    /// on tests/Eval (BENCHMARKS.md), 4√n clusters found 98.4% of an exact scan's top 10 reading a tenth of the
    /// rows, √n 95.9%; 8√n found fewer again (their centroids are placed from too few passages each).
    /// </summary>
    private const double ClustersPerRoot = 4;

    private PassageClusters(int count, byte[] centroidRows, float[] centroidScales, int[] assignment)
    {
        Count = count;
        CentroidRows = centroidRows;
        CentroidScales = centroidScales;
        Assignment = assignment;
    }

    public int Count { get; }
    /// <summary><see cref="Count"/> unit centroids as biased int8 rows (see <see cref="Int8Dot"/>).</summary>
    public byte[] CentroidRows { get; }
    public float[] CentroidScales { get; }
    /// <summary>Per passage (in the order given to <see cref="Build"/>), its cluster.</summary>
    public int[] Assignment { get; }

    public static int ClusterCountFor(int passages) => passages < 64 ? 1 : Math.Min(passages / 8, (int)Math.Round(ClustersPerRoot * Math.Sqrt(passages)));

    /// <summary>
    /// Clusters <paramref name="count"/> passages given as biased int8 rows with their scales; with
    /// <paramref name="cluster"/> false, one cluster of them all (what a scan of every passage needs).
    /// </summary>
    public static PassageClusters Build(byte[] rows, float[] scales, int count, int dimensions, bool cluster = true)
    {
        var stride = Int8Dot.PaddedLength(dimensions);
        var k = cluster ? Math.Max(1, ClusterCountFor(count)) : 1;
        if (count == 0)
            return new PassageClusters(0, [], [], []);
        // Evenly spaced samples: deterministic, and spread over the whole segment (its documents come in index order).
        var sampleSize = Math.Min(count, k * SamplePerCluster);
        var sample = Enumerable.Range(0, sampleSize).Select(i => (int)((long)i * count / sampleSize)).ToArray();
        var centroids = new float[k * dimensions];
        for (var c = 0; c < k; c++)
            AddRow(rows, scales, sample[(int)((long)c * sampleSize / k)], dimensions, centroids.AsSpan(c * dimensions, dimensions));
        var sampleAssignment = new int[sampleSize];
        var (centroidRows, centroidScales) = Quantize(centroids, k, dimensions);
        for (var round = 0; round < Rounds && k > 1; round++)
        {
            Assign(rows, sample, stride, centroidRows, centroidScales, k, sampleAssignment);
            Recenter(rows, scales, sample, sampleAssignment, centroids, k, dimensions);
            (centroidRows, centroidScales) = Quantize(centroids, k, dimensions);
        }
        var assignment = new int[count];
        if (k > 1)
            Assign(rows, Enumerable.Range(0, count).ToArray(), stride, centroidRows, centroidScales, k, assignment);
        return new PassageClusters(k, centroidRows, centroidScales, assignment);
    }

    /// <summary>Per centroid, its similarity to the int8 query (as <see cref="QuantizedQuery"/>), unscaled by the query's own scale.</summary>
    public void Score(QuantizedQuery query, Span<float> scores)
    {
        Span<int> dots = Count <= 1024 ? stackalloc int[Count] : new int[Count];
        Int8Dot.Dots(CentroidRows, Count, query.Values, query.Sum, dots);
        for (var c = 0; c < Count; c++)
            scores[c] = dots[c] * CentroidScales[c];
    }

    /// <summary>Each listed passage's nearest centroid, in parallel: the passage is the query, the centroids the rows.</summary>
    private static void Assign(byte[] rows, int[] passages, int stride, byte[] centroidRows, float[] centroidScales, int k, int[] assignment)
    {
        Parallel.For(0, (passages.Length + 255) / 256, () => (Query: new sbyte[stride], Dots: new int[k]), (block, _, scratch) =>
        {
            AssignBlock(rows, passages, block * 256, Math.Min(passages.Length, (block + 1) * 256), centroidRows, centroidScales, k, assignment, scratch.Query, scratch.Dots);
            return scratch;
        }, _ => { });
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AssignBlock(byte[] rows, int[] passages, int from, int to, byte[] centroidRows, float[] centroidScales, int k, int[] assignment,
        sbyte[] query, int[] dots)
    {
        var stride = query.Length;
        for (var i = from; i < to; i++)
        {
            var row = rows.AsSpan(passages[i] * stride, stride);
            var sum = 0;
            for (var d = 0; d < stride; d++)
            {
                query[d] = (sbyte)(row[d] - Int8Dot.Bias);
                sum += query[d];
            }
            Int8Dot.Dots(centroidRows, k, query, sum, dots);
            var best = 0;
            var bestScore = float.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var score = dots[c] * centroidScales[c];
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            assignment[i] = best;
        }
    }

    /// <summary>Each centroid becomes the normalised mean of its members; a cluster left empty keeps its centroid.</summary>
    private static void Recenter(byte[] rows, float[] scales, int[] sample, int[] assignment, float[] centroids, int k, int dimensions)
    {
        var sums = new float[k * dimensions];
        var sizes = new int[k];
        for (var i = 0; i < sample.Length; i++)
        {
            var c = assignment[i];
            sizes[c]++;
            AddRow(rows, scales, sample[i], dimensions, sums.AsSpan(c * dimensions, dimensions));
        }
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] > 0)
                sums.AsSpan(c * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
        }
    }

    /// <summary>Normalises each centroid and quantises it to a biased int8 row with its scale.</summary>
    private static (byte[] Rows, float[] Scales) Quantize(float[] centroids, int k, int dimensions)
    {
        var stride = Int8Dot.PaddedLength(dimensions);
        var rows = new byte[k * stride];
        var scales = new float[k];
        var values = new byte[dimensions];
        for (var c = 0; c < k; c++)
        {
            var centroid = centroids.AsSpan(c * dimensions, dimensions);
            VectorMath.Normalize(centroid);
            scales[c] = PassageVectorCodec.Quantize(centroid, values);
            Int8Dot.WriteBiased(values, rows.AsSpan(c * stride, stride));
        }
        return (rows, scales);
    }

    private static void AddRow(byte[] rows, float[] scales, int passage, int dimensions, Span<float> target) =>
        Int8Dot.AddScaled(rows.AsSpan(passage * Int8Dot.PaddedLength(dimensions), dimensions), scales[passage], target);
}
