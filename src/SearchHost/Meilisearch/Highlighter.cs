using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PodSearch.Core.Analysis;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// Meilisearch's <c>_formatted</c> text: the words of a value that match the query wrapped in the highlight tags,
/// and a value cut to the <c>cropLength</c> words around the most matches with the crop marker where text was left
/// out. A word matches when the English analyser (stemming, folding) makes it one of the query's terms or of the
/// words the core marked in its snippets (spelling corrections, synonyms), so <c>queues</c> marks for <c>queue</c>.
/// </summary>
internal sealed partial class Highlighter
{
    private static readonly Analyzer English = new EnglishTextAnalyzer();
    private readonly HashSet<string> terms;

    private Highlighter(HashSet<string> terms) => this.terms = terms;

    /// <param name="query">The typed query.</param>
    /// <param name="markedSnippets">The core's snippets, whose <c>&lt;mark&gt;</c>ed words matched.</param>
    public static Highlighter For(string? query, IEnumerable<string> markedSnippets)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(query))
            foreach (var (term, _, _) in Tokens(query))
                terms.Add(term);
        foreach (var snippet in markedSnippets)
            foreach (Match mark in MarkedWords().Matches(snippet))
                foreach (var (term, _, _) in Tokens(WebUtility.HtmlDecode(mark.Groups[1].Value)))
                    terms.Add(term);
        return new Highlighter(terms);
    }

    public bool HasTerms => terms.Count > 0;

    /// <summary>The character ranges of <paramref name="text"/> that match, in order, not overlapping.</summary>
    public List<(int Start, int End)> Matches(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (terms.Count == 0 || text.Length == 0)
            return spans;
        foreach (var (term, start, end) in Tokens(text))
        {
            if (!terms.Contains(term))
                continue;
            if (spans.Count > 0 && start < spans[^1].End)
                spans[^1] = (spans[^1].Start, Math.Max(end, spans[^1].End));
            else
                spans.Add((start, end));
        }
        return spans;
    }

    public string Highlight(string text, string preTag, string postTag)
    {
        var spans = Matches(text);
        if (spans.Count == 0)
            return text;
        var output = new StringBuilder(text.Length + spans.Count * (preTag.Length + postTag.Length));
        var at = 0;
        foreach (var (start, end) in spans)
        {
            output.Append(text, at, start - at).Append(preTag).Append(text, start, end - start).Append(postTag);
            at = end;
        }
        return output.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// At most <paramref name="length"/> words of <paramref name="text"/> (words are runs of non-space), the window with
    /// the most matching words with its matches centred, or the first words when nothing matches; the marker stands
    /// for what was cut on either side.
    /// </summary>
    public string Crop(string text, int length, string marker)
    {
        var words = Words().Matches(text).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        if (words.Count <= length)
            return text;
        if (length == 0)
            return marker;
        var spans = Matches(text);
        var matched = words.Select(w => spans.Any(s => s.Start < w.End && s.End > w.Start)).ToArray();
        var best = 0;
        var bestCount = -1;
        for (int start = 0, count = 0; start + length <= words.Count; start++)
        {
            if (start == 0)
                count = matched.Take(length).Count(m => m);
            else
                count += (matched[start + length - 1] ? 1 : 0) - (matched[start - 1] ? 1 : 0);
            if (count > bestCount)
                (best, bestCount) = (start, count);
        }
        if (bestCount > 0)
        {
            var first = Array.IndexOf(matched, true, best);
            var last = Array.LastIndexOf(matched, true, best + length - 1);
            var slack = length - (last - first + 1);
            best = Math.Clamp(first - slack / 2, 0, words.Count - length);
        }
        var end = best + length - 1;
        return (best > 0 ? marker : "") + text[words[best].Start..words[end].End] + (end < words.Count - 1 ? marker : "");
    }

    private static IEnumerable<(string Term, int Start, int End)> Tokens(string text)
    {
        var found = new List<(string, int, int)>();
        using var stream = English.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            found.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return found;
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkedWords();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
