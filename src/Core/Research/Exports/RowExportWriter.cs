using System.Globalization;
using System.Text;
using System.Text.Json;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Research.Exports;

/// <summary>
/// Turns rows into CSV or JSON-lines text, one line at a time, so callers can stream an export of any size
/// to a console or a response body and flush as they go.
/// </summary>
public sealed class RowExportWriter<T>(ExportFormat format, IReadOnlyList<ExportColumn<T>> columns)
{
    public ExportFormat Format => format;

    /// <summary>The CSV header line (with its line end), or null for JSON lines.</summary>
    public string? Header() => format == ExportFormat.Csv
        ? string.Join(',', columns.Select(c => CsvField(c.Name))) + "\r\n"
        : null;

    /// <summary>One row as a complete line, line end included.</summary>
    public string Line(T row)
    {
        if (format == ExportFormat.Csv)
            return string.Join(',', columns.Select(c => CsvField(CsvText(c.Value(row))))) + "\r\n";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EpisodeJson.Options.Encoder }))
        {
            json.WriteStartObject();
            foreach (var column in columns)
            {
                json.WritePropertyName(column.Name);
                WriteJsonValue(json, column.Value(row));
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the header and every row to <paramref name="output"/>; returns the number of rows.</summary>
    public int WriteAll(TextWriter output, IEnumerable<T> rows)
    {
        if (Header() is { } header)
            output.Write(header);
        var count = 0;
        foreach (var row in rows)
        {
            output.Write(Line(row));
            count++;
        }
        output.Flush();
        return count;
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case DateTime d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double x: json.WriteNumberValue(x); break;
            case bool b: json.WriteBooleanValue(b); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                    json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
