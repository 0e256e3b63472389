using Lucene.Net.Index;
using PodSearch.Core.Concurrency;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// Turns one page of the final ranking into hits: display fields from the stored episode, lexical snippets
/// (<see cref="SnippetBuilder"/>) and, for episodes the semantic ranker found, the passage that matched
/// (<see cref="PassageSnippets"/>, cut on a free core while this thread cuts the lexical ones).
/// </summary>
internal static class PageStep
{
    /// <summary>
    /// Hits <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>; without lexical snippets when
    /// <paramref name="snippets"/> is null and without "matched" passages when <paramref name="passages"/> is null.
    /// </summary>
    public static List<EpisodeHit> Build(IndexReader reader, FusedRanking ranking, int offset, int limit, SnippetBuilder? snippets, PassageSnippets? passages)
    {
        var page = ranking.Episodes.Skip(offset).Take(limit).ToList();
        if (!ranking.Fused)
            return ToHits(reader, page, snippets);

        var matchedPassages = SharedWork<Snippet?>.Start(page.Count, i => passages is not null && page[i].Semantic is { } hit ? passages.Build(hit) : null,
            passages is null ? 0 : SharedWork.DefaultHelpers);
        List<EpisodeHit> pageHits;
        Snippet?[] matchedSnippets;
        try
        {
            pageHits = ToHits(reader, page, snippets);
            matchedSnippets = matchedPassages.Join();
        }
        finally
        {
            matchedPassages.Abandon(); // after a failure, no chunk may outlive the lease
        }
        return page.Select((episode, i) =>
        {
            var hit = pageHits[i];
            var lines = hit.Snippets.ToList();
            if (matchedSnippets[i] is { } matched)
            {
                // The passage that made the match leads when meaning found the episode before the words did.
                var leads = episode.LexicalRank is null || (episode.SemanticRank ?? int.MaxValue) < episode.LexicalRank;
                // A card shows the same sentences once: a leading passage replaces the lexical snippets it repeats,
                // a following one is left out when a lexical snippet already shows it.
                var repeated = SnippetOverlap.RepeatedBy(matched, lines);
                if (leads)
                    lines.RemoveAll(repeated.Contains);
                if (leads || repeated.Count == 0)
                    lines.Insert(leads ? 0 : Math.Min(lines.Count, 2), matched);
                lines = lines.Take(3).ToList();
            }
            return hit with
            {
                Score = Math.Round(episode.Score, 6),
                Snippets = lines,
                LexicalRank = episode.LexicalRank,
                LexicalScore = episode.LexicalScore is { } lexicalScore ? Math.Round(lexicalScore, 4) : null,
                SemanticRank = episode.SemanticRank,
                SemanticScore = episode.Semantic is { } semantic ? Math.Round(semantic.Score, 4) : null,
            };
        }).ToList();
    }

    /// <summary>The hits of a page of top-level documents with their lexical scores; without snippets when <paramref name="snippets"/> is null.</summary>
    private static List<EpisodeHit> ToHits(IndexReader reader, List<RankedEpisode> page, SnippetBuilder? snippets)
    {
        var stored = page.Select(d => EpisodeStore.Load(reader, d.Doc)).ToList();
        var passages = snippets?.Build(reader, page.Select(d => d.Doc).ToList(), stored)
            ?? Enumerable.Repeat<IReadOnlyList<Snippet>>([], page.Count).ToArray();
        var hits = new List<EpisodeHit>(page.Count);
        for (var i = 0; i < page.Count; i++)
        {
            var episode = stored[i].Episode;
            var score = page[i].LexicalScore ?? 0f;
            hits.Add(new EpisodeHit
            {
                Id = episode.Id,
                Title = episode.Title,
                Podcast = episode.Podcast,
                PodcastTitle = episode.PodcastTitle,
                Date = episode.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Guests = episode.Guests,
                Hosts = episode.Hosts,
                Score = float.IsNaN(score) ? 0 : Math.Round(score, 4),
                Snippets = passages[i],
            });
        }
        return hits;
    }
}
