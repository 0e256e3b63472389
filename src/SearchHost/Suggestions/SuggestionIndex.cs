namespace PodSearch.SearchHost.Suggestions;

/// <summary>
/// Episode titles, people, tags and shows, folded into words once per index generation and then matched
/// against what a visitor is typing: the typed words must appear in order at word starts, the last one as a
/// prefix, with at most one typo in all. A linear scan over a few thousand entries is well under a
/// millisecond, so no trie is needed; immutable, so requests share it without locks.
/// </summary>
public sealed class SuggestionIndex
{
    private const int MinWordLengthForTypo = 3;
    private readonly Entry[] entries;

    public SuggestionIndex(IEnumerable<Suggestion> suggestions)
    {
        entries = suggestions.Select(s => new Entry(s, TextFolding.Words(s.Text))).Where(e => e.Words.Length > 0).ToArray();
    }

    public static SuggestionIndex Empty { get; } = new([]);

    public int Count => entries.Length;

    public IReadOnlyList<Suggestion> Suggest(string typed, int limit)
    {
        var query = TextFolding.Words(typed);
        if (query.Length == 0 || limit <= 0)
            return [];
        var matches = new List<(Entry Entry, int Edits, int Start)>();
        foreach (var entry in entries)
            if (Match(query, entry.Words) is { } match)
                matches.Add((entry, match.Edits, match.Start));
        return matches
            .OrderBy(m => m.Edits)
            .ThenBy(m => m.Start == 0 ? 0 : 1)
            .ThenBy(m => m.Entry.Suggestion.Kind == SuggestionKind.Episode ? 1 : 0) // names and tags before long titles
            .ThenByDescending(m => m.Entry.Suggestion.Count)
            .ThenBy(m => m.Entry.Suggestion.Text, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => m.Edits == 0 ? m.Entry.Suggestion : m.Entry.Suggestion with { Typo = true })
            .ToList();
    }

    private static (int Edits, int Start)? Match(string[] query, string[] words)
    {
        (int Edits, int Start)? best = null;
        for (var start = 0; start + query.Length <= words.Length; start++)
        {
            var edits = 0;
            for (var i = 0; i < query.Length && edits <= 1; i++)
            {
                var typed = query[i];
                var word = words[start + i];
                var last = i == query.Length - 1;
                var distance = last ? EditDistance.PrefixAtMostOne(typed, word) : EditDistance.AtMostOne(typed, word);
                if (distance > 0 && typed.Length < MinWordLengthForTypo)
                    distance = 2;
                edits += distance;
            }
            if (edits <= 1 && (best is null || edits < best.Value.Edits))
                best = (edits, start);
            if (best is { Edits: 0 })
                break;
        }
        return best;
    }

    private sealed record Entry(Suggestion Suggestion, string[] Words);
}
