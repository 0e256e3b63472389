using System.Buffers;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Search;

/// <summary>
/// Picks up to three passages per hit from the summary, topics, picks and transcript, with the query's
/// terms wrapped in <c>&lt;mark&gt;</c>. A word is marked when the index analyser turns it into one of the
/// query's terms, so <c>tolerance</c> is marked for the query <c>tolerant</c>. Built once per request: it
/// memoises the words it has analysed.
/// </summary>
/// <remarks>
/// Long texts are not tokenised whole: a vectorised search finds the places where a word starts with the
/// first letters of a query term, and only those words go through the analyser. Text is HTML-escaped;
/// <c>&lt;mark&gt;</c> is the only markup in the output.
/// </remarks>
internal sealed class SnippetBuilder
{
    private const int PassageLength = 220;
    private const int LeadIn = 60;

    private readonly Analyzer analyzer;
    private readonly HashSet<string> terms;
    private readonly SearchValues<string>? prefixes;
    private readonly Dictionary<string, bool> analysedWords = new(StringComparer.OrdinalIgnoreCase);

    public SnippetBuilder(Analyzer analyzer, IEnumerable<string> analysedTerms)
    {
        this.analyzer = analyzer;
        terms = new HashSet<string>(analysedTerms.Where(t => t.Length > 0), StringComparer.Ordinal);
        if (terms.Count > 0)
            prefixes = SearchValues.Create(terms.Select(t => t[..Math.Min(3, t.Length)]).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Snippet> Build(Episode episode, int max = 3)
    {
        var passages = new List<(double Score, int Order, Snippet Snippet)>();
        var order = 0;
        if (prefixes is not null)
        {
            Consider(IndexSchema.Summary, null, episode.Summary, 3);
            foreach (var topic in episode.Topics)
                Consider(IndexSchema.Topics, null, topic.Text, 2);
            foreach (var group in episode.Picks)
                foreach (var item in group.Items)
                    Consider(IndexSchema.PicksText, null, item.Text, 1);
            foreach (var turn in episode.Transcript)
                Consider(IndexSchema.Transcript, turn.Speaker, turn.Text, 0);
        }
        if (passages.Count == 0)
        {
            // Matched only in the title or names (or a filter-only query): the summary's opening still helps.
            return string.IsNullOrWhiteSpace(episode.Summary)
                ? []
                : [new Snippet(IndexSchema.Summary, null, Cut(episode.Summary, [], 0))];
        }
        return passages
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Order)
            .Take(max)
            .Select(p => p.Snippet)
            .ToList();

        void Consider(string field, string? speaker, string? text, double fieldBonus)
        {
            if (string.IsNullOrEmpty(text))
                return;
            var matches = FindMatches(text);
            if (matches.Count == 0)
                return;
            var (start, distinct, count) = BestWindow(text, matches);
            var score = distinct * 10 + Math.Min(count, 5) + fieldBonus;
            passages.Add((score, order++, new Snippet(field, speaker, Cut(text, matches, start))));
        }
    }

    private List<(int Start, int End, string Term)> FindMatches(string text)
    {
        var matches = new List<(int, int, string)>();
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOfAny(prefixes!);
            if (found < 0)
                break;
            var start = position + found;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                position = start + 1;
                continue;
            }
            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '\'' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
                end++;
            var word = text[start..end];
            var term = MatchingTerm(word);
            if (term is not null)
                matches.Add((start, end, term));
            position = Math.Max(end, start + 1);
        }
        return matches;
    }

    private string? MatchingTerm(string word)
    {
        if (!analysedWords.TryGetValue(word, out var matches))
        {
            matches = Analyse(word) is { } analysed && terms.Contains(analysed);
            analysedWords[word] = matches;
        }
        return matches ? word : null;
    }

    private string? Analyse(string word)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Summary, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : null;
        while (stream.IncrementToken())
        {
        }
        stream.End();
        return result;
    }

    /// <summary>The window start (a match start) covering the most distinct terms, then the most matches.</summary>
    private static (int Start, int Distinct, int Count) BestWindow(string text, List<(int Start, int End, string Term)> matches)
    {
        var best = (Start: matches[0].Start, Distinct: 0, Count: 0);
        var reach = PassageLength - LeadIn;
        for (var i = 0; i < matches.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= reach; j++)
            {
                seen.Add(matches[j].Term);
                count++;
            }
            if (seen.Count > best.Distinct || (seen.Count == best.Distinct && count > best.Count))
                best = (matches[i].Start, seen.Count, count);
            if (text.Length <= PassageLength)
                break;
        }
        return best;
    }

    /// <summary>A passage of about <see cref="PassageLength"/> characters around <paramref name="focus"/>, cut at spaces, marked and escaped.</summary>
    private static string Cut(string text, List<(int Start, int End, string Term)> matches, int focus)
    {
        int start, end;
        if (text.Length <= PassageLength)
        {
            (start, end) = (0, text.Length);
        }
        else
        {
            start = Math.Max(0, focus - LeadIn);
            end = Math.Min(text.Length, start + PassageLength);
            if (end == text.Length)
                start = Math.Max(0, end - PassageLength);
            if (start > 0)
            {
                var space = text.IndexOf(' ', start);
                start = space >= 0 && space < focus ? space + 1 : start;
            }
            if (end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                end = space > start ? space : end;
            }
        }

        var builder = new StringBuilder(end - start + 32);
        if (start > 0)
            builder.Append('…');
        var at = start;
        foreach (var (matchStart, matchEnd, _) in matches)
        {
            if (matchStart < start || matchEnd > end)
                continue;
            AppendEscaped(builder, text.AsSpan(at, matchStart - at));
            builder.Append("<mark>");
            AppendEscaped(builder, text.AsSpan(matchStart, matchEnd - matchStart));
            builder.Append("</mark>");
            at = matchEnd;
        }
        AppendEscaped(builder, text.AsSpan(at, end - at));
        if (end < text.Length)
            builder.Append('…');
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
    }
}
