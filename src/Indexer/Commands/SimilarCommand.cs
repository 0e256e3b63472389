using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch similar &lt;id&gt; [--limit N] [--mode M] [--json]</c>: episodes like a given one.</summary>
internal sealed class SimilarCommand : ICliCommand
{
    public string Name => "similar";

    public string Summary => "episodes like a given one: similar <id> [--limit N] [--mode lexical|semantic|hybrid] [--json]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json" };

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException("give one episode id, such as elixir-mix/emx-041-...");
        var id = args.Positionals[0];
        var limit = args.IntOption("limit", 1, Core.Search.EpisodeSearcher.MaxLimit) ?? 10;
        var mode = SearchOptions.Mode(args.Option("mode"));
        var json = args.Flag("json");
        var indexPath = IndexLocation.From(args);
        args.RejectUnknown();

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var result = searcher.Similar(id, limit, mode);
            if (json)
                Console.WriteLine(Core.Requests.SearchResultJson.Write(result));
            else
                SearchResultText.Write(Console.Out, result, 0);
            return 0;
        });
    }
}
