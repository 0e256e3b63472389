using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The "matched: ..." snippet of a semantic hit (its speaker, when a transcript turn, in <see cref="Snippet.Speaker"/>): the episode is split into passages again
/// (the index stores only the passage's position) and the best window of the passage is shown, with the
/// query's words marked where they occur.
/// </summary>
internal sealed class PassageSnippets(IndexReader reader, IReadOnlyList<string> queryWords)
{
    private const int WindowWords = 40;

    private readonly TokenMatcher marked = new(new HashSet<string>(queryWords.Where(w => !StopWords.All.Contains(w)), StringComparer.Ordinal));

    public Snippet? Build(SemanticHit hit)
    {
        var passages = PassagesOf(EpisodeStore.Load(reader, hit.Doc).Episode);
        if (hit.PassageOrdinal >= passages.Count)
            return null;
        var passage = passages[hit.PassageOrdinal];
        var (region, speaker) = Region(passage, marked);
        var text = Window(region, marked);
        // The speaker travels in the snippet's own field, which both doors print before the text: naming them in the
        // text as well showed the name twice.
        var at = passage.Time is null ? "" : $"at {passage.Time}: ";
        var field = passage.Kind switch
        {
            PassageKind.TitleSummary => "summary",
            PassageKind.Topics => "topics",
            PassageKind.Picks => "picks",
            _ => "transcript",
        };
        return new Snippet(field, speaker, $"matched: {at}{text}");
    }

    /// <summary>
    /// The text the snippet is cut from and who says it: for a transcript passage of several speakers, the one
    /// turn with the most query words (the first, when none has any), so the name shown is the speaker of the
    /// words shown; otherwise the whole passage.
    /// </summary>
    internal static (string Text, string? Speaker) Region(Passage passage, TokenMatcher queryWords)
    {
        if (passage.Turns.Count <= 1)
            return (passage.Text, passage.Turns.Count == 1 ? passage.Turns[0].Speaker : passage.Speaker);
        var words = new List<(int Start, int Length)>(128);
        var hits = new List<bool>(128);
        var best = passage.Turns[0];
        var bestCount = -1;
        foreach (var turn in passage.Turns)
        {
            words.Clear();
            hits.Clear();
            queryWords.MatchWords(passage.Text.Substring(turn.Start, turn.Length), words, hits);
            var count = hits.Count(h => h);
            if (count > bestCount)
                (best, bestCount) = (turn, count);
        }
        return (passage.Text.Substring(best.Start, best.Length), best.Speaker);
    }

    /// <summary>
    /// The episode's passages, split once per stored episode: <see cref="EpisodeStore"/> keeps the episode while
    /// its segment is open, and splitting a long transcript again for every hit cost more than the whole search.
    /// </summary>
    private static IReadOnlyList<Passage> PassagesOf(Episode episode) => Split.GetValue(episode, e => PassageSplitter.Split(e));

    private static readonly ConditionalWeakTable<Episode, List<Passage>> Split = new();

    /// <summary>The <see cref="WindowWords"/>-word stretch with the most query words, those marked.</summary>
    /// <remarks>Works on word spans of the passage: it runs for every hit of a semantic search, so it allocates little.</remarks>
    internal static string Window(string text, TokenMatcher queryWords)
    {
        var words = new List<(int Start, int Length)>(256);
        var hits = new List<bool>(256);
        queryWords.MatchWords(text, words, hits);
        var count = words.Count;
        // The window with the most marked words, by a running count, trying every fifth start.
        var bestStart = 0;
        var best = -1;
        var found = 0;
        for (var i = 0; i < Math.Min(count, WindowWords); i++)
            if (hits[i])
                found++;
        for (var start = 0; start < Math.Max(1, count - WindowWords + 1); start++)
        {
            if (start > 0)
                found += (hits[start - 1] ? -1 : 0) + (start + WindowWords - 1 < count && hits[start + WindowWords - 1] ? 1 : 0);
            if (start % 5 == 0 && found > best)
            {
                best = found;
                bestStart = start;
            }
        }
        var end = Math.Min(count, bestStart + WindowWords);
        var builder = new StringBuilder(WindowWords * 8);
        if (bestStart > 0)
            builder.Append("… ");
        for (var i = bestStart; i < end; i++)
        {
            if (i > bestStart)
                builder.Append(' ');
            var word = text.AsSpan(words[i].Start, words[i].Length);
            if (hits[i])
                AppendMarked(builder, word);
            else
                SnippetBuilder.AppendEscaped(builder, word);
        }
        if (end < count)
            builder.Append(" …");
        return builder.ToString();
    }

    /// <summary>
    /// A matched word with only its letters and digits marked: "<c>queues.</c>" becomes <c>&lt;mark&gt;queues&lt;/mark&gt;.</c>,
    /// so punctuation around a word (a sentence's period, quotes, brackets) is never highlighted.
    /// </summary>
    internal static void AppendMarked(StringBuilder builder, ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start]))
            start++;
        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
            end--;
        if (start == end)
        {
            SnippetBuilder.AppendEscaped(builder, word);
            return;
        }
        SnippetBuilder.AppendEscaped(builder, word[..start]);
        builder.Append("<mark>");
        SnippetBuilder.AppendEscaped(builder, word[start..end]);
        builder.Append("</mark>");
        SnippetBuilder.AppendEscaped(builder, word[end..]);
    }
}
