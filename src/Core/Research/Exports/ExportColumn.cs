namespace PodSearch.Core.Research.Exports;

/// <summary>
/// One column of an export: its header name and how to read it from a row. A value may be a string, a
/// number, a date, a list of strings or null.
/// </summary>
public sealed record ExportColumn<T>(string Name, Func<T, object?> Value);
