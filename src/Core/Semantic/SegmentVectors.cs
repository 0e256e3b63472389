using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PodSearch.Core.Semantic;

/// <summary>
/// All passage vectors of one index segment in contiguous arrays, read once from BinaryDocValues when a
/// searcher is opened (or first needs them) and kept while the segment lives: biased int8 rows padded for
/// <see cref="Int8Dot"/>, one scale per passage, the passage's document and ordinal. The rows are stored
/// cluster by cluster (<see cref="PassageClusters"/>), so that a query scans the clusters nearest to it as
/// runs of consecutive rows; <see cref="PassagesOf"/> finds an episode's rows. Kept per segment core and
/// field-infos generation (which doc-values updates advance): a commit that only deletes from a segment gives
/// it a new reader but the same vectors, which must not be clustered again, while vectors updated in place
/// start a new generation.
/// </summary>
internal sealed class SegmentVectors
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<long, Lazy<SegmentVectors>>> Cache = new();

    private SegmentVectors(int dimensions, byte[] rows, float[] scales, int[] rowDocs, ushort[] ordinals, int[] rowEpisodes,
        int[] episodes, int[] episodeRowStarts, int[] episodeRows, PassageClusters? clusters, int[] clusterStarts,
        byte[]? episodeOrderRows = null, float[]? episodeOrderScales = null)
    {
        EpisodeOrderRows = episodeOrderRows ?? rows;
        EpisodeOrderScales = episodeOrderScales ?? scales;
        Dimensions = dimensions;
        Stride = Int8Dot.PaddedLength(dimensions);
        Rows = rows;
        Scales = scales;
        RowDocs = rowDocs;
        Ordinals = ordinals;
        RowEpisodes = rowEpisodes;
        Episodes = episodes;
        EpisodeRowStarts = episodeRowStarts;
        EpisodeRows = episodeRows;
        Clusters = clusters;
        ClusterStarts = clusterStarts;
    }

    public int Dimensions { get; }
    /// <summary>Bytes per row: <see cref="Dimensions"/> padded to <see cref="Int8Dot.RowAlignment"/>.</summary>
    public int Stride { get; }
    public int Count => RowDocs.Length;
    /// <summary><see cref="Count"/> rows of <see cref="Stride"/> biased bytes, cluster after cluster.</summary>
    public byte[] Rows { get; }
    public float[] Scales { get; }
    /// <summary>Per row, the segment-local document of its passage.</summary>
    public int[] RowDocs { get; }
    /// <summary>Per row, its passage's position in <see cref="PassageSplitter"/>'s split of the episode.</summary>
    public ushort[] Ordinals { get; }
    /// <summary>Per row, the index of its document in <see cref="Episodes"/>.</summary>
    public int[] RowEpisodes { get; }

    /// <summary>The segment-local documents that have vectors, ascending.</summary>
    public int[] Episodes { get; }
    /// <summary>Per entry of <see cref="Episodes"/>, where its rows start in <see cref="EpisodeRows"/>; one extra entry ends the last.</summary>
    public int[] EpisodeRowStarts { get; }
    public int[] EpisodeRows { get; }
    /// <summary>
    /// The rows again in episode order (position <c>EpisodeRowStarts[e] + i</c> is row <c>EpisodeRows[...]</c>),
    /// for views whose filter allows few episodes: they scan just those episodes' rows, each a contiguous run
    /// here, where in cluster order they are scattered over every cluster. The same array as
    /// <see cref="Rows"/> when there is one cluster.
    /// </summary>
    public byte[] EpisodeOrderRows { get; }
    public float[] EpisodeOrderScales { get; }

    /// <summary>The clusters' centroids (null for an empty segment).</summary>
    public PassageClusters? Clusters { get; }
    /// <summary>Per cluster, its first row; one extra entry ends the last.</summary>
    public int[] ClusterStarts { get; }
    public int ClusterCount => ClusterStarts.Length - 1;

    public ReadOnlySpan<byte> Row(int row) => Rows.AsSpan(row * Stride, Stride);

    /// <summary>The rows of the passages of segment-local document <paramref name="doc"/>, empty when it has none.</summary>
    public ReadOnlySpan<int> PassagesOf(int doc)
    {
        var episode = Array.BinarySearch(Episodes, doc);
        return episode < 0 ? [] : RowsOfEpisode(episode);
    }

    /// <summary>The rows of entry <paramref name="episode"/> of <see cref="Episodes"/>.</summary>
    public ReadOnlySpan<int> RowsOfEpisode(int episode) =>
        EpisodeRows.AsSpan(EpisodeRowStarts[episode], EpisodeRowStarts[episode + 1] - EpisodeRowStarts[episode]);

    /// <summary>Row <paramref name="row"/> as floats (its int8 values times its scale), times <paramref name="weight"/>, added to <paramref name="target"/>.</summary>
    public void AddTo(int row, float weight, Span<float> target) =>
        Int8Dot.AddScaled(Row(row), Scales[row] * weight, target[..Dimensions]);

    /// <summary>The vectors of <paramref name="segment"/>, loaded (and clustered) once, by one thread, however many ask at once.</summary>
    public static SegmentVectors For(AtomicReader segment)
    {
        var (key, generation) = segment is SegmentReader reader ? (reader.CoreCacheKey, reader.SegmentInfo.FieldInfosGen) : ((object)segment, -1L);
        var byGeneration = Cache.GetValue(key, _ => new ConcurrentDictionary<long, Lazy<SegmentVectors>>());
        var vectors = byGeneration.GetOrAdd(generation, _ => new Lazy<SegmentVectors>(() => Load(segment))).Value;
        foreach (var older in byGeneration.Keys.Where(g => g < generation))
            byGeneration.TryRemove(older, out _);
        return vectors;
    }

    /// <summary>
    /// Whether segments loaded from now on are clustered (the default). Clustering costs about half a second
    /// per 40,000 passages and pays back after some hundreds of searches, so a one-off command line search
    /// turns it off and scans every passage, exactly, in well under a millisecond.
    /// </summary>
    public static bool ClusterOnLoad { get; set; } = true;

    private static readonly SegmentVectors Empty = new(0, [], [], [], [], [], [], [0], [], null, [0]);

    private static SegmentVectors Load(AtomicReader segment)
    {
        var field = segment.GetBinaryDocValues(SemanticFields.PassageVectors);
        var docsWithField = segment.GetDocsWithField(SemanticFields.PassageVectors);
        if (field is null)
            return Empty;
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
        if (total == 0)
            return Empty;
        // Read in document order first; the rows move into cluster order below.
        var stride = Int8Dot.PaddedLength(dimensions);
        var rows = new byte[total * stride];
        var scales = new float[total];
        var docs = new int[total];
        var ordinals = new ushort[total];
        var episodes = new List<int>();
        var episodeRowStarts = new List<int>();
        var next = 0;
        for (var doc = 0; doc < segment.MaxDoc && next < total; doc++)
        {
            if (!Read(field, docsWithField, doc, bytes, out var count, out var dims) || dims != dimensions)
                continue; // written by another model; the stage re-embeds such episodes on the next run
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            var raw = PassageVectorCodec.Values(span, count);
            episodes.Add(doc);
            episodeRowStarts.Add(next);
            for (var p = 0; p < count; p++, next++)
            {
                var (ordinal, scale) = PassageVectorCodec.ReadPassage(span, p);
                docs[next] = doc;
                ordinals[next] = (ushort)ordinal;
                scales[next] = scale;
                Int8Dot.WriteBiased(raw.Slice(p * dims, dims), rows.AsSpan(next * stride, stride));
            }
        }
        episodeRowStarts.Add(next);
        return InClusterOrder(dimensions, rows, scales, docs, ordinals, [.. episodes], [.. episodeRowStarts]);
    }

    /// <summary>Clusters the passages (read in document order) and lays every per-row array out cluster by cluster.</summary>
    private static SegmentVectors InClusterOrder(int dimensions, byte[] rows, float[] scales, int[] docs, ushort[] ordinals, int[] episodes, int[] episodeStarts)
    {
        var total = docs.Length;
        var stride = Int8Dot.PaddedLength(dimensions);
        var clusters = PassageClusters.Build(rows, scales, total, dimensions, ClusterOnLoad);

        // A counting sort by cluster keeps document order within each cluster.
        var clusterStarts = new int[clusters.Count + 1];
        foreach (var c in clusters.Assignment)
            clusterStarts[c + 1]++;
        for (var c = 0; c < clusters.Count; c++)
            clusterStarts[c + 1] += clusterStarts[c];
        var placed = clusterStarts[..^1].ToArray();
        var newRow = new int[total];
        for (var p = 0; p < total; p++)
            newRow[p] = placed[clusters.Assignment[p]]++;

        var sortedRows = new byte[rows.Length];
        var sortedScales = new float[total];
        var sortedDocs = new int[total];
        var sortedOrdinals = new ushort[total];
        var rowEpisodes = new int[total];
        for (var e = 0; e < episodes.Length; e++)
        {
            for (var p = episodeStarts[e]; p < episodeStarts[e + 1]; p++)
            {
                var r = newRow[p];
                rows.AsSpan(p * stride, stride).CopyTo(sortedRows.AsSpan(r * stride, stride));
                sortedScales[r] = scales[p];
                sortedDocs[r] = docs[p];
                sortedOrdinals[r] = ordinals[p];
                rowEpisodes[r] = e;
            }
        }
        // An episode's passages stay listed in their own order, now pointing at their new rows.
        return new SegmentVectors(dimensions, sortedRows, sortedScales, sortedDocs, sortedOrdinals, rowEpisodes,
            episodes, episodeStarts, newRow, clusters, clusterStarts,
            clusters.Count > 1 ? rows : null, clusters.Count > 1 ? scales : null);
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
