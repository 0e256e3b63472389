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
        var text = Window(passage.Text, marked);
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
    private static string Window(string text, TokenMatcher queryWords)
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
                builder.Append("<mark>");
            SnippetBuilder.AppendEscaped(builder, word);
            if (hits[i])
                builder.Append("</mark>");
        }
        if (end < count)
            builder.Append(" …");
        return builder.ToString();
    }
}
