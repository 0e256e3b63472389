using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace PodSearch.Core.Analysis;

/// <summary>
/// For the <c>*_key</c> person fields: the whole input is one token, folded by <see cref="NameKey"/>, so a query
/// parser given <c>guest_key:"Sasa Juric"</c> produces the same term the indexer wrote for <c>Saša Jurić</c>.
/// </summary>
internal sealed class NameKeyAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new NameKeyFilter(tokenizer));
    }
}
