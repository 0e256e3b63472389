using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Indexing;
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
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
        var episode = EpisodeDocument.ReadEpisode(leaf.AtomicReader.Document(hit.Doc - leaf.DocBase));
        var passages = PassageSplitter.Split(episode);
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

    /// <summary>The <see cref="WindowWords"/>-word stretch with the most query words, those marked.</summary>
    private static string Window(string text, HashSet<string> queryWords)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var hits = words.Select(w => WordTokenizer.Tokenize(w).Any(queryWords.Contains)).ToArray();
        var bestStart = 0;
        var best = -1;
        for (var start = 0; start < Math.Max(1, words.Length - WindowWords + 1); start += 5)
        {
            var count = 0;
            for (var i = start; i < Math.Min(words.Length, start + WindowWords); i++)
                if (hits[i])
                    count++;
            if (count > best)
            {
                best = count;
                bestStart = start;
            }
        }
        var end = Math.Min(words.Length, bestStart + WindowWords);
        var parts = new List<string>();
        for (var i = bestStart; i < end; i++)
            parts.Add(hits[i] ? $"<mark>{System.Net.WebUtility.HtmlEncode(words[i])}</mark>" : System.Net.WebUtility.HtmlEncode(words[i]));
        return (bestStart > 0 ? "… " : "") + string.Join(' ', parts) + (end < words.Length ? " …" : "");
    }
}
