using PodSearch.Core.Search;

namespace PodSearch.Core.Evaluation;

/// <summary>
/// Runs judged queries through <see cref="EpisodeSearcher"/> in one mode (filters applied) and scores the
/// rankings with <see cref="RankingMetrics"/>, per query type and overall (means over queries).
/// </summary>
public sealed class Evaluator(EpisodeSearcher searcher)
{
    public const int Depth = 100;

    public EvaluationReport Run(IReadOnlyList<JudgedQuery> queries, SearchMode mode, double semanticRatio = 0.5, bool exactSemantic = false)
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
                Mode = mode,
                SemanticRatio = semanticRatio,
                ExactSemantic = exactSemantic,
            };
            var result = searcher.Search(request);
            modesRun.Add(result.Mode);
            var ranked = result.Hits.Select(h => h.Id).ToList();
            results.Add(new QueryScore(query.Qid, query.Type,
                RankingMetrics.ReciprocalRank(ranked, query.Relevant),
                RankingMetrics.Ndcg(ranked, query.Relevant),
                RankingMetrics.Recall(ranked, query.Relevant),
                result.Mode));
        }
        var groups = results.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g.ToList())).ToList();
        return new EvaluationReport(mode.ToString().ToLowerInvariant(), [.. modesRun.Order()], Summarize("all", results), groups, results);
    }

    private static MetricSummary Summarize(string type, IReadOnlyList<QueryScore> scores) => new(
        type, scores.Count,
        scores.Count == 0 ? 0 : scores.Average(s => s.ReciprocalRank),
        scores.Count == 0 ? 0 : scores.Average(s => s.Ndcg),
        scores.Count == 0 ? 0 : scores.Average(s => s.Recall));
}

/// <summary>One query's scores and the mode that actually ran for it.</summary>
public sealed record QueryScore(string Qid, string Type, double ReciprocalRank, double Ndcg, double Recall, string ModeRun);

/// <summary>Mean MRR@10, nDCG@10 and Recall@100 over a group of queries.</summary>
public sealed record MetricSummary(string Type, int Queries, double Mrr10, double Ndcg10, double Recall100);

/// <summary>What <see cref="Evaluator.Run"/> measured: the mode asked for, the modes that ran, overall, per type, per query.</summary>
public sealed record EvaluationReport(string Mode, IReadOnlyList<string> ModesRun, MetricSummary Overall, IReadOnlyList<MetricSummary> ByType, IReadOnlyList<QueryScore> Queries);
