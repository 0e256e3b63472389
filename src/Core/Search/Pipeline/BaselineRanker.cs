using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// The plain BM25 baseline every evaluation compares with (issue 11): the query's words, analysed by Lucene's
/// stock English analyser, ORed over the one <see cref="IndexSchema.Baseline"/> field (title, tags, summary,
/// notes text, transcript), BM25 with k1 1.2 and b 0.75 (the searcher's similarity), no boosts, no synonyms,
/// no typo expansion, no query syntax. The request's filters apply as for every ranking.
/// </summary>
internal static class BaselineRanker
{
    public static RankedDocs Rank(IndexSearcher searcher, SearchRequest request, SearchFilters filters, int depth)
    {
        var words = Words(request.Query ?? "");
        var text = words.Count == 0 ? null : new BooleanQuery();
        foreach (var word in words)
            text!.Add(new TermQuery(new Term(IndexSchema.Baseline, word)), Occur.SHOULD);
        return LexicalRanker.Rank(searcher, SearchFilters.Filtered(text, filters.Request), sort: null, depth, cancellation: request.Cancellation);
    }

    /// <summary>The analysed terms of <paramref name="text"/>, in order, repeats kept (as Lucene's classic parser keeps them).</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = Analysis.Analyzers.BaselineAnalyzer.GetTokenStream(IndexSchema.Baseline, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            words.Add(term.ToString());
        stream.End();
        return words;
    }
}
