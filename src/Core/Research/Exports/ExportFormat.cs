namespace PodSearch.Core.Research.Exports;

/// <summary>Row formats for research exports. Both are written one row at a time, never buffered whole.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180: a header line, CRLF line ends, fields quoted when needed; lists joined with <c>; </c>.</summary>
    Csv,
    /// <summary>JSON lines: one object per line, lists as arrays.</summary>
    Jsonl,
}

public static class ExportFormats
{
    /// <summary>Parses <c>csv</c> or <c>jsonl</c> (also <c>json-lines</c>, <c>ndjson</c>); null for anything else.</summary>
    public static ExportFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" or "json-lines" or "ndjson" => ExportFormat.Jsonl,
        _ => null,
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/x-ndjson; charset=utf-8",
    };
}
