using PodSearch.Core.Notes;

namespace PodSearch.Corpus.Tests.Semantic;

/// <summary>Queries made of a few consecutive words of an episode's title, as a visitor half-remembers one.</summary>
internal static class TitleWordQueries
{
    /// <summary>Words that alone make no query anyone types (English stop words plus a few title fillers).</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "s", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "you", "your", "we", "our", "how", "what", "why", "episode", "ep", "part",
    };

    public static List<(string Id, string Query)> Sample(string notesRoot, int count, int seed)
    {
        var parser = new NoteParser(notesRoot);
        var episodes = Directory.EnumerateFiles(notesRoot, "*.md", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(parser.ParseFile)
            .Where(e => e.Kind == EpisodeKind.Episode && Words(e.Title).Length >= 2)
            .ToList();
        var titleWords = episodes
            .Select(e => Words(e.Title).Select(w => w.ToLowerInvariant()).ToHashSet())
            .ToList();
        var random = new Random(seed);
        var samples = new List<(string, string)>();
        foreach (var episode in episodes.OrderBy(_ => random.Next()))
        {
            if (samples.Count == count)
                break;
            if (Window(Words(episode.Title), titleWords, random) is { } query)
                samples.Add((episode.Id, query));
        }
        return samples;
    }

    /// <summary>
    /// A window whose content words all appear in more than ten titles ("AiA Angular", "Testing in") names a
    /// series or a topic, not one episode: no ranking can be asked to put a particular one of them in a top 10.
    /// </summary>
    private static bool NamesOneEpisode(IEnumerable<string> contentWords, List<HashSet<string>> titleWords)
    {
        var words = contentWords.Select(w => w.ToLowerInvariant()).ToList();
        return titleWords.Count(title => words.All(title.Contains)) <= MaxTitlesSharingAWindow;
    }

    private const int MaxTitlesSharingAWindow = 10;

    private static string[] Words(string title) =>
        title.Split([' ', '\t', ':', ',', '|', '(', ')', '"', '?', '!', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '\'', '-', '#', '&'))
            .Where(w => w.Length > 0)
            .ToArray();

    private static string? Window(string[] words, List<HashSet<string>> titleWords, Random random)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var length = Math.Min(words.Length, random.Next(2, 4));
            var start = random.Next(0, words.Length - length + 1);
            var window = words[start..(start + length)];
            var contentWords = window.Where(w => !Filler.Contains(w) && !w.All(char.IsDigit)).ToList();
            if (contentWords.Count > 0 && NamesOneEpisode(contentWords, titleWords))
                return string.Join(' ', window);
        }
        return null;
    }
}
