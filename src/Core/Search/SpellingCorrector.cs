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

    public readonly record struct Correction(string Term, int DocFreq);

    /// <summary>The correction for an analysed token, or null when the token looks right.</summary>
    public Correction? CorrectionFor(IndexReader reader, string token)
    {
        if (token.Length < 3 || token.All(char.IsDigit))
            return null;
        var cache = memo.GetValue(reader, _ => new ConcurrentDictionary<string, Correction?>(StringComparer.Ordinal));
        return cache.GetOrAdd(token, t => Compute(reader, t));
    }

    private static Correction? Compute(IndexReader reader, string token)
    {
        var docFreq = 0;
        foreach (var (field, _) in SearchFields.Weighted)
            docFreq += reader.DocFreq(new Term(field, token));
        if (docFreq > RareDocFreq)
            return null;

        var maxEdits = token.Length <= 4 ? 1 : 2;
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in SearchFields.Fuzzy)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
                continue;
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, token), maxEdits, 1, true);
            while (fuzzy.MoveNext())
            {
                var text = fuzzy.Term.Utf8ToString();
                if (text == token)
                    continue;
                candidates[text] = candidates.GetValueOrDefault(text) + fuzzy.DocFreq;
            }
        }

        Correction? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (text, freq) in candidates)
        {
            var distance = EditDistance.Compute(token, text);
            if (distance < bestDistance || (distance == bestDistance && freq > best!.Value.DocFreq))
            {
                best = new Correction(text, freq);
                bestDistance = distance;
            }
        }
        if (best is null || (docFreq > 0 && best.Value.DocFreq < docFreq * CommonerBy))
            return null;
        return best;
    }
}
