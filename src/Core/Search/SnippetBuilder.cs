using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>
/// Picks up to three passages per hit from the summary, topics, picks and transcript, with the query's
/// terms wrapped in <c>&lt;mark&gt;</c>. Matches come from the postings' character offsets (the index keeps
/// them for these fields), so what is marked is exactly what the analyser matched (<c>tolerance</c> for the
/// query <c>tolerant</c>) and no stored text is re-analysed. Text is HTML-escaped; <c>&lt;mark&gt;</c> is the
/// only markup in the output.
/// </summary>
/// <remarks>
/// A multi-valued field's offsets run on across values: value <c>i</c> starts at the sum of the earlier values'
/// lengths plus <see cref="IndexSchema.OffsetGap"/> each, which maps a match back to its topic, pick or turn.
/// </remarks>
internal sealed class SnippetBuilder
{
    private const int PassageLength = 220;
    private const int LeadIn = 60;
    private const int MaxPerHit = 3;

    private static readonly IReadOnlyDictionary<string, double> FieldBonus = new Dictionary<string, double>
    {
        [IndexSchema.Summary] = 3,
        [IndexSchema.Topics] = 2,
        [IndexSchema.PicksText] = 1,
        [IndexSchema.Transcript] = 0,
    };

    private readonly Term[] terms;

    public SnippetBuilder(IEnumerable<Term> queryTerms)
    {
        terms = queryTerms.Where(t => FieldBonus.ContainsKey(t.Field)).Distinct().ToArray();
    }

    /// <summary>Snippets for each of <paramref name="docs"/> (top-level doc ids), in the same order.</summary>
    public IReadOnlyList<Snippet>[] Build(IndexReader reader, IReadOnlyList<int> docs, IReadOnlyList<StoredEpisode> stored)
    {
        var matches = FindMatches(reader, docs);
        var result = new IReadOnlyList<Snippet>[docs.Count];
        for (var i = 0; i < docs.Count; i++)
            result[i] = Passages(stored[i], matches[i]);
        return result;
    }

    /// <summary>Per hit: (field, start offset, end offset, term) of every query term occurrence in a snippet field.</summary>
    private List<Match>?[] FindMatches(IndexReader reader, IReadOnlyList<int> docs)
    {
        var found = new List<Match>?[docs.Count];
        if (terms.Length == 0 || docs.Count == 0)
            return found;
        var leaves = reader.Leaves;
        // Visit hits in doc order per segment, so one postings enum per term walks forward through all of them.
        var byLeaf = Enumerable.Range(0, docs.Count)
            .Select(i => (Index: i, Leaf: ReaderUtil.SubIndex(docs[i], leaves)))
            .GroupBy(h => h.Leaf);
        foreach (var group in byLeaf)
        {
            var leaf = leaves[group.Key];
            var hits = group.Select(h => (h.Index, Local: docs[h.Index] - leaf.DocBase)).OrderBy(h => h.Local).ToArray();
            foreach (var fieldTerms in terms.GroupBy(t => t.Field))
            {
                var indexed = leaf.AtomicReader.GetTerms(fieldTerms.Key);
                if (indexed is null)
                    continue;
                var termsEnum = indexed.GetEnumerator();
                foreach (var term in fieldTerms)
                {
                    if (!termsEnum.SeekExact(term.Bytes))
                        continue;
                    var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
                    if (postings is null)
                        continue;
                    foreach (var (index, local) in hits)
                    {
                        var doc = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                        if (doc == DocIdSetIterator.NO_MORE_DOCS)
                            break;
                        if (doc != local)
                            continue;
                        var list = found[index] ??= [];
                        for (var k = postings.Freq; k > 0; k--)
                        {
                            postings.NextPosition();
                            if (postings.StartOffset >= 0)
                                list.Add(new Match(term.Field, postings.StartOffset, postings.EndOffset, term.Text));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static IReadOnlyList<Snippet> Passages(StoredEpisode stored, List<Match>? matches)
    {
        if (matches is null || matches.Count == 0)
        {
            // Matched only in the title or names (or a filter-only query): the summary's opening still helps.
            var summary = stored.Episode.Summary;
            return string.IsNullOrWhiteSpace(summary) ? [] : [new Snippet(IndexSchema.Summary, null, Cut(summary, [], 0))];
        }

        // Score every matching value first; only the best few are cut and marked.
        var candidates = new List<(double Score, int Order, Func<Snippet> Make)>();
        foreach (var fieldMatches in matches.GroupBy(m => m.Field))
        {
            var values = stored.Values.GetValueOrDefault(fieldMatches.Key) ?? [];
            var starts = ValueStarts(values);
            var perValue = new Dictionary<int, List<(int Start, int End, string Term)>>();
            foreach (var match in fieldMatches)
            {
                var value = Array.BinarySearch(starts, match.Start);
                value = value >= 0 ? value : ~value - 1;
                if (value < 0 || value >= values.Length)
                    continue;
                var (start, end) = (match.Start - starts[value], match.End - starts[value]);
                if (end > values[value].Length || start < 0 || start >= end)
                    continue; // stored text and postings disagree: never mark the wrong characters
                if (!perValue.TryGetValue(value, out var local))
                    perValue[value] = local = [];
                local.Add((start, end, match.Term));
            }
            foreach (var (value, local) in perValue)
            {
                local.Sort((a, b) => a.Start.CompareTo(b.Start));
                var (focus, distinct, count) = BestWindow(values[value].Length, local);
                var score = distinct * 10 + Math.Min(count, 5) + FieldBonus[fieldMatches.Key];
                var speaker = fieldMatches.Key == IndexSchema.Transcript && value < stored.Speakers.Length && stored.Speakers[value].Length > 0
                    ? stored.Speakers[value]
                    : null;
                var (field, text) = (fieldMatches.Key, values[value]);
                candidates.Add((score, candidates.Count, () => new Snippet(field, speaker, Cut(text, local, focus))));
            }
        }
        return candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Order)
            .Take(MaxPerHit)
            .Select(c => c.Make())
            .ToList();
    }

    private static int[] ValueStarts(string[] values)
    {
        var starts = new int[values.Length];
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            starts[i] = at;
            at += values[i].Length + IndexSchema.OffsetGap;
        }
        return starts;
    }

    /// <summary>The window start (a match start) covering the most distinct terms, then the most matches.</summary>
    private static (int Start, int Distinct, int Count) BestWindow(int textLength, List<(int Start, int End, string Term)> matches)
    {
        var best = (Start: matches[0].Start, Distinct: 0, Count: 0);
        var reach = PassageLength - LeadIn;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            seen.Clear();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= reach; j++)
            {
                seen.Add(matches[j].Term);
                count++;
            }
            if (seen.Count > best.Distinct || (seen.Count == best.Distinct && count > best.Count))
                best = (matches[i].Start, seen.Count, count);
            if (textLength <= PassageLength)
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
                end = space > start && space > focus ? space : end;
            }
        }

        var builder = new StringBuilder(end - start + 32);
        if (start > 0)
            builder.Append('…');
        var at = start;
        foreach (var (matchStart, matchEnd, _) in matches)
        {
            if (matchStart < at || matchEnd > end)
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

    /// <summary>Appends <paramref name="text"/> HTML-escaped, line breaks and tabs as spaces (snippets are one line).</summary>
    internal static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
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

    private readonly record struct Match(string Field, int Start, int End, string Term);
}
