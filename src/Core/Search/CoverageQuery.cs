using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>
/// The query of plain typed words: any word may match (a natural-language query is not an AND of its words),
/// and an episode scores the sum of its words' field-weighted BM25 scores, so matching more of them ranks it
/// higher. A second optional clause scores the same words over the one field of all the note's text
/// (<see cref="IndexSchema.Baseline"/>), which rewards an episode whose notes and transcript together cover
/// the query where no single field does.
/// </summary>
/// <remarks>
/// Measured on the tuning half of tests/Eval (BENCHMARKS.md): the whole-note clause at 3 lifts known-item
/// nDCG@10 from 0.33 to 0.41 and topical from 0.63 to 0.71 (5 was lower again). Sloppy-phrase boosts for
/// neighbouring words (title or notes, slop 2) and a minimum-should-match of 30% were tried and not kept: the
/// phrases moved nDCG@10 by under 0.005 and lowered people queries, the minimum cost mixed queries 0.34.
/// For queries of up to <see cref="ShortQueryWords"/> words the clause weighs 30 and a clause for all the words in
/// the title 30, chosen on the tuning half and the title-words corpus test (BENCHMARKS.md, "Keyword queries"):
/// on the held-back half short queries go from 0.792 to 0.867 nDCG@10, above plain BM25's 0.828.
/// </remarks>
internal static class CoverageQuery
{
    public const float WholeNoteBoost = 3f;

    /// <summary>A query of at most this many words (after stop words) is a keyword query, as typed into a site's box.</summary>
    public const int ShortQueryWords = 3;

    /// <summary>
    /// The whole-note clause's weight for a keyword query: one or two technology words are about the episode as a
    /// whole (often its transcript), not one field of it, so the one-field score leads.
    /// </summary>
    public const float ShortQueryWholeNoteBoost = 30f;

    /// <summary>
    /// For a keyword query, the weight of having every word in the title. With the whole note weighing 30, a
    /// title's words ("Evolution and Design") would otherwise be outscored by episodes that say them often.
    /// </summary>
    public const float TitleHasAllBoost = 30f;

    public static Query Build(Query words, string text)
    {
        var query = new BooleanQuery { { words, Occur.MUST } };
        var noteWords = Pipeline.BaselineRanker.Words(text);
        var wholeNote = new BooleanQuery { Boost = noteWords.Count <= ShortQueryWords ? ShortQueryWholeNoteBoost : WholeNoteBoost };
        foreach (var word in noteWords)
            wholeNote.Add(new TermQuery(new Term(IndexSchema.Baseline, word)), Occur.SHOULD);
        if (wholeNote.Clauses.Count > 0)
            query.Add(wholeNote, Occur.SHOULD);
        if (noteWords.Count <= ShortQueryWords && TitleHasAll(text) is { } inTitle)
            query.Add(inTitle, Occur.SHOULD);
        return query;
    }

    /// <summary>Every word of a keyword query in the title: the episode of those words, as a known item.</summary>
    private static BooleanQuery? TitleHasAll(string text)
    {
        var title = new BooleanQuery { Boost = TitleHasAllBoost };
        using var stream = SearchAnalysis.Index.GetTokenStream(IndexSchema.Title, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            title.Add(new TermQuery(new Term(IndexSchema.Title, term.ToString())), Occur.MUST);
        stream.End();
        return title.Clauses.Count > 0 ? title : null;
    }
}
