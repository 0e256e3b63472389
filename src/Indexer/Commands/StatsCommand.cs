using System.Text.Json;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch stats [--json]</c>: episodes per show, people, terms and size of the index.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public string Name => "stats";

    public string Summary => "What the index holds: episodes per show, people, terms, size.";

    public CliWords? Words { get; } = null;

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Json, CliOption.Index];

    public int Run(CliArguments args)
    {
        var json = args.Flag("json");
        var indexPath = IndexLocation.From(args);
        args.RejectUnknown();
        if (args.Positionals.Count > 0)
            throw new CliUsageException("stats takes no arguments besides --index and --json");

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var stats = searcher.Stats();
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(stats, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
                return 0;
            }
            Console.WriteLine($"{ConsoleStyle.Bold("episodes")}  {stats.Episodes:N0}");
            foreach (var show in stats.EpisodesPerShow)
                Console.WriteLine($"  {show.Count,6:N0}  {show.Value}");
            Console.WriteLine($"{ConsoleStyle.Bold("people")}    {stats.People:N0} ({stats.Guests:N0} guests, {stats.Hosts:N0} hosts)");
            Console.WriteLine($"{ConsoleStyle.Bold("terms")}     {stats.Terms:N0}");
            Console.WriteLine($"{ConsoleStyle.Bold("size")}      {stats.SizeBytes / 1024.0 / 1024.0:0.0} MB (schema version {stats.SchemaVersion})");
            return 0;
        });
    }
}
