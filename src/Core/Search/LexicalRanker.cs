using Lucene.Net.Search;

namespace PodSearch.Core.Search;

/// <summary>
/// The keyword ranking, before paging: the best <c>depth</c> documents of a query (with scores) and the exact
/// number of matches. Hybrid search fuses this list with a vector ranking, so it is kept apart from display.
/// Any extra collector (facet counts) sees every match in the same pass.
/// </summary>
internal static class LexicalRanker
{
    public static RankedDocs Rank(IndexSearcher searcher, Query query, Sort? sort, int depth, ICollector? alongside = null)
    {
        var numHits = Math.Max(1, depth);
        ITopDocsCollector top = sort is null
            ? TopScoreDocCollector.Create(numHits, docsScoredInOrder: false)
            : TopFieldCollector.Create(sort, numHits, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var collector = alongside is null ? (ICollector)top : MultiCollector.Wrap((ICollector)top, alongside);
        searcher.Search(query, collector);
        var docs = depth == 0 ? [] : top.GetTopDocs().ScoreDocs;
        return new RankedDocs(docs, top.TotalHits);
    }
}

/// <summary>Documents in rank order (top-level doc ids, with scores) and the exact total of matches.</summary>
internal sealed record RankedDocs(ScoreDoc[] Docs, int Total);
