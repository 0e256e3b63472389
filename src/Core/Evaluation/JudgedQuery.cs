using System.Text.Json;

namespace PodSearch.Core.Evaluation;

/// <summary>
/// One line of an evaluation file: <c>{"qid", "type", "query", "filters": {"podcast", "year", "guest", "host",
/// "picks_by"}, "relevant": {"&lt;episode id&gt;": grade}}</c>, grade 2 = primarily about it, 1 = substantially.
/// Filters that are not null are applied as filters. <c>"split": "tune"|"held"</c> puts the query in the tuning half
/// or the held-back half (<see cref="Split"/>); without it a stable hash of the qid decides, so every report shows both.
/// </summary>
public sealed record JudgedQuery(string Qid, string Type, string Query, IReadOnlyDictionary<string, string> Filters, IReadOnlyDictionary<string, int> Relevant)
{
    public const string Tune = "tune";
    public const string Held = "held";

    /// <summary><see cref="Tune"/> (rankings may be tuned on it) or <see cref="Held"/> (only reported).</summary>
    public string Split { get; init; } = SplitOf(Qid);

    /// <summary>The half of a query without a <c>"split"</c>: FNV-1a of the qid, even to tune, odd to held.</summary>
    public static string SplitOf(string qid)
    {
        var hash = 2166136261u;
        foreach (var c in qid)
            hash = (hash ^ c) * 16777619u;
        return hash % 2 == 0 ? Tune : Held;
    }

    /// <summary>Reads a JSON-lines file; a bad line is an error naming the file and line.</summary>
    public static List<JudgedQuery> ReadFile(string path)
    {
        if (!File.Exists(path))
            throw new FormatException($"{path}: file not found");
        var queries = new List<JudgedQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                continue;
            try
            {
                queries.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }
        return queries;
    }

    public static JudgedQuery Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("filters", out var f) && f.ValueKind == JsonValueKind.Object)
            foreach (var p in f.EnumerateObject())
                if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    filters[p.Name] = p.Value.ToString();
        var relevant = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("relevant").EnumerateObject())
            relevant[p.Name] = p.Value.GetInt32();
        var query = root.GetProperty("query").GetString() ?? throw new FormatException("\"query\" is null");
        var judged = new JudgedQuery(root.GetProperty("qid").GetString() ?? "", root.GetProperty("type").GetString() ?? "", query, filters, relevant);
        if (root.TryGetProperty("split", out var split) && split.ValueKind != JsonValueKind.Null)
        {
            var half = split.GetString();
            if (half is not (Tune or Held))
                throw new FormatException($"\"split\" must be \"{Tune}\" or \"{Held}\", not {split.GetRawText()}");
            judged = judged with { Split = half };
        }
        return judged;
    }
}
