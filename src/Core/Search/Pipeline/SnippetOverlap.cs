namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// Whether a semantic "matched: …" passage says what a card's lexical snippets already show. The passage is cut
/// from the same episode text, and when the words matched too it is usually the same sentences again; a card then
/// shows them once.
/// </summary>
internal static class SnippetOverlap
{
    /// <summary>Share of the passage's words that a lexical snippet must already show for the passage to be a repeat.</summary>
    public const double RepeatShare = 0.5;

    public static bool Repeats(Snippet passage, IEnumerable<Snippet> shown) => RepeatedBy(passage, shown).Count > 0;

    /// <summary>The snippets of <paramref name="shown"/> that already show most of <paramref name="passage"/>'s words.</summary>
    public static List<Snippet> RepeatedBy(Snippet passage, IEnumerable<Snippet> shown)
    {
        var words = WordsOf(passage.Text);
        var repeated = new List<Snippet>();
        if (words.Count == 0)
            return repeated;
        foreach (var snippet in shown)
        {
            var other = WordsOf(snippet.Text);
            if (words.Count(other.Contains) >= RepeatShare * words.Count)
                repeated.Add(snippet);
        }
        return repeated;
    }

    /// <summary>The distinct words of a snippet, lower case, without its markup (<c>&lt;mark&gt;</c>, entities) or the "matched:" label.</summary>
    private static HashSet<string> WordsOf(string snippet)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var text = System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
        if (text.StartsWith("matched:", StringComparison.Ordinal))
            text = text["matched:".Length..];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 3) // short words (a, of, to) are shared by any two sentences
                    words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
