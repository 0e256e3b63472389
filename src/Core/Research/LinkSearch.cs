namespace PodSearch.Core.Research;

/// <summary>Finds links in the catalog by a linear scan (a few tens of thousands of records; see BENCHMARKS.md).</summary>
internal static class LinkSearch
{
    public static LinkSearchResult Run(ResearchCatalog catalog, LinkQuery query)
    {
        var terms = ResearchText.Terms(query.Text);
        var page = query.Domain is { } d && d.Contains('/', StringComparison.Ordinal) ? LinkDomain.Normalize(d) : null;
        var domainMatches = query.Domain is null ? null : LinkDomain.Matcher(query.Domain);
        var matches = catalog.Links.Where(l =>
                (domainMatches is null || (page is not null ? l.PageKey == page : domainMatches(l.Domain)))
                && (query.Podcast is null || l.Episode.Podcast == query.Podcast)
                && (query.Year is null || l.Episode.Date?.Year == query.Year)
                && terms.All(l.Terms.Contains))
            .ToList();
        // Links keep catalog order (newest episode first), so grouping keeps episodes in date order.
        var byEpisode = matches.GroupBy(l => l.Episode.Id, StringComparer.Ordinal).ToList();
        return new LinkSearchResult
        {
            TotalEpisodes = byEpisode.Count,
            TotalLinks = matches.Count,
            Episodes = byEpisode.Skip(query.Offset).Take(query.Limit).Select(g => new LinkingEpisode(g.First().Episode, g.ToList())).ToList(),
            Domains = matches.Where(l => l.Domain is not null).GroupBy(l => l.Domain!, StringComparer.Ordinal)
                .Select(g => new DomainCount(g.Key, g.Select(l => l.Episode.Id).Distinct(StringComparer.Ordinal).Count(), g.Count()))
                .OrderByDescending(c => c.Episodes).ThenByDescending(c => c.Links).ThenBy(c => c.Domain, StringComparer.Ordinal)
                .Take(query.FacetTop)
                .ToList(),
        };
    }
}
