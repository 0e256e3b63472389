using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PodSearch.Core.Analysis;

/// <summary>Replaces each token (a whole name, from a keyword tokenizer) with its <see cref="NameKey"/>.</summary>
internal sealed class NameKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public NameKeyFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var key = NameKey.Fold(term.ToString());
        term.SetEmpty().Append(key);
        return true;
    }
}
