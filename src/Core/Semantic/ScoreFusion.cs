namespace PodSearch.Core.Semantic;

/// <summary>
/// Score-normalised convex fusion (as Meilisearch's and Weaviate's hybrid search do): each list's scores are
/// scaled to 0..1 by its own best and worst, and an episode scores <c>(1 - ratio) * lexical + ratio * semantic</c>,
/// 0 for a list it is not in. Unlike reciprocal-rank fusion, how far ahead a ranker's best hit is counts: a
/// title match that BM25 scores far above the rest stays on top when meaning finds nothing better.
/// Chosen over reciprocal-rank fusion (k = 60) by measurement on the tuning half of tests/Eval (BENCHMARKS.md):
/// higher hybrid nDCG@10 at every semantic ratio tried (0.2, 0.35, 0.5), for no query type lower.
/// </summary>
internal static class ScoreFusion
{
    /// <summary>Fused documents, best first; ties broken by the better single rank, then doc id.</summary>
    public static List<FusedDoc> Fuse(IReadOnlyList<(int Doc, float Score)> lexical, IReadOnlyList<(int Doc, float Score)> semantic, double semanticRatio)
    {
        var ratio = Math.Clamp(semanticRatio, 0, 1);
        var fused = new List<FusedDoc>(lexical.Count + semantic.Count);
        var at = new Dictionary<int, int>(lexical.Count + semantic.Count);
        var lexicalScale = Scale(lexical);
        for (var r = 0; r < lexical.Count; r++)
        {
            if (at.TryAdd(lexical[r].Doc, fused.Count))
                fused.Add(new FusedDoc(lexical[r].Doc, (1 - ratio) * lexicalScale(lexical[r].Score), r + 1, null));
        }
        var semanticScale = Scale(semantic);
        for (var r = 0; r < semantic.Count; r++)
        {
            var (doc, score) = semantic[r];
            var add = ratio * semanticScale(score);
            if (at.TryGetValue(doc, out var index))
            {
                if (fused[index].SemanticRank is null)
                    fused[index] = fused[index] with { Score = fused[index].Score + add, SemanticRank = r + 1 };
            }
            else
            {
                at[doc] = fused.Count;
                fused.Add(new FusedDoc(doc, add, null, r + 1));
            }
        }
        SortBest(fused);
        return fused;
    }

    /// <summary>Best score first; ties by the better single rank, then doc id, so the order is stable.</summary>
    private static void SortBest(List<FusedDoc> fused) => fused.Sort(static (a, b) =>
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
            return byScore;
        var byRank = BestRank(a).CompareTo(BestRank(b));
        return byRank != 0 ? byRank : a.Doc.CompareTo(b.Doc);
    });

    private static int BestRank(FusedDoc f) => Math.Min(f.LexicalRank ?? int.MaxValue, f.SemanticRank ?? int.MaxValue);

    /// <summary>Min-max scaling over one list; a list of equal scores scales to 1.</summary>
    private static Func<float, double> Scale(IReadOnlyList<(int Doc, float Score)> list)
    {
        if (list.Count == 0)
            return _ => 0;
        var max = list.Max(x => x.Score);
        var min = list.Min(x => x.Score);
        var range = max - min;
        return range <= 0 || float.IsNaN(range) ? _ => 1 : score => (score - min) / range;
    }
}

/// <summary>One document of a fused ranking, with its 1-based rank in each list it appeared in.</summary>
internal sealed record FusedDoc(int Doc, double Score, int? LexicalRank, int? SemanticRank);
