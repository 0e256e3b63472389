using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Indexing;
using PodSearch.Core.Semantic;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Semantic;

/// <summary>
/// The clustered layout of a segment's passage vectors and the scan that reads only the nearest clusters,
/// on a real index of the invented topic notes: every row is where the layout says, a partial scan reads the
/// share it plans and still finds the subject's episodes, and a selective filter makes it read everything.
/// </summary>
public sealed class ClusteredScanTests : IDisposable
{
    private readonly NotesFolder folder = new();
    private readonly DirectoryReader reader;
    private readonly SifEmbedder embedder;

    public ClusteredScanTests()
    {
        TopicNotes.Write(folder, TopicNotes.Episodes);
        TopicNotes.Index(folder);
        reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(folder.Index));
        embedder = new SifEmbedder(SifModelFile.Load(Path.Combine(folder.Index, reader.IndexCommit.UserData[SemanticFields.ModelKey])));
    }

    public void Dispose()
    {
        reader.Dispose();
        folder.Dispose();
    }

    private SegmentVectors Vectors => SegmentVectors.For(Leaf.AtomicReader);

    /// <summary>The segment holding the notes' vectors (there is one).</summary>
    private AtomicReaderContext Leaf => reader.Leaves.Single(l => SegmentVectors.For(l.AtomicReader).Count > 0);

    /// <summary>A filter of the vectors' segment allowing the episodes at indexes that <paramref name="take"/> accepts.</summary>
    private FixedBitSet Allowing(Func<int, bool> take)
    {
        var vectors = Vectors;
        var allowed = new FixedBitSet(Leaf.AtomicReader.MaxDoc);
        foreach (var doc in vectors.Episodes.Where((_, e) => take(e)))
            allowed.Set(doc);
        return allowed;
    }

    [Fact]
    public void EveryRowBelongsToOneClusterAndOneEpisodeInTheEpisodesOwnPassageOrder()
    {
        var vectors = Vectors;
        Assert.True(vectors.ClusterCount > 1, $"{vectors.Count} passages made {vectors.ClusterCount} cluster(s)");
        Assert.Equal(0, vectors.ClusterStarts[0]);
        Assert.Equal(vectors.Count, vectors.ClusterStarts[^1]);
        Assert.True(vectors.ClusterStarts.Zip(vectors.ClusterStarts.Skip(1)).All(pair => pair.First <= pair.Second));

        var seen = new bool[vectors.Count];
        for (var e = 0; e < vectors.Episodes.Length; e++)
        {
            var rows = vectors.RowsOfEpisode(e).ToArray();
            Assert.NotEmpty(rows);
            // Rows are listed in passage order (ordinals 0, 1, 2, ...), wherever their clusters put them.
            Assert.Equal(Enumerable.Range(0, rows.Length), rows.Select(r => (int)vectors.Ordinals[r]));
            foreach (var row in rows)
            {
                Assert.False(seen[row]);
                seen[row] = true;
                Assert.Equal(vectors.Episodes[e], vectors.RowDocs[row]);
                Assert.Equal(e, vectors.RowEpisodes[row]);
            }
            Assert.Equal(rows, vectors.PassagesOf(vectors.Episodes[e]).ToArray());
        }
        Assert.All(seen, Assert.True);
    }

    [Fact]
    public void ClusteringTheSameRowsAgainGivesTheSameClusters()
    {
        var vectors = Vectors;
        // Rebuild from the rows in document order, as the loader sees them.
        var order = Enumerable.Range(0, vectors.Episodes.Length).SelectMany(e => vectors.RowsOfEpisode(e).ToArray()).ToArray();
        var rows = order.SelectMany(r => vectors.Row(r).ToArray()).ToArray();
        var scales = order.Select(r => vectors.Scales[r]).ToArray();

        var first = PassageClusters.Build(rows, scales, order.Length, vectors.Dimensions);
        var second = PassageClusters.Build(rows, scales, order.Length, vectors.Dimensions);

        Assert.Equal(first.Assignment, second.Assignment);
        Assert.Equal(first.CentroidRows, second.CentroidRows);
        Assert.True(first.Assignment.Distinct().Count() > 1);
    }

    [Fact]
    public void APartialScanReadsItsShareOfNearestClustersAndStillFindsTheSubject()
    {
        var vectors = Vectors;
        var query = embedder.Encode(["kneading the dough and proofing the loaf"])[0];
        var leaf = Leaf;
        var plan = ScannedSegment.Plan(leaf, vectors, [_ => null], QuantizedQuery.Of(query), probeShare: 0.3, minProbeRows: 0);

        // The nearest clusters until 30% of the rows: at least that, at most one cluster more.
        var largest = Enumerable.Range(0, vectors.ClusterCount).Max(c => vectors.ClusterStarts[c + 1] - vectors.ClusterStarts[c]);
        Assert.InRange(plan.PlannedRows, 0.3 * vectors.Count, 0.3 * vectors.Count + largest);
        Assert.True(plan.PlannedRows < vectors.Count);

        var hits = SemanticRanker.Rank(reader, query, _ => null, 8, probeShare: 0.3, minProbeRows: 0);
        var baking = Enumerable.Range(0, TopicNotes.Episodes).Where(n => TopicNotes.SubjectOf(n) == "baking").Select(TopicNotes.IdOf).Order();
        Assert.Equal(baking, hits.Select(h => reader.Document(h.Doc).Get(IndexSchema.Id)).Order());
    }

    [Fact]
    public void ScoresOfAPartialScanAreTheExactScoresOfThePassagesItRead()
    {
        var query = embedder.Encode(["replication and vacuum on postgres"])[0];
        var exact = SemanticRanker.Rank(reader, query, _ => null, TopicNotes.Episodes, probeShare: 1).ToDictionary(h => h.Doc);
        var partial = SemanticRanker.Rank(reader, query, _ => null, TopicNotes.Episodes, probeShare: 0.3, minProbeRows: 0);

        Assert.NotEmpty(partial);
        Assert.True(partial.Count <= exact.Count);
        // A partial scan can miss an episode's best passage, never beat it.
        Assert.All(partial, hit => Assert.True(hit.Score <= exact[hit.Doc].Score + 1e-6f, $"{hit.Score} > {exact[hit.Doc].Score}"));
        Assert.Equal(exact.Values.MaxBy(h => h.Score).Doc, partial[0].Doc);
    }

    [Fact]
    public void ASelectiveFilterScansItsOwnEpisodesSoItsRankingIsExact()
    {
        var vectors = Vectors;
        var leaf = Leaf;
        // A fifth of the episodes: fewer rows than reading clusters until as many are found.
        var allowed = Allowing(e => e % 5 == 0);
        var query = embedder.Encode(["mainsail tacking in the harbour"])[0];
        var plan = ScannedSegment.Plan(leaf, vectors, [_ => allowed], QuantizedQuery.Of(query), probeShare: 0.3, minProbeRows: 0);
        Assert.Equal(1UL, plan.ByEpisode);
        Assert.Equal(0, plan.PlannedRows);

        var partial = SemanticRanker.Rank(reader, query, _ => allowed, 100, probeShare: 0.3, minProbeRows: 0);
        var exact = SemanticRanker.Rank(reader, query, _ => allowed, 100, probeShare: 1);
        Assert.Equal(exact, partial);
        Assert.Equal((vectors.Episodes.Length + 4) / 5, exact.Count);
        Assert.All(exact, hit => Assert.True(allowed.Get(hit.Doc - leaf.DocBase)));

        // Beside an unfiltered view (a disjunctive facet's), that one still reads only the nearest 30%.
        var both = ScannedSegment.Plan(leaf, vectors, [_ => allowed, _ => null], QuantizedQuery.Of(query), probeShare: 0.3, minProbeRows: 0);
        Assert.Equal(1UL, both.ByEpisode);
        Assert.Equal(0, both.PlannedRowsFor(0));
        Assert.InRange(both.PlannedRowsFor(1), 0.3 * vectors.Count, 0.3 * vectors.Count + vectors.Count / 4.0);
    }

    [Fact]
    public void AFilterAllowingHalfTheRowsReadsTwiceTheClusters()
    {
        var vectors = Vectors;
        var leaf = Leaf;
        var allowed = Allowing(e => e % 2 == 0);
        var allowedRows = Enumerable.Range(0, vectors.Episodes.Length).Where(e => e % 2 == 0).Sum(e => vectors.RowsOfEpisode(e).Length);
        var query = embedder.Encode(["compost and seedlings in the greenhouse"])[0];

        var plan = ScannedSegment.Plan(leaf, vectors, [_ => allowed], QuantizedQuery.Of(query), probeShare: 0.2, minProbeRows: 0);

        Assert.Equal(0UL, plan.ByEpisode);
        var target = 0.2 * vectors.Count * vectors.Count / allowedRows;
        var largest = Enumerable.Range(0, vectors.ClusterCount).Max(c => vectors.ClusterStarts[c + 1] - vectors.ClusterStarts[c]);
        Assert.InRange(plan.PlannedRowsFor(0), target, target + largest);
        var hits = SemanticRanker.Rank(reader, query, _ => allowed, 100, probeShare: 0.2, minProbeRows: 0);
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.True(allowed.Get(hit.Doc - leaf.DocBase)));
    }

    [Fact]
    public void ManySmallChunksOnTwoThreadsRankEachViewAsAnExactScanOfItsOwn()
    {
        var vectors = Vectors;
        var leaf = Leaf;
        var allowed = Allowing(e => e % 3 == 0);
        var query = embedder.Encode(["postgres replication and backups"])[0];

        // Chunks of 8 rows: the merge sees a dozen chunks, some of them scanned by the helper thread.
        var scan = SemanticRanker.Start(reader, query, [_ => allowed, _ => null], depth: 5, helpers: 1, probeShare: 1, rowsPerChunk: 8);
        var filtered = scan.Join(0);
        var unfiltered = scan.Join(1);

        Assert.Equal(SemanticRanker.Rank(reader, query, _ => allowed, 5, probeShare: 1), filtered);
        Assert.Equal(SemanticRanker.Rank(reader, query, _ => null, 5, probeShare: 1), unfiltered);
        Assert.Equal(5, filtered.Count);
        Assert.Equal(filtered.Count, filtered.Select(h => h.Doc).Distinct().Count());
    }

    [Fact]
    public void ACommitThatOnlyDeletesKeepsTheSegmentsClustersAndItsHitsLeaveTheRanking()
    {
        var vectors = Vectors;
        var query = embedder.Encode(["kneading the dough and proofing the loaf"])[0];
        var before = SemanticRanker.Rank(reader, query, _ => null, 8);
        var deletedId = reader.Document(before[0].Doc).Get(IndexSchema.Id);
        using (var writer = new IndexWriter(Lucene.Net.Store.FSDirectory.Open(folder.Index),
                   new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.DeleteDocuments(new Term(IndexSchema.Id, deletedId));
            writer.Commit();
        }

        using var reopened = DirectoryReader.OpenIfChanged(reader);
        Assert.NotNull(reopened);
        var leaf = reopened!.Leaves.Single(l => l.AtomicReader.NumDeletedDocs > 0);
        Assert.NotSame(reader.Leaves[leaf.Ord].AtomicReader, leaf.AtomicReader);
        Assert.Same(vectors, SegmentVectors.For(leaf.AtomicReader));

        var after = SemanticRanker.Rank(reopened, query, _ => null, 8);
        Assert.DoesNotContain(deletedId, after.Select(h => reopened.Document(h.Doc).Get(IndexSchema.Id)));
        Assert.Equal(7, after.Count(h => TopicNotes.SubjectOf(int.Parse(reopened.Document(h.Doc).Get(IndexSchema.Id)[^3..])) == "baking"));
    }
}
