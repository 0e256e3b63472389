namespace PodSearch.Core.Semantic;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): each list contributes
/// <c>weight / (k + rank)</c> for every document it ranks, so only ranks matter and BM25 scores need no
/// calibration against cosine similarities. The semantic list weighs <c>semanticRatio</c>, the lexical one
/// <c>1 - semanticRatio</c>; k = 60 as in the paper.
/// </summary>
internal static class RankFusion
{
    public const int K = 60;

    /// <summary>Fused documents, best first; ties broken by the better single rank, then doc id, so the order is stable.</summary>
    public static List<FusedDoc> Fuse(IReadOnlyList<int> lexical, IReadOnlyList<int> semantic, double semanticRatio)
    {
        var ratio = Math.Clamp(semanticRatio, 0, 1);
        // Runs for every hybrid request on up to 200 documents: a dictionary of positions and one sort, no LINQ.
        var fused = new List<FusedDoc>(lexical.Count + semantic.Count);
        var at = new Dictionary<int, int>(lexical.Count + semantic.Count);
        for (var r = 0; r < lexical.Count; r++)
        {
            var doc = lexical[r];
            if (at.TryAdd(doc, fused.Count))
                fused.Add(new FusedDoc(doc, (1 - ratio) / (K + r + 1), r + 1, null));
        }
        for (var r = 0; r < semantic.Count; r++)
        {
            var doc = semantic[r];
            var add = ratio / (K + r + 1);
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
        fused.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
                return byScore;
            var byRank = BestRank(a).CompareTo(BestRank(b));
            return byRank != 0 ? byRank : a.Doc.CompareTo(b.Doc);
        });
        return fused;
    }

    private static int BestRank(FusedDoc f) => Math.Min(f.LexicalRank ?? int.MaxValue, f.SemanticRank ?? int.MaxValue);
}

/// <summary>One document of a fused ranking, with its 1-based rank in each list it appeared in.</summary>
internal sealed record FusedDoc(int Doc, double Score, int? LexicalRank, int? SemanticRank);
