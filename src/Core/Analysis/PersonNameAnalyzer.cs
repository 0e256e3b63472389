using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Analysis;

/// <summary>
/// Names as text (<c>guests_text</c>, <c>hosts_text</c>): words, lower case, accents folded, and nothing else.
/// No stemming and no stop words, because names are not English words (<c>Will</c>, <c>An</c>, <c>Rogers</c>).
/// </summary>
internal sealed class PersonNameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Several people in one field: a phrase must not run from one name into the next.</summary>
    public override int GetPositionIncrementGap(string fieldName) => IndexSchema.ValueGap;
}
