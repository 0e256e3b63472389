using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using PodSearch.Core.People;

namespace PodSearch.Core.Research;

/// <summary>
/// Words of short research texts (pick items, link texts, transcript turns) for matching: accents and case
/// folded, English stems (<c>testing</c> meets <c>tests</c>). Thread-safe.
/// </summary>
internal static class ResearchText
{
    private static readonly Analyzer Stemmer = Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(tokenizer));
    });

    public static string[] Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        // Hyphens separate words in texts ("property-based"), unlike in names.
        var folded = PersonNameKey.Fold(text.Replace('-', ' '));
        var terms = new List<string>();
        using var stream = Stemmer.GetTokenStream("text", folded);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return [.. terms];
    }
}
