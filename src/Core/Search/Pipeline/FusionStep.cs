using Lucene.Net.Search;
using Lucene.Net.Util;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// Combines the rankers' lists into the one ranking the page step shows: the lexical list as it is when no
/// semantic ranking ran, otherwise the two fused (<see cref="RankFusion"/>), with each episode's rank and
/// score in either list kept for the hit.
/// </summary>
internal static class FusionStep
{
    /// <summary>The lexical ranking alone.</summary>
    public static FusedRanking LexicalOnly(ScoreDoc[] lexical) => new(
        lexical.Select(d => new RankedEpisode(d.Doc, d.Score, null, d.Score, null, null)).ToList(), Fused: false, SemanticOnlyDocs: []);

    /// <summary>
    /// The two rankings fused; semantic mode (<paramref name="semanticOnly"/>) ranks by meaning alone.
    /// <paramref name="lexicalMatched"/> (the lexical match set, if known) tells which semantic hits the words did not find.
    /// </summary>
    public static FusedRanking Fuse(ScoreDoc[] lexical, IReadOnlyList<SemanticHit> semantic, bool semanticOnly, double semanticRatio, FixedBitSet? lexicalMatched)
    {
        var lexicalDocs = semanticOnly ? [] : lexical.Select(d => d.Doc).ToList();
        var fused = RankFusion.Fuse(lexicalDocs, semantic.Select(s => s.Doc).ToList(), semanticOnly ? 1.0 : semanticRatio);
        var lexicalByDoc = lexical.ToDictionary(d => d.Doc);
        var semanticByDoc = semantic.ToDictionary(s => s.Doc);
        var episodes = fused.Select(f => new RankedEpisode(f.Doc, f.Score, f.LexicalRank,
            f.LexicalRank is not null && lexicalByDoc.TryGetValue(f.Doc, out var sd) ? sd.Score : null,
            f.SemanticRank, semanticByDoc.TryGetValue(f.Doc, out var s) ? s : null)).ToList();
        var matched = semanticOnly ? null : lexicalMatched;
        var semanticOnlyDocs = semantic.Select(s => s.Doc).Where(d => matched is null || !matched.Get(d)).ToList();
        return new FusedRanking(episodes, Fused: true, semanticOnlyDocs);
    }
}

/// <summary>
/// The final ranking, best first. <see cref="Fused"/>: the scores are fusion scores and hits carry both ranks.
/// <see cref="SemanticOnlyDocs"/>: the semantic hits outside the lexical match set (they add to totals and facets).
/// </summary>
internal sealed record FusedRanking(List<RankedEpisode> Episodes, bool Fused, List<int> SemanticOnlyDocs);

/// <summary>One episode of the final ranking (top-level doc id), with its 1-based rank and score in each list that had it.</summary>
internal sealed record RankedEpisode(int Doc, double Score, int? LexicalRank, float? LexicalScore, int? SemanticRank, SemanticHit? Semantic);
