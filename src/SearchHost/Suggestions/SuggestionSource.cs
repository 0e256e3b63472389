using Lucene.Net.Index;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.SearchHost.Suggestions;

/// <summary>
/// Reads every episode's title, show, people and tags from one index generation (the stored episode JSON,
/// which is kept without its transcript, so this stays cheap) and counts how many episodes each name has.
/// </summary>
internal static class SuggestionSource
{
    private static readonly ISet<string> StoredFields = new HashSet<string> { IndexSchema.EpisodeJson };

    public static SuggestionIndex Build(IndexReader reader)
    {
        var suggestions = new List<Suggestion>();
        var people = new Dictionary<string, (int Guest, int Host)>(StringComparer.Ordinal);
        var shows = new Dictionary<string, (string Title, int Count)>(StringComparer.Ordinal);
        var tags = new Dictionary<string, int>(StringComparer.Ordinal);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
                continue;
            var visitor = new Lucene.Net.Documents.DocumentStoredFieldVisitor(StoredFields);
            reader.Document(doc, visitor);
            var json = visitor.Document.Get(IndexSchema.EpisodeJson);
            if (json is null)
                continue;
            var episode = EpisodeJson.Deserialize(json);
            if (episode.Kind != EpisodeKind.Episode)
                continue;
            suggestions.Add(new Suggestion(SuggestionKind.Episode, episode.Title, IndexSchema.Id, episode.Id, 1, false));
            foreach (var guest in episode.Guests.Distinct())
                people[guest] = people.TryGetValue(guest, out var c) ? (c.Guest + 1, c.Host) : (1, 0);
            foreach (var host in episode.Hosts.Distinct())
                people[host] = people.TryGetValue(host, out var c) ? (c.Guest, c.Host + 1) : (0, 1);
            foreach (var tag in episode.Tags.Distinct())
                tags[tag] = tags.GetValueOrDefault(tag) + 1;
            var show = shows.TryGetValue(episode.Podcast, out var known) ? known : (Title: episode.PodcastTitle ?? episode.Podcast, Count: 0);
            shows[episode.Podcast] = (show.Title, show.Count + 1);
        }
        // A person is suggested once, as the role they have most often.
        foreach (var (name, count) in people)
            suggestions.Add(count.Guest >= count.Host
                ? new Suggestion(SuggestionKind.Guest, name, IndexSchema.Guest, name, count.Guest, false)
                : new Suggestion(SuggestionKind.Host, name, IndexSchema.Host, name, count.Host, false));
        foreach (var (tag, count) in tags)
            suggestions.Add(new Suggestion(SuggestionKind.Tag, tag, IndexSchema.Tag, tag, count, false));
        foreach (var (podcast, show) in shows)
            suggestions.Add(new Suggestion(SuggestionKind.Show, show.Title, IndexSchema.Podcast, podcast, show.Count, false));
        return new SuggestionIndex(suggestions);
    }
}
