using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Analysis;

/// <summary>
/// English prose: standard words, possessive <c>'s</c> removed, lower case, accents folded, English stop
/// words removed, Porter stemming (so <c>tolerant</c> and <c>tolerance</c> meet). With a synonym map
/// (query time only) each domain word also yields its synonyms at the same position.
/// </summary>
/// <remarks>
/// Synonyms are expanded at query time, not index time: the index stays smaller, a user's extra synonym
/// file takes effect without re-indexing, and phrase positions in the index are the real ones. They are
/// applied before stop words and stemming so both the word and its synonyms are stemmed like indexed words.
/// </remarks>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    private readonly SynonymMap? synonyms;

    public EnglishTextAnalyzer(SynonymMap? synonyms = null)
    {
        this.synonyms = synonyms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms is not null)
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Between the values of a multi-valued field (transcript turns, topics): phrases never span two values.</summary>
    public override int GetPositionIncrementGap(string fieldName) => IndexSchema.ValueGap;
}
