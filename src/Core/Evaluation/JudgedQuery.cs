using System.Text.Json;

namespace PodSearch.Core.Evaluation;

/// <summary>
/// One line of an evaluation file: <c>{"qid", "type", "query", "filters": {"podcast", "year", "guest", "host",
/// "picks_by"}, "relevant": {"&lt;episode id&gt;": grade}}</c>, grade 2 = primarily about it, 1 = substantially.
/// Filters that are not null are applied as filters.
/// </summary>
public sealed record JudgedQuery(string Qid, string Type, string Query, IReadOnlyDictionary<string, string> Filters, IReadOnlyDictionary<string, int> Relevant)
{
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
        return new JudgedQuery(root.GetProperty("qid").GetString() ?? "", root.GetProperty("type").GetString() ?? "", query, filters, relevant);
    }
}
