using System.Text.Json;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch facets &lt;field&gt; [--query Q] [--prefix P] [--top N] [--json]</c>: the values of one facet with counts.</summary>
internal sealed class FacetsCommand : ICliCommand
{
    public string Name => "facets";

    public string Summary => "The values of one facet field with their episode counts.";

    public CliWords? Words { get; } = new("field", "The facet field: guest, host, podcast, tag, year, picks_by (picks-by) or link_domain.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("query", "Count only within the episodes matching this query.", ValueName: "Q"),
        new("prefix", "Only values starting with this text (case and accents ignored).", ValueName: "P"),
        CliOption.Top.Describing("Values to list (default 20)."),
        CliOption.Json, CliOption.Index,
    ];

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException($"give one facet field: {string.Join(", ", PodSearch.Core.Indexing.IndexSchema.FacetFields)}");
        var field = SearchOptions.FacetField(args.Positionals[0], "facets");
        var query = args.Option("query");
        var prefix = args.Option("prefix");
        var top = args.IntOption("top", 1, 100_000) ?? 20;
        var json = args.Flag("json");
        var indexPath = IndexLocation.From(args);
        args.RejectUnknown();

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var values = searcher.FacetValues(field, query, prefix, top);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    field,
                    values = values.Select(v => v.Label is null ? (object)new { value = v.Value, count = v.Count } : new { value = v.Value, count = v.Count, label = v.Label }),
                }));
                return 0;
            }
            var width = values.Count == 0 ? 0 : values.Max(v => v.Count).ToString().Length;
            foreach (var value in values)
                Console.WriteLine($"{value.Count.ToString().PadLeft(width)}  {value.Value ?? ConsoleStyle.Dim("(other values)")}{(value.Label is null ? "" : "  " + ConsoleStyle.Dim(value.Label))}");
            if (values.Count == 0)
                Console.Error.WriteLine($"no {field} values{(prefix is null ? "" : $" starting with '{prefix}'")}");
            return 0;
        });
    }
}
