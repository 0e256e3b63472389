using PodSearch.Core.Evaluation;

namespace PodSearch.Core.Tests.Evaluation;

/// <summary>The eval measures against values worked out by hand.</summary>
public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Relevant = new() { ["a"] = 2, ["b"] = 1, ["z"] = 1 };

    [Fact]
    public void ReciprocalRankIsOneOverTheFirstRelevantRankWithinTen()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["x", "y", "b", "a"], Relevant), 12);
        Assert.Equal(0, RankingMetrics.ReciprocalRank([.. Enumerable.Range(0, 10).Select(i => $"n{i}"), "a"], Relevant));
    }

    [Fact]
    public void NdcgUsesExponentialGainAndLogDiscount()
    {
        // DCG = (2^1-1)/log2(2) + (2^2-1)/log2(4) = 1 + 1.5; ideal = 3/1 + 1/log2(3) + 1/log2(4).
        var expected = (1 + 1.5) / (3 + 1 / Math.Log2(3) + 0.5);
        Assert.Equal(expected, RankingMetrics.Ndcg(["b", "x", "a"], Relevant), 12);
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "b", "z"], Relevant), 12);
    }

    [Fact]
    public void RecallCountsRelevantEpisodesFoundWithinAHundred()
    {
        var ranked = Enumerable.Range(0, 100).Select(i => $"n{i}").ToList();
        ranked[5] = "b";
        ranked.Add("a");
        Assert.Equal(1.0 / 3, RankingMetrics.Recall(ranked, Relevant), 12);
    }

    [Fact]
    public void AQueryLineIsReadWithItsFiltersAndGrades()
    {
        var query = JudgedQuery.Parse("""{"qid": "M1", "type": "mixed", "query": "q", "filters": {"podcast": "js-jabber", "year": 2019, "guest": null}, "relevant": {"x/y": 2}}""");
        Assert.Equal(new Dictionary<string, string> { ["podcast"] = "js-jabber", ["year"] = "2019" }, query.Filters);
        Assert.Equal(2, query.Relevant["x/y"]);
    }

    [Fact]
    public void AQueryIsInTheHalfItsSplitNamesOrElseInAStableHalfByQid()
    {
        Assert.Equal("held", JudgedQuery.Parse("""{"qid": "A1", "type": "t", "query": "q", "split": "held", "relevant": {}}""").Split);
        Assert.Equal("tune", JudgedQuery.Parse("""{"qid": "A1", "type": "t", "query": "q", "split": "tune", "relevant": {}}""").Split);
        var unsplit = Enumerable.Range(0, 200).Select(i => JudgedQuery.Parse($$"""{"qid": "Q{{i}}", "type": "t", "query": "q", "relevant": {} }""")).ToList();
        Assert.All(unsplit, q => Assert.Equal(JudgedQuery.SplitOf(q.Qid), q.Split));
        Assert.InRange(unsplit.Count(q => q.Split == "tune"), 70, 130); // both halves get a fair share
        Assert.Throws<FormatException>(() => JudgedQuery.Parse("""{"qid": "A1", "type": "t", "query": "q", "split": "test", "relevant": {}}"""));
    }
}
