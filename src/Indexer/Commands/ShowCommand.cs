using PodSearch.Core.Notes;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch show &lt;id&gt; [--json]</c>: one indexed episode in full.</summary>
internal sealed class ShowCommand : ICliCommand
{
    public string Name => "show";

    public string Summary => "One indexed episode in full.";

    public CliWords? Words { get; } = new("id", "The episode id, podcast/slug (as search prints it).");

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Json, CliOption.Index];

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException("give one episode id, such as elixir-mix/emx-041-...");
        var id = args.Positionals[0];
        var json = args.Flag("json");
        var indexPath = IndexLocation.From(args);
        args.RejectUnknown();

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var episode = searcher.Show(id);
            if (episode is null)
            {
                Console.Error.WriteLine($"podsearch show: no episode with id '{id}' (search for it: podsearch search \"...\")");
                return 1;
            }
            if (json)
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(episode, EpisodeJson.Indented));
            else
                EpisodeText.Write(Console.Out, episode);
            return 0;
        });
    }
}
