namespace PodSearch.Core.Search.Bench;

/// <summary>One line of a benchmark query file: <c>id, class, text, filter_field, filter_value</c>, tab-separated.</summary>
public sealed record BenchQuery(string Id, string Class, string Text, string? FilterField, string? FilterValue)
{
    /// <summary>Filter fields a query file may use (the ones every engine in a side-by-side run can filter on).</summary>
    public static readonly IReadOnlyList<string> FilterFields = ["podcast", "year"];

    /// <summary>
    /// Reads a query file: one query per line; blank lines and lines starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<BenchQuery> ReadFile(string path)
    {
        var queries = new List<BenchQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts.Length > 5)
                throw new FormatException($"{path}:{number}: expected 3 to 5 tab-separated columns (id, class, text, filter_field, filter_value), found {parts.Length}");
            var field = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
            var value = parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null;
            if (parts[0].Length == 0 || parts[1].Length == 0)
                throw new FormatException($"{path}:{number}: id and class must not be empty");
            if (!seen.Add(parts[0]))
                throw new FormatException($"{path}:{number}: duplicate query id '{parts[0]}'");
            if ((field is null) != (value is null))
                throw new FormatException($"{path}:{number}: filter_field and filter_value go together");
            if (field is not null && !FilterFields.Contains(field))
                throw new FormatException($"{path}:{number}: filter_field must be podcast or year, not '{field}'");
            if (parts[2].Length == 0 && field is null)
                throw new FormatException($"{path}:{number}: a query needs text, a filter or both");
            queries.Add(new BenchQuery(parts[0], parts[1], parts[2], field, value));
        }
        return queries;
    }
}
