using PodSearch.Core.Notes;
using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>
/// The researcher's view of an index: every episode as an <see cref="EpisodeCard"/>, the people directory,
/// and every pick and link as a record. Built in one pass over the episodes (transcripts are read for
/// their speakers and then dropped), then read-only and shared.
/// </summary>
public sealed class ResearchCatalog
{
    private readonly Dictionary<string, EpisodeCard> episodesById;

    private ResearchCatalog(IReadOnlyList<EpisodeCard> episodes, PersonDirectory people, IReadOnlyList<PickRecord> picks, IReadOnlyList<LinkRecord> links)
    {
        Episodes = episodes;
        People = people;
        Picks = picks;
        Links = links;
        episodesById = episodes.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Episodes (kind <c>episode</c> only) newest first, undated last.</summary>
    public IReadOnlyList<EpisodeCard> Episodes { get; }
    public PersonDirectory People { get; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<PickRecord> Picks { get; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<LinkRecord> Links { get; }

    public EpisodeCard? Episode(string id) => episodesById.GetValueOrDefault(id);

    /// <param name="episodes">Streamed once; pages that are not episodes are skipped.</param>
    /// <param name="roster">The shows' hosts from <c>_data/hosts</c>, when the notes folder is at hand.</param>
    internal static ResearchCatalog Build(IEnumerable<Episode> episodes, ShowHostRoster? roster = null)
    {
        var cards = new List<EpisodeCard>();
        var peopleBuilder = new PersonDirectoryBuilder();
        var rawPicks = new List<(EpisodeCard Card, string By, PickItem Item)>();
        var links = new List<LinkRecord>();
        foreach (var episode in episodes)
        {
            if (episode.Kind != EpisodeKind.Episode)
                continue;
            var card = EpisodeCard.From(episode);
            cards.Add(card);
            peopleBuilder.Add(episode);
            foreach (var group in episode.Picks)
                foreach (var item in group.Items)
                    rawPicks.Add((card, group.By, item));
            foreach (var link in episode.Links)
                links.Add(new LinkRecord
                {
                    Episode = card,
                    Text = link.Text,
                    Url = link.Url,
                    Domain = LinkDomain.Of(link.Url),
                    PageKey = LinkDomain.Normalize(link.Url),
                    Terms = ResearchText.Terms(link.Text + " " + link.Url).ToHashSet(StringComparer.Ordinal),
                });
        }
        var people = peopleBuilder.Build(roster);
        var picks = rawPicks.Select(p =>
        {
            var person = people.InEpisode(p.Card.Id, p.By);
            return new PickRecord
            {
                By = p.By,
                PersonId = person?.Id,
                PersonName = person?.Name ?? PersonNameKey.Clean(p.By),
                Episode = p.Card,
                Text = p.Item.Text,
                Url = p.Item.Url,
                Domain = LinkDomain.Of(p.Item.Url),
                Terms = ResearchText.Terms(p.Item.Text + " " + p.Item.Url).ToHashSet(StringComparer.Ordinal),
                SameItemKeys = PickSearch.SameItemKeys(p.Item.Text, p.Item.Url).ToList(),
                ByKey = PersonNameKey.Fold(PersonNameKey.Clean(p.By)),
            };
        }).ToList();
        return new ResearchCatalog(
            NewestFirst(cards, c => c).ToList(),
            people,
            NewestFirst(picks, p => p.Episode).ToList(),
            NewestFirst(links, l => l.Episode).ToList());
    }

    // Stable: records of one episode keep their note order.
    private static IEnumerable<T> NewestFirst<T>(IEnumerable<T> items, Func<T, EpisodeCard> card) =>
        items.OrderBy(i => card(i).Date is null ? 1 : 0)
            .ThenByDescending(i => card(i).Date)
            .ThenBy(i => card(i).Id, StringComparer.Ordinal);
}
