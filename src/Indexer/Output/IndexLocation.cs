using PodSearch.Core.Search;

namespace PodSearch.Indexer.Output;

/// <summary>The <c>--index DIR</c> option shared by the search commands, and opening the index it names.</summary>
internal static class IndexLocation
{
    public const string DefaultPath = "index";

    public static string From(Commands.CliArguments args) => args.Option("index") ?? DefaultPath;

    /// <summary>
    /// Runs <paramref name="body"/> with a searcher over the index, turning a missing or outdated index into a
    /// message that says how to build it (exit 1) and a bad request value into a usage error (exit 2).
    /// </summary>
    public static int WithSearcher(string indexPath, Func<EpisodeSearcher, int> body)
    {
        SearcherProvider provider;
        try
        {
            provider = new SearcherProvider(indexPath);
        }
        catch (Core.Indexing.IndexUnavailableException ex)
        {
            Console.Error.WriteLine($"podsearch: {ex.Message}");
            return 1;
        }
        using (provider)
        {
            try
            {
                return body(new EpisodeSearcher(provider));
            }
            catch (SearchRequestException ex) when (ex.Code == "unknown_episode")
            {
                // Not a usage mistake: the id is well formed and the index simply has no such episode (as `show` says).
                Console.Error.WriteLine($"podsearch: {ex.Message}");
                return 1;
            }
            catch (SearchRequestException ex)
            {
                throw new Commands.CliUsageException(ex.Message);
            }
        }
    }
}
