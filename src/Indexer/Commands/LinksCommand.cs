using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch links [words] [--domain D] [--podcast P] [--year Y] [--limit N] [--offset N] [--all] [--json | --format csv|jsonl] [--index DIR]</c>:
/// episodes linking to a domain or URL, with counts per domain.
/// </summary>
internal sealed class LinksCommand : ICliCommand
{
    public string Name => "links";

    public string Summary => "Episodes whose notes link to a domain or URL.";

    public CliWords? Words { get; } = new("words", "Words to find in the link titles (optional).");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("domain", "A domain or URL the links point to.", ValueName: "D"),
        new("podcast", "Only this show's episodes.", ValueName: "SHOW"),
        new("year", "Only episodes of this year.", CliValue.Integer, "YYYY"),
        .. ResearchListing.Declared,
    ];

    public int Run(CliArguments args)
    {
        var domain = args.Option("domain");
        var podcast = args.Option("podcast");
        var year = args.IntOption("year", 1900, 2999);
        var listing = ResearchListing.Read(args);
        var query = new LinkQuery { Text = listing.Text, Domain = domain, Podcast = podcast, Year = year, Offset = listing.Offset, Limit = listing.Limit };
        return listing.Run(catalog => ResearchQueries.Links(catalog, query), ExportColumns.Links, result => result.Episodes.SelectMany(e => e.Links), Print);
    }

    private static void Print(LinkSearchResult result)
    {
        Console.WriteLine($"{result.TotalEpisodes} episodes, {result.TotalLinks} links");
        foreach (var episode in result.Episodes)
        {
            Console.WriteLine($"  {ResearchCommandSupport.Date(episode.Episode)}  {episode.Episode.Title}  [{episode.Episode.Id}]");
            foreach (var link in episode.Links)
                Console.WriteLine($"      {link.Text}  {link.Url}");
        }
        Console.WriteLine($"domains: {string.Join(", ", result.Domains.Select(d => $"{d.Domain} ({d.Episodes})"))}");
    }
}
