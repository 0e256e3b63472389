using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PodSearch.Core.Search;

/// <summary>
/// Finds the index term a misspelt word most likely meant: among terms within one or two edits
/// (transpositions count once) in the fields people search by name and topic, the closest, then the most common.
/// Words the index knows well are left alone. Answers are memoised per reader: the term dictionary
/// of an open reader never changes.
/// </summary>
internal sealed class SpellingCorrector
{
    /// <summary>A word found in at most this many episodes may still be a typo of a common word.</summary>
    private const int RareDocFreq = 2;
    /// <summary>...but only when the correction is this many times more common.</summary>
    private const int CommonerBy = 20;

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Correction?>> memo = new();

    /// <summary>The best correction (for "did you mean") and the close terms per field to search instead (closest first).</summary>
    public sealed record Correction(string Term, int DocFreq, IReadOnlyList<Alternative> Alternatives);

    /// <summary>An index term within <see cref="Distance"/> edits of the misspelt word.</summary>
    public readonly record struct Alternative(string Field, string Term, int Distance);

    /// <summary>How many close terms per field a misspelt word expands to.</summary>
    private const int AlternativesPerField = 3;

    /// <summary>The correction for a word (given as analysed per field), or null when the word looks right.</summary>
    public Correction? CorrectionFor(IndexReader reader, IReadOnlyDictionary<string, string> tokenPerField)
    {
        var key = string.Join('\u0001', tokenPerField.Values.Distinct());
        if (tokenPerField.Values.All(t => t.Length < 3 || t.All(char.IsDigit)))
            return null;
        var cache = memo.GetValue(reader, _ => new ConcurrentDictionary<string, Correction?>(StringComparer.Ordinal));
        return cache.GetOrAdd(key, _ => Compute(reader, tokenPerField));
    }

    private static Correction? Compute(IndexReader reader, IReadOnlyDictionary<string, string> tokenPerField)
    {
        var docFreq = 0;
        foreach (var (field, _) in SearchFields.Weighted)
            docFreq += reader.DocFreq(new Term(field, tokenPerField[field]));
        if (docFreq > RareDocFreq)
            return null;

        var candidates = new Dictionary<string, (int Distance, int DocFreq)>(StringComparer.Ordinal);
        var alternatives = new List<Alternative>();
        foreach (var (field, _) in SearchFields.Fuzzy)
        {
            var token = tokenPerField[field];
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null || token.Length < 3)
                continue;
            var maxEdits = token.Length <= 4 ? 1 : 2;
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, token), maxEdits, 1, true);
            var inField = new List<(string Text, int Distance, int DocFreq)>();
            while (fuzzy.MoveNext())
            {
                var text = fuzzy.Term.Utf8ToString();
                if (text == token)
                    continue;
                var distance = EditDistance.Compute(token, text);
                inField.Add((text, distance, fuzzy.DocFreq));
                var known = candidates.GetValueOrDefault(text, (int.MaxValue, 0));
                candidates[text] = (Math.Min(known.Item1, distance), known.Item2 + fuzzy.DocFreq);
            }
            alternatives.AddRange(inField
                .OrderBy(c => c.Distance).ThenByDescending(c => c.DocFreq)
                .Take(AlternativesPerField)
                .Select(c => new Alternative(field, c.Text, c.Distance)));
        }

        (string Term, int Distance, int DocFreq)? best = null;
        foreach (var (text, (distance, freq)) in candidates)
        {
            if (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && freq > best.Value.DocFreq))
                best = (text, distance, freq);
        }
        if (best is null || (docFreq > 0 && best.Value.DocFreq < docFreq * CommonerBy))
            return null;
        return new Correction(best.Value.Term, best.Value.DocFreq, alternatives);
    }
}
