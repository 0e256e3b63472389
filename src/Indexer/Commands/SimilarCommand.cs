using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch similar &lt;id&gt; [--limit N] [--mode M] [--json]</c>: episodes like a given one.</summary>
internal sealed class SimilarCommand : ICliCommand
{
    public string Name => "similar";

    public string Summary => "Episodes most like a given one.";

    public CliWords? Words { get; } = new("id", "The episode id, podcast/slug.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Limit.Describing("Episodes to list (default 10)."),
        CliOption.From(Core.Requests.SearchParameters.Mode),
        CliOption.Json, CliOption.Index,
    ];

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
