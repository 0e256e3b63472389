using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// The part the listing commands (<c>picks</c>, <c>links</c>) share: the words, <c>--offset</c>, <c>--limit</c> /
/// <c>--all</c>, <c>--json</c> or <c>--format</c> and <c>--index</c>, read the same way, and the choice between an
/// export, JSON and the command's own text output.
/// </summary>
internal sealed record ResearchListing(string? Text, int Offset, int Limit, bool Json, ExportFormat? Format, string IndexPath)
{
    /// <summary>The shared options, for the commands' declarations.</summary>
    public static IReadOnlyList<CliOption> Declared { get; } =
    [
        CliOption.Offset, CliOption.Limit.Describing("Rows per page (default 20)."), CliOption.All, CliOption.Json, CliOption.Format, CliOption.Index,
    ];

    /// <summary>Reads the shared options, after the command has read its own, then refuses any option left unread.</summary>
    public static ResearchListing Read(CliArguments args)
    {
        var all = args.Flag("all");
        var text = args.Positionals.Count == 0 ? null : string.Join(' ', args.Positionals);
        var offset = args.IntOption("offset", 0, int.MaxValue) ?? 0;
        var limit = all ? int.MaxValue : args.IntOption("limit", 1, 100_000) ?? 20;
        var json = args.Flag("json");
        var format = ResearchCommandSupport.Format(args);
        var indexPath = args.Option("index") ?? "index";
        args.RejectUnknown();
        if (json && format is not null)
            throw new CliUsageException("give --json or --format, not both");
        return new ResearchListing(text, offset, limit, json, format, indexPath);
    }

    /// <summary>Runs <paramref name="query"/> on the catalog and writes its <paramref name="rows"/> as an export, the result as JSON, or calls <paramref name="print"/>.</summary>
    public int Run<TResult, TRow>(Func<ResearchCatalog, TResult> query, IReadOnlyList<ExportColumn<TRow>> columns,
        Func<TResult, IEnumerable<TRow>> rows, Action<TResult> print) =>
        ResearchCommandSupport.WithCatalog(IndexPath, catalog =>
        {
            var result = query(catalog);
            if (Format is { } f)
                return ResearchCommandSupport.Export(f, columns, rows(result));
            if (Json)
                Console.WriteLine(ResearchJson.Serialize(result, indented: true));
            else
                print(result);
            return 0;
        });
}
