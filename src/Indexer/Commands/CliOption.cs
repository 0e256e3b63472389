using PodSearch.Core.Requests;

namespace PodSearch.Indexer.Commands;

/// <summary>What an option takes, and so which System.CommandLine option it becomes.</summary>
internal enum CliValue
{
    /// <summary>No value: <c>--json</c>.</summary>
    Flag,
    /// <summary>One value, checked by the command (or by the core, for search parameters).</summary>
    Text,
    /// <summary>A value that may be given again: <c>--guest A --guest B</c>.</summary>
    Repeated,
    /// <summary>One whole number, parsed by System.CommandLine and range-checked by the command.</summary>
    Integer,
}

/// <summary>
/// One option a command declares: its name without dashes, the help line, the kind of value and its placeholder.
/// <see cref="PodsearchCommandLine"/> turns these into System.CommandLine options, so <c>--help</c> lists every option
/// a command reads and anything else is refused as an unknown option.
/// </summary>
internal sealed record CliOption(string Name, string Description, CliValue Value = CliValue.Text, string? ValueName = null)
{
    public static readonly CliOption Index = new("index", "The index folder (default: index).", ValueName: "DIR");
    public static readonly CliOption Json = new("json", "Write JSON instead of text.", CliValue.Flag);
    public static readonly CliOption Format = new("format", "Export every row as csv or jsonl instead of text.", ValueName: "csv|jsonl");
    public static readonly CliOption All = new("all", "Every row, not one page.", CliValue.Flag);
    public static readonly CliOption Limit = new("limit", "Rows per page.", CliValue.Integer, "N");
    public static readonly CliOption Offset = new("offset", "Rows to skip before the page.", CliValue.Integer, "N");
    public static readonly CliOption Top = new("top", "How many to list.", CliValue.Integer, "N");

    /// <summary>A search parameter of the core's one list, under its command-line name and with its description.</summary>
    public static CliOption From(SearchParameter parameter) => new(parameter.CliName, parameter.Description, parameter.Kind switch
    {
        ParameterKind.Flag => CliValue.Flag,
        ParameterKind.Values => CliValue.Repeated,
        // Text, so that the core's checks (and their messages) are the command line's too.
        _ => CliValue.Text,
    }, parameter.ValueName);

    /// <summary>The same option with its own help line (what <c>--top</c> counts differs by command).</summary>
    public CliOption Describing(string description) => this with { Description = description };
}

/// <summary>The words after a command that are not options: a query, an id, a folder.</summary>
internal sealed record CliWords(string Name, string Description);
