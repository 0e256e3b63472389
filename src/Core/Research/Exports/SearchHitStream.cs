using PodSearch.Core.Search;

namespace PodSearch.Core.Research.Exports;

/// <summary>
/// The hits of a search for an export: the requested page, or with <c>all</c> every match, fetched one page of
/// <see cref="EpisodeSearcher.MaxLimit"/> at a time so no more than a page is held in memory.
/// </summary>
public static class SearchHitStream
{
    public static IEnumerable<EpisodeHit> Hits(EpisodeSearcher searcher, SearchRequest request, bool all)
    {
        if (!all)
        {
            foreach (var hit in searcher.Search(request with { Facets = [] }).Hits)
                yield return hit;
            yield break;
        }
        var offset = 0;
        while (offset <= EpisodeSearcher.MaxOffset)
        {
            var page = searcher.Search(request with { Offset = offset, Limit = EpisodeSearcher.MaxLimit, Facets = [] });
            foreach (var hit in page.Hits)
                yield return hit;
            offset += page.Hits.Count;
            if (page.Hits.Count == 0 || offset >= page.Total)
                yield break;
        }
    }
}
