using System.Text.Json;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch facets &lt;field&gt; [--query Q] [--prefix P] [--top N] [--json]</c>: the values of one facet with counts.</summary>
internal sealed class FacetsCommand : ICliCommand
{
    public string Name => "facets";

    public string Summary => "values of one facet with counts: facets <field> [--query Q] [--prefix P] [--top N] [--json]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json" };

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException($"give one facet field: {string.Join(", ", SearchOptions.FilterOptions.Keys)}");
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
                Console.WriteLine(JsonSerializer.Serialize(new { field, values = values.Select(v => new { value = v.Value, count = v.Count }) }));
                return 0;
            }
            var width = values.Count == 0 ? 0 : values.Max(v => v.Count).ToString().Length;
            foreach (var value in values)
                Console.WriteLine($"{value.Count.ToString().PadLeft(width)}  {value.Value ?? ConsoleStyle.Dim("(other values)")}");
            if (values.Count == 0)
                Console.Error.WriteLine($"no {field} values{(prefix is null ? "" : $" starting with '{prefix}'")}");
            return 0;
        });
    }
}
