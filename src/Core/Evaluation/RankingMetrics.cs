namespace PodSearch.Core.Evaluation;

/// <summary>
/// The three measures <c>podsearch eval</c> reports, for one ranked list against graded judgements:
/// reciprocal rank of the first relevant episode within 10, nDCG@10 with gain 2^grade - 1, and the share
/// of relevant episodes found within 100.
/// </summary>
public static class RankingMetrics
{
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int cutoff = 10)
    {
        for (var i = 0; i < Math.Min(cutoff, ranked.Count); i++)
            if (relevant.GetValueOrDefault(ranked[i]) > 0)
                return 1.0 / (i + 1);
        return 0;
    }

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int cutoff = 10)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(cutoff, ranked.Count); i++)
            dcg += Gain(relevant.GetValueOrDefault(ranked[i])) / Math.Log2(i + 2);
        var ideal = relevant.Values.Where(g => g > 0).OrderByDescending(g => g).Take(cutoff).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int cutoff = 100)
    {
        var wanted = relevant.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
            return 0;
        return (double)ranked.Take(cutoff).Count(wanted.Contains) / wanted.Count;
    }

    private static double Gain(int grade) => grade <= 0 ? 0 : Math.Pow(2, grade) - 1;
}
