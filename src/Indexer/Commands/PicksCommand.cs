using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch picks "&lt;query&gt;" [--by NAME] [--year Y] [--domain D] [--limit N] [--offset N] [--all] [--json | --format csv|jsonl] [--index DIR]</c>.
/// </summary>
internal sealed class PicksCommand : ICliCommand
{
    public string Name => "picks";

    public string Summary => "Search the picks (recommendations): what was picked, by whom, in which episode.";

    public CliWords? Words { get; } = new("words", "Words to find in the picks (optional).");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("by", "Only picks made by this person.", ValueName: "NAME"),
        new("year", "Only picks of this year.", CliValue.Integer, "YYYY"),
        new("domain", "Only picks linking to this domain.", ValueName: "D"),
        .. ResearchListing.Declared,
    ];

    public int Run(CliArguments args)
    {
        var by = args.Option("by");
        var year = args.IntOption("year", 1900, 2999);
        var domain = args.Option("domain");
        var listing = ResearchListing.Read(args);
        var query = new PickQuery { Text = listing.Text, By = by, Year = year, Domain = domain, Offset = listing.Offset, Limit = listing.Limit };
        return listing.Run(catalog => Picks(catalog, query), ExportColumns.Picks, result => result.Picks, Print);
    }

    // The notice (a --by that named nobody known) goes to standard error whatever the output format.
    private static PickSearchResult Picks(ResearchCatalog catalog, PickQuery query)
    {
        var result = ResearchQueries.Picks(catalog, query);
        if (result.Notice is { } notice)
            Console.Error.WriteLine($"note: {notice}");
        return result;
    }

    private static void Print(PickSearchResult result)
    {
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
    }
}
