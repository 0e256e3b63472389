using System.Globalization;
using System.Text;

namespace PodSearch.Core.Evaluation;

/// <summary>
/// The text form of <c>podsearch eval</c>: one table per half (tuning, then held back), a row per query type and
/// one for all, and for each ranking (the baseline first) its nDCG@10, MRR@10 and Recall@100 side by side.
/// </summary>
public static class EvaluationTable
{
    public static string Format(IReadOnlyList<EvaluationReport> reports, string source)
    {
        var text = new StringBuilder();
        var queries = reports.Count == 0 ? 0 : reports[0].Queries.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"{queries} queries from {source}; nDCG@10 / MRR@10 / Recall@100 per ranking");
        foreach (var report in reports.Where(r => !r.ModesRun.SequenceEqual([r.Mode])))
            text.AppendLine(CultureInfo.InvariantCulture, $"note: {report.Mode} ran as {string.Join(", ", report.ModesRun)} for some queries");
        foreach (var half in new[] { JudgedQuery.Tune, JudgedQuery.Held })
        {
            var halves = reports.Select(r => r.Halves.Single(h => h.Split == half)).ToList();
            text.AppendLine();
            text.AppendLine(half == JudgedQuery.Tune ? "tuning half" : "held-back half");
            text.Append(CultureInfo.InvariantCulture, $"  {"type",-12} {"queries",7}");
            foreach (var report in reports)
                text.Append(CultureInfo.InvariantCulture, $"   {report.Mode,-20}");
            text.AppendLine();
            var types = halves.SelectMany(h => h.ByType.Select(t => t.Type)).Distinct().Order(StringComparer.Ordinal).Append("all");
            foreach (var type in types)
            {
                var rows = halves.Select(h => type == "all" ? h.Overall : h.ByType.FirstOrDefault(t => t.Type == type)).ToList();
                text.Append(CultureInfo.InvariantCulture, $"  {type,-12} {rows.FirstOrDefault(r => r is not null)?.Queries ?? 0,7}");
                foreach (var row in rows)
                    text.Append(row is null ? $"   {"",-20}" : string.Create(CultureInfo.InvariantCulture, $"   {row.Ndcg10:F3} {row.Mrr10:F3} {row.Recall100:F3}  "));
                text.AppendLine();
            }
        }
        return text.ToString();
    }
}
