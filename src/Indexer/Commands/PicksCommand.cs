using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch picks "&lt;query&gt;" [--by NAME] [--year Y] [--domain D] [--limit N] [--offset N] [--all] [--json | --format csv|jsonl] [--index DIR]</c>.
/// </summary>
internal sealed class PicksCommand : ICliCommand
{
    public string Name => "picks";

    public string Summary => "search picks: picks \"<query>\" [--by NAME] [--year Y] [--domain D] [--limit --offset --all] [--json|--format csv|jsonl]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json", "all" };

    public int Run(CliArguments args)
    {
        var all = args.Flag("all");
        var query = new PickQuery
        {
            Text = args.Positionals.Count == 0 ? null : string.Join(' ', args.Positionals),
            By = args.Option("by"),
            Year = args.IntOption("year", 1900, 2999),
            Domain = args.Option("domain"),
            Offset = args.IntOption("offset", 0, int.MaxValue) ?? 0,
            Limit = all ? int.MaxValue : args.IntOption("limit", 1, 100_000) ?? 20,
        };
        var json = args.Flag("json");
        var format = ResearchCommandSupport.Format(args);
        var indexPath = args.Option("index") ?? "index";
        args.RejectUnknown();
        if (json && format is not null)
            throw new CliUsageException("give --json or --format, not both");

        return ResearchCommandSupport.WithCatalog(indexPath, catalog =>
        {
            var result = ResearchQueries.Picks(catalog, query);
            if (result.Notice is { } notice)
                Console.Error.WriteLine($"note: {notice}");
            if (format is { } f)
                return ResearchCommandSupport.Export(f, ExportColumns.Picks, result.Picks);
            if (json)
            {
                Console.WriteLine(ResearchJson.Serialize(result, indented: true));
                return 0;
            }
            Console.WriteLine($"{result.Total} picks");
            foreach (var pick in result.Picks)
                Console.WriteLine($"  {ResearchCommandSupport.Date(pick.Episode)}  {pick.PersonName ?? pick.By}: {pick.Text}{(pick.Url is null ? "" : "  " + pick.Url)}  [{pick.Episode.Id}]");
            foreach (var (field, values) in result.Facets)
                if (values.Count > 0)
                    Console.WriteLine($"{field}: {string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})"))}");
            if (result.MostPicked.Count > 0)
            {
                Console.WriteLine("most picked:");
                foreach (var item in result.MostPicked)
                    Console.WriteLine($"  {item.Count,3}x  {item.Text}{(item.Url is null ? "" : "  " + item.Url)}  ({string.Join(", ", item.Pickers)})");
            }
            return 0;
        });
    }
}
