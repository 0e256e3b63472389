using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The "matched: Speaker at 12:40 ..." snippet of a semantic hit: the episode is split into passages again
/// (the index stores only the passage's position) and the best window of the passage is shown, with the
/// query's words marked where they occur.
/// </summary>
internal sealed class PassageSnippets(IndexReader reader)
{
    private const int WindowWords = 40;

    public Snippet? Build(SemanticHit hit, IReadOnlyList<string> queryWords)
    {
        var passages = PassagesOf(EpisodeStore.Load(reader, hit.Doc).Episode);
        if (hit.PassageOrdinal >= passages.Count)
            return null;
        var passage = passages[hit.PassageOrdinal];
        var text = Window(passage.Text, new HashSet<string>(queryWords.Where(w => !StopWords.All.Contains(w)), StringComparer.Ordinal));
        var who = passage.Speaker is null ? "" : passage.Speaker + (passage.Time is null ? "" : $" at {passage.Time}") + ": ";
        var field = passage.Kind switch
        {
            PassageKind.TitleSummary => "summary",
            PassageKind.Topics => "topics",
            PassageKind.Picks => "picks",
            _ => "transcript",
        };
        return new Snippet(field, passage.Speaker, $"matched: {who}{text}");
    }

    /// <summary>
    /// The episode's passages, split once per stored episode: <see cref="EpisodeStore"/> keeps the episode while
    /// its segment is open, and splitting a long transcript again for every hit cost more than the whole search.
    /// </summary>
    private static IReadOnlyList<Passage> PassagesOf(Episode episode) => Split.GetValue(episode, e => PassageSplitter.Split(e));

    private static readonly ConditionalWeakTable<Episode, List<Passage>> Split = new();

    /// <summary>The <see cref="WindowWords"/>-word stretch with the most query words, those marked.</summary>
    /// <remarks>Works on word spans of the passage: it runs for every hit of a semantic search, so it allocates little.</remarks>
    private static string Window(string text, HashSet<string> queryWords)
    {
        var words = WordSpans(text);
        var count = words.Count;
        var hits = new bool[count];
        for (var i = 0; i < count; i++)
            hits[i] = WordTokenizer.AnyTokenIn(text.AsSpan(words[i].Start, words[i].Length), queryWords);
        var bestStart = 0;
        var best = -1;
        for (var start = 0; start < Math.Max(1, count - WindowWords + 1); start += 5)
        {
            var found = 0;
            for (var i = start; i < Math.Min(count, start + WindowWords); i++)
                if (hits[i])
                    found++;
            if (found > best)
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
                builder.Append("<mark>");
            SnippetBuilder.AppendEscaped(builder, word);
            if (hits[i])
                builder.Append("</mark>");
        }
        if (end < count)
            builder.Append(" …");
        return builder.ToString();
    }

    /// <summary>Start and length of each whitespace-separated word.</summary>
    private static List<(int Start, int Length)> WordSpans(string text)
    {
        var words = new List<(int, int)>(256);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }
        return words;
    }
}
