using PodSearch.Core.People;
using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch person "&lt;name&gt;" [--top N] [--json | --format csv|jsonl] [--index DIR]</c>: one person's roles per show,
/// first and last appearance, episodes, co-appearances and picks. Without a name, lists people:
/// <c>podsearch person [--prefix P] [--role host|guest|picks|speaker] [--sort appearances|name] [--limit N]</c>.
/// </summary>
internal sealed class PersonCommand : ICliCommand
{
    public string Name => "person";

    public string Summary => "A person's appearances, co-appearances and picks; without a name, the list of people.";

    public CliWords? Words { get; } = new("name", "The person's name or id; without it, the list of people.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Top.Describing("Co-appearances and picks to show in a profile (default 10)."),
        new("prefix", "List: only people whose name starts with this.", ValueName: "P"),
        new("role", "List: only people in this role.", ValueName: "host|guest|picks|speaker"),
        new("sort", "List order: appearances (default) or name.", ValueName: "appearances|name"),
        CliOption.Limit.Describing("List: people to show (default 30)."),
        CliOption.All.Describing("List: every person, not the first page."),
        CliOption.Json, CliOption.Format, CliOption.Index,
    ];

    public int Run(CliArguments args)
    {
        var name = args.Positionals.Count == 0 ? null : string.Join(' ', args.Positionals);
        var json = args.Flag("json");
        var format = ResearchCommandSupport.Format(args);
        var top = args.IntOption("top", 1, 1000) ?? 10;
        var prefix = args.Option("prefix");
        var roleText = args.Option("role");
        var sortText = args.Option("sort");
        var all = args.Flag("all");
        var limit = all ? int.MaxValue : args.IntOption("limit", 1, 100_000) ?? 30;
        var indexPath = args.Option("index") ?? "index";
        args.RejectUnknown();
        PersonRole? role = null;
        if (roleText is not null)
            role = RoleNames.TryParse(roleText, out var parsed) ? parsed : throw new CliUsageException($"--role must be host, guest, picks or speaker, not '{roleText}'");
        var sort = sortText switch
        {
            null or "appearances" => PeopleSort.Appearances,
            "name" => PeopleSort.Name,
            _ => throw new CliUsageException($"--sort must be appearances or name, not '{sortText}'"),
        };
        if (json && format is not null)
            throw new CliUsageException("give --json or --format, not both");

        return ResearchCommandSupport.WithCatalog(indexPath, catalog =>
        {
            if (name is null)
                return List(catalog, prefix, role, sort, limit, json, format);
            var lookup = ResearchQueries.Person(catalog, name, top);
            if (lookup.Profile is null)
            {
                Console.Error.WriteLine(lookup.Candidates.Count == 0
                    ? $"podsearch person: no person matches '{name}'"
                    : $"podsearch person: '{name}' may mean several people; give the full name or the id:");
                foreach (var candidate in lookup.Candidates)
                    Console.Error.WriteLine($"  {candidate.Id,-32} {candidate.Name} ({candidate.Appearances} episodes)");
                return 1;
            }
            var profile = lookup.Profile;
            if (format is { } f)
                return ResearchCommandSupport.Export(f, ExportColumns.PersonEpisodes, profile.Episodes.Select(e => new PersonEpisodeExportRow(profile, e)));
            if (json)
            {
                Console.WriteLine(ResearchJson.Serialize(profile, indented: true));
                return 0;
            }
            WriteProfile(profile);
            return 0;
        });
    }

    private static int List(ResearchCatalog catalog, string? prefix, PersonRole? role, PeopleSort sort, int limit, bool json, ExportFormat? format)
    {
        var people = ResearchQueries.People(catalog, prefix, role, sort).Take(limit);
        if (format is { } f)
            return ResearchCommandSupport.Export(f, ExportColumns.People, people);
        if (json)
        {
            Console.WriteLine(ResearchJson.Serialize(people.ToList(), indented: true));
            return 0;
        }
        foreach (var person in people)
            Console.WriteLine($"{person.Appearances,5}  {person.Name,-30} {person.Id,-32} {string.Join(", ", person.Roles.Select(r => $"{r.Key} {r.Value}"))}");
        return 0;
    }

    private static void WriteProfile(PersonProfile profile)
    {
        var output = Console.Out;
        output.WriteLine($"{profile.Name}  ({profile.Id})");
        if (profile.Variants.Count > 1)
            output.WriteLine($"  also written: {string.Join(", ", profile.Variants.Skip(1))}");
        output.WriteLine($"  {profile.Appearances} episodes: {string.Join(", ", profile.Roles.Select(r => $"{r.Key} {r.Value}"))}");
        foreach (var show in profile.Shows)
            output.WriteLine($"    {show.PodcastTitle ?? show.Podcast}: {show.Episodes} episodes ({string.Join(", ", show.Roles.Select(r => $"{r.Key} {r.Value}"))})");
        if (profile.First is { } first)
            output.WriteLine($"  first: {ResearchCommandSupport.Date(first.Episode)}  {first.Episode.Title}  [{first.Episode.Id}]");
        if (profile.Last is { } last)
            output.WriteLine($"  last:  {ResearchCommandSupport.Date(last.Episode)}  {last.Episode.Title}  [{last.Episode.Id}]");
        if (profile.CoAppearances.Count > 0)
        {
            output.WriteLine("  appeared most with:");
            foreach (var co in profile.CoAppearances)
                output.WriteLine($"    {co.Count,4}  {co.Value}");
        }
        output.WriteLine("  episodes:");
        foreach (var episode in profile.Episodes)
            output.WriteLine($"    {ResearchCommandSupport.Date(episode.Episode)}  {episode.Episode.Title}  [{episode.Episode.Id}] {string.Join(",", episode.Roles)}");
        if (profile.Picks.Count > 0)
        {
            output.WriteLine($"  picks ({profile.Picks.Count}):");
            foreach (var pick in profile.Picks)
                output.WriteLine($"    {ResearchCommandSupport.Date(pick.Episode)}  {pick.Text}{(pick.Url is null ? "" : "  " + pick.Url)}");
        }
    }
}
