using PodSearch.Core.Semantic;

namespace PodSearch.Core.Tests.Semantic;

public sealed class RankFusionTests
{
    [Fact]
    public void ScoresAreWeightedReciprocalRanksSummedOverBothLists()
    {
        var fused = RankFusion.Fuse(lexical: [10, 20, 30], semantic: [30, 40], semanticRatio: 0.5);

        double Expected(int? lexicalRank, int? semanticRank) =>
            (lexicalRank is { } l ? 0.5 / (60 + l) : 0) + (semanticRank is { } s ? 0.5 / (60 + s) : 0);
        var byDoc = fused.ToDictionary(f => f.Doc);
        Assert.Equal(Expected(3, 1), byDoc[30].Score, 12);
        Assert.Equal(Expected(1, null), byDoc[10].Score, 12);
        Assert.Equal(Expected(null, 2), byDoc[40].Score, 12);
        Assert.Equal((3, 1), (byDoc[30].LexicalRank!.Value, byDoc[30].SemanticRank!.Value));
        // In both lists beats first in one; ties keep the better single rank first.
        Assert.Equal([30, 10, 20, 40], fused.Select(f => f.Doc));
    }

    [Fact]
    public void TheRatioMovesTheBalanceBetweenTheLists()
    {
        Assert.Equal([1, 2, 3, 4], RankFusion.Fuse([1, 2], [3, 4], 0.0).Select(f => f.Doc));
        Assert.Equal(3, RankFusion.Fuse([1, 2], [3, 4], 1.0)[0].Doc);
        Assert.Equal(0, RankFusion.Fuse([1, 2], [3, 4], 1.0).Single(f => f.Doc == 1).Score);
    }
}
