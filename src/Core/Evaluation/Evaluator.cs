using PodSearch.Core.Search;

namespace PodSearch.Core.Evaluation;

/// <summary>
/// Runs judged queries through <see cref="EpisodeSearcher"/> (the path the host serves) in one ranking, filters
/// applied, and scores them with <see cref="RankingMetrics"/>: per query type and overall, for all queries and
/// for each half (tuning, held back).
/// </summary>
public sealed class Evaluator(EpisodeSearcher searcher)
{
    public const int Depth = 100;

    /// <summary>The rankings <c>podsearch eval --mode all</c> compares, the baseline first.</summary>
    public static readonly IReadOnlyList<string> AllRankings = [Baseline, "lexical", "semantic", "hybrid"];

    /// <summary>The plain BM25 baseline (<see cref="EpisodeSearcher.SearchBaseline"/>).</summary>
    public const string Baseline = "baseline";

    public EvaluationReport Run(IReadOnlyList<JudgedQuery> queries, SearchMode mode, double? semanticRatio = null, bool exactSemantic = false) =>
        Run(queries, mode.ToString().ToLowerInvariant(), request => searcher.Search(request with
        {
            Mode = mode,
            SemanticRatio = semanticRatio,
            ExactSemantic = exactSemantic,
            Snippets = false, // rankings only: snippets do not change them
        }));

    /// <summary>The baseline ranking of the same queries.</summary>
    public EvaluationReport RunBaseline(IReadOnlyList<JudgedQuery> queries) => Run(queries, Baseline, searcher.SearchBaseline);

    private static EvaluationReport Run(IReadOnlyList<JudgedQuery> queries, string ranking, Func<SearchRequest, SearchResult> search)
    {
        var results = new List<QueryScore>();
        var modesRun = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var request = new SearchRequest
            {
                Query = query.Query,
                Filters = query.Filters.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[kv.Value]),
                Limit = Depth,
            };
            var result = search(request);
            modesRun.Add(result.Mode);
            var ranked = result.Hits.Select(h => h.Id).ToList();
            results.Add(new QueryScore(query.Qid, query.Type,
                RankingMetrics.ReciprocalRank(ranked, query.Relevant),
                RankingMetrics.Ndcg(ranked, query.Relevant),
                RankingMetrics.Recall(ranked, query.Relevant),
                result.Mode, query.Split));
        }
        var halves = new[] { JudgedQuery.Tune, JudgedQuery.Held }
            .Select(half => results.Where(r => r.Split == half).ToList())
            .Select((scores, i) => new HalfReport(i == 0 ? JudgedQuery.Tune : JudgedQuery.Held, Summarize("all", scores), ByType(scores)))
            .ToList();
        return new EvaluationReport(ranking, [.. modesRun.Order()], Summarize("all", results), ByType(results), results) { Halves = halves };
    }

    private static List<MetricSummary> ByType(IEnumerable<QueryScore> scores) =>
        scores.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Summarize(g.Key, g.ToList())).ToList();

    private static MetricSummary Summarize(string type, IReadOnlyList<QueryScore> scores) => new(
        type, scores.Count,
        scores.Count == 0 ? 0 : scores.Average(s => s.ReciprocalRank),
        scores.Count == 0 ? 0 : scores.Average(s => s.Ndcg),
        scores.Count == 0 ? 0 : scores.Average(s => s.Recall));
}

/// <summary>One query's scores, the mode that actually ran for it and its half.</summary>
public sealed record QueryScore(string Qid, string Type, double ReciprocalRank, double Ndcg, double Recall, string ModeRun, string Split);

/// <summary>Mean MRR@10, nDCG@10 and Recall@100 over a group of queries.</summary>
public sealed record MetricSummary(string Type, int Queries, double Mrr10, double Ndcg10, double Recall100);

/// <summary>One half's (<c>tune</c> or <c>held</c>) overall and per-type figures.</summary>
public sealed record HalfReport(string Split, MetricSummary Overall, IReadOnlyList<MetricSummary> ByType);

/// <summary>What <see cref="Evaluator"/> measured: the ranking asked for, the modes that ran, overall, per type, per half, per query.</summary>
public sealed record EvaluationReport(string Mode, IReadOnlyList<string> ModesRun, MetricSummary Overall, IReadOnlyList<MetricSummary> ByType, IReadOnlyList<QueryScore> Queries)
{
    public IReadOnlyList<HalfReport> Halves { get; init; } = [];
}
