namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// How much hybrid fusion weighs meaning against words when a request does not say: a keyword query (at most
/// <see cref="CoverageQuery.ShortQueryWords"/> words after stop words, as typed into a site's box) names a technology,
/// a person or a title, which words find best; a longer query describes an episode in a listener's own words, where
/// the semantic ranker is the stronger one (on the tuning half of tests/Eval, semantic known-item nDCG@10 is close
/// to lexical's, and far above it on the held-back half).
/// </summary>
/// <remarks>
/// Both weights were chosen on the tuning half only, each over the queries of its own shape (BENCHMARKS.md,
/// "Fusion weight by query shape"): keyword queries 0.1 / 0.2 / 0.3 gave 0.903 / <b>0.905</b> / 0.898 hybrid
/// nDCG@10; longer queries 0.3 / 0.4 / 0.5 / 0.6 / 0.7 gave 0.731 / 0.753 / <b>0.754</b> / 0.753 / 0.735.
/// One weight for every query (0.2 before) had to trade one shape for the other.
/// </remarks>
internal static class SemanticRatios
{
    /// <summary>The weight of meaning for a keyword query.</summary>
    public const double Keywords = 0.2;

    /// <summary>The weight of meaning for a query of more words than a keyword query.</summary>
    public const double Sentence = 0.5;

    /// <summary>The request's own weight if it gives one, else the weight for its query's shape.</summary>
    public static double For(SearchRequest request) =>
        request.SemanticRatio ?? (IsKeywordQuery(request.Query) ? Keywords : Sentence);

    /// <summary>Whether the query is a keyword query, counted as <see cref="CoverageQuery"/> counts it.</summary>
    public static bool IsKeywordQuery(string? query) =>
        string.IsNullOrWhiteSpace(query) || BaselineRanker.Words(query).Count <= CoverageQuery.ShortQueryWords;
}
