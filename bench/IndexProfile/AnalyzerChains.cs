using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

/// <summary>Analyser chains built up one filter at a time, to see which stage costs what.</summary>
internal static class AnalyzerChains
{
    public static IEnumerable<(string, Analyzer)> All()
    {
        yield return ("standard tokenizer", Chain(r => new StandardTokenizer(LuceneVersion.LUCENE_48, r), t => t));
        yield return ("whitespace tokenizer", Chain(r => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, r), t => t));
        yield return ("letter tokenizer", Chain(r => new LetterTokenizer(LuceneVersion.LUCENE_48, r), t => t));
        yield return ("std+lower", Chain(r => new StandardTokenizer(LuceneVersion.LUCENE_48, r), t => new LowerCaseFilter(LuceneVersion.LUCENE_48, t)));
        yield return ("std+lower+fold", Chain(r => new StandardTokenizer(LuceneVersion.LUCENE_48, r), t => new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, t))));
        yield return ("std+lower+fold+stop", Chain(r => new StandardTokenizer(LuceneVersion.LUCENE_48, r), t => new StopFilter(LuceneVersion.LUCENE_48, new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, t)), EnglishAnalyzer.DefaultStopSet)));
        yield return ("full index chain", PodSearch.Core.Analysis.Analyzers.Default.Index);
        yield return ("lower+fold+stop+porter only", Chain(r => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, r), t => new PorterStemFilter(new StopFilter(LuceneVersion.LUCENE_48, new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, t)), EnglishAnalyzer.DefaultStopSet))));
    }

    private static Analyzer Chain(Func<TextReader, Tokenizer> tokenizer, Func<TokenStream, TokenStream> filters) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = tokenizer(reader);
            return new TokenStreamComponents(source, filters(source));
        });
}
