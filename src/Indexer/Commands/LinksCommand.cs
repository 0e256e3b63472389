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

    public string Summary => "episodes linking to a domain or URL: links [words] [--domain D] [--podcast --year --limit --offset --all] [--json|--format csv|jsonl]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json", "all" };

    public int Run(CliArguments args)
    {
        var all = args.Flag("all");
        var query = new LinkQuery
        {
            Text = args.Positionals.Count == 0 ? null : string.Join(' ', args.Positionals),
            Domain = args.Option("domain"),
            Podcast = args.Option("podcast"),
            Year = args.IntOption("year", 1900, 2999),
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
            var result = ResearchQueries.Links(catalog, query);
            if (format is { } f)
                return ResearchCommandSupport.Export(f, ExportColumns.Links, result.Episodes.SelectMany(e => e.Links));
            if (json)
            {
                Console.WriteLine(ResearchJson.Serialize(result, indented: true));
                return 0;
            }
            Console.WriteLine($"{result.TotalEpisodes} episodes, {result.TotalLinks} links");
            foreach (var episode in result.Episodes)
            {
                Console.WriteLine($"  {ResearchCommandSupport.Date(episode.Episode)}  {episode.Episode.Title}  [{episode.Episode.Id}]");
                foreach (var link in episode.Links)
                    Console.WriteLine($"      {link.Text}  {link.Url}");
            }
            Console.WriteLine($"domains: {string.Join(", ", result.Domains.Select(d => $"{d.Domain} ({d.Episodes})"))}");
            return 0;
        });
    }
}
