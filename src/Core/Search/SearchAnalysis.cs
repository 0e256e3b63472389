using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>The analyser queries and snippets use; it must be the one the index was written with.</summary>
internal static class SearchAnalysis
{
    public static Analyzer Create()
    {
        var exact = new KeywordAnalyzer();
        var perField = IndexSchema.FacetFields.ToDictionary(f => f, _ => (Analyzer)exact);
        return new PerFieldAnalyzerWrapper(new TextAnalyzer(), perField);
    }

    private sealed class TextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new StandardFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
