using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary><c>podsearch search "&lt;query&gt;" [filters] [--sort] [--limit] [--offset] [--facets a,b] [--json] [--index DIR]</c>.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public string Name => "search";

    public string Summary => "Search the index: ranked episodes with snippets, filters and facet counts.";

    public CliWords? Words { get; } = new("query", "The words to search for, with Lucene syntax (quotes, AND/OR/NOT, title:...); optional with a filter.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        .. SearchOptions.Declared.Select(CliOption.From),
        .. ResearchSearchOptions.Declared,
        CliOption.Json, CliOption.Index,
    ];

    public int Run(CliArguments args)
    {
        var query = args.Positionals.Count == 0 ? null : string.Join(' ', args.Positionals);
        var request = SearchOptions.Read(args, query);
        var json = args.Flag("json");
        var indexPath = IndexLocation.From(args);
        // Research options (issue 6): --with (AND over people), --in transcript --speaker, --format/--all exports.
        var research = ResearchSearchOptions.Read(args);
        args.RejectUnknown();
        if (research.Any)
            return ResearchSearchOptions.Run(indexPath, request, research, json);
        if (query is null && request.Filters.Count == 0 && request.From is null && request.To is null)
            throw new CliUsageException("give a query, a filter (--guest, --podcast, ...) or both");

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var result = searcher.Search(request);
            foreach (var notice in result.Notices)
                Console.Error.WriteLine($"note: {notice}");
            if (json)
                Console.WriteLine(Core.Requests.SearchResultJson.Write(result));
            else
                SearchResultText.Write(Console.Out, result, request.Offset);
            return 0;
        });
    }
}
