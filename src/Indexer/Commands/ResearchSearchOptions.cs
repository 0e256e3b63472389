using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;
using PodSearch.Core.Research.Moments;
using PodSearch.Core.Search;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// The research options of <c>podsearch search</c>: <c>--with NAME</c> (repeatable: episodes in which every
/// named person appears), <c>--in transcript [--speaker NAME] [--group episode|none]</c> (transcript moments),
/// and <c>--format csv|jsonl [--all]</c> (exports with citations, every match with <c>--all</c>).
/// </summary>
internal sealed record ResearchSearchOptions(IReadOnlyList<string> With, bool InTranscript, string? Speaker, bool Grouped, ExportFormat? Format, bool All)
{
    /// <summary>The research options of <c>search</c> (<c>--with</c> is a search parameter of the core's list).</summary>
    public static IReadOnlyList<CliOption> Declared { get; } =
    [
        new("in", "Search inside transcripts and list the moments (speaker turns) that match.", ValueName: "transcript"),
        new("speaker", "With --in transcript: only turns by this speaker.", ValueName: "NAME"),
        new("group", "With --in transcript: episode (default: the best moments of each episode) or none (every moment).", ValueName: "episode|none"),
        CliOption.Format.Describing("Export the matches with citations as csv or jsonl."),
        CliOption.All.Describing("With --format: every match, not one page."),
    ];

    public bool Any => With.Count > 0 || InTranscript || Format is not null || All;

    public static ResearchSearchOptions Read(CliArguments args)
    {
        var within = args.Option("in");
        if (within is not null and not "transcript")
            throw new CliUsageException($"--in takes 'transcript', not '{within}'");
        var speaker = args.Option("speaker");
        var group = args.Option("group");
        if (within is null && (speaker is not null || group is not null))
            throw new CliUsageException($"--{(speaker is not null ? "speaker" : "group")} needs --in transcript");
        var grouped = group switch
        {
            null or "episode" => true,
            "none" => false,
            _ => throw new CliUsageException($"--group must be episode or none, not '{group}'"),
        };
        var options = new ResearchSearchOptions(args.Options("with"), within is not null, speaker, grouped, ResearchCommandSupport.Format(args), args.Flag("all"));
        if (options.InTranscript && (options.Format is not null || options.All))
            throw new CliUsageException("--in transcript lists moments; it does not take --format or --all");
        if (options.All && options.Format is null)
            throw new CliUsageException("--all exports every match; give --format csv or --format jsonl with it");
        return options;
    }

    public static int Run(string indexPath, SearchRequest request, ResearchSearchOptions options, bool json) =>
        IndexLocation.WithSearcher(indexPath, searcher => ResearchCommandSupport.WithCatalog(indexPath, catalog =>
        {
            if (options.With.Count > 0)
                request = request with { EpisodeIds = ResearchQueries.EpisodesWithAll(catalog, options.With) };
            if (options.InTranscript)
                return Moments(searcher, catalog, request, options, json);
            if (options.Format is { } format)
            {
                var hits = SearchHitStream.Hits(searcher, request, options.All);
                return ResearchCommandSupport.Export(format, ExportColumns.Episodes, hits.Select(h => ExportColumns.FromHit(h, catalog)));
            }
            var result = searcher.Search(request);
            if (json)
                Console.WriteLine(Core.Requests.SearchResultJson.Write(result));
            else
                SearchResultText.Write(Console.Out, result, request.Offset);
            return 0;
        }));

    private static int Moments(EpisodeSearcher searcher, ResearchCatalog catalog, SearchRequest request, ResearchSearchOptions options, bool json)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            throw new CliUsageException("--in transcript needs the words to find");
        var finder = new TranscriptMomentFinder(searcher, () => catalog);
        var result = finder.Find(new MomentQuery
        {
            Text = request.Query,
            Speaker = options.Speaker,
            Filters = request with { Query = null },
            GroupByEpisode = options.Grouped,
            Limit = Math.Max(1, request.Limit),
        });
        if (json)
        {
            Console.WriteLine(ResearchJson.Serialize(result, indented: true));
            return 0;
        }
        Console.WriteLine($"{result.TotalEpisodes} episodes with \"{result.Query}\" in the transcript{(result.Speaker is null ? "" : $", said by {result.Speaker}")}");
        var moments = options.Grouped ? result.Episodes.SelectMany(e => e.Moments) : result.Moments;
        string? last = null;
        foreach (var moment in moments)
        {
            if (moment.Episode.Id != last)
                Console.WriteLine($"\n{ResearchCommandSupport.Date(moment.Episode)}  {moment.Episode.Title}  [{moment.Episode.Id}]");
            last = moment.Episode.Id;
            var place = moment.Time is null ? $"turn {moment.TurnIndex}" : $"{moment.Time}, turn {moment.TurnIndex}";
            Console.WriteLine($"  {moment.PersonName ?? moment.Speaker} ({place}): {moment.Passage.Replace("<mark>", "«", StringComparison.Ordinal).Replace("</mark>", "»", StringComparison.Ordinal)}");
        }
        return 0;
    }
}
