using PodSearch.Core.Semantic;

namespace PodSearch.Core.Tests.Semantic;

public sealed class ScoreFusionTests
{
    [Fact]
    public void ScoresAreTheRatioWeightedSumOfEachListsMinMaxScaledScores()
    {
        var fused = ScoreFusion.Fuse(lexical: [(10, 9f), (20, 5f), (30, 1f)], semantic: [(30, 0.8f), (40, 0.4f)], semanticRatio: 0.25);

        var byDoc = fused.ToDictionary(f => f.Doc);
        Assert.Equal(0.75 * 1.0, byDoc[10].Score, 6);
        Assert.Equal(0.75 * 0.5, byDoc[20].Score, 6);
        Assert.Equal(0.75 * 0 + 0.25 * 1.0, byDoc[30].Score, 6);
        Assert.Equal(0.25 * 0, byDoc[40].Score, 6);
        Assert.Equal((3, 1), (byDoc[30].LexicalRank!.Value, byDoc[30].SemanticRank!.Value));
        Assert.Equal([10, 20, 30, 40], fused.Select(f => f.Doc));
    }

    [Fact]
    public void AFarAheadLexicalHitStaysFirstWhereRankFusionWouldSinkIt()
    {
        // Doc 1 is BM25's clear winner but unknown to the semantic list; 2..6 are in both lists, ranked low lexically.
        var lexical = new List<(int, float)> { (1, 40f), (2, 6f), (3, 5.5f), (4, 5f), (5, 4.5f), (6, 4f) };
        var semantic = new List<(int, float)> { (2, 0.50f), (3, 0.49f), (4, 0.48f), (5, 0.47f), (6, 0.46f) };

        Assert.Equal(1, ScoreFusion.Fuse(lexical, semantic, 0.2)[0].Doc);
    }

    [Fact]
    public void TheRatioMovesTheBalanceBetweenTheLists()
    {
        var lexicalOnly = ScoreFusion.Fuse([(1, 2f), (2, 1f)], [(3, 0.9f), (4, 0.1f)], 0.0);
        Assert.Equal(1, lexicalOnly[0].Doc);
        Assert.All(lexicalOnly.Where(f => f.LexicalRank is null), f => Assert.Equal(0, f.Score));
        Assert.Equal(3, ScoreFusion.Fuse([(1, 2f), (2, 1f)], [(3, 0.9f), (4, 0.1f)], 1.0)[0].Doc);
        Assert.Equal(0, ScoreFusion.Fuse([(1, 2f), (2, 1f)], [(3, 0.9f), (4, 0.1f)], 1.0).Single(f => f.Doc == 1).Score);
    }
}
