using System.Text.Encodings.Web;
using System.Text.Json;
using PodSearch.Core.Search.Bench;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch bench --queries FILE [--warmup N] [--runs N] [--top K] [--facets podcast,year] [--json]</c>:
/// per-query latency in microseconds and the returned ids, so the same query mix can be timed against other
/// engines side by side. With <c>--json</c>, stdout has one object per timed query and the summary goes to stderr.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool RunsManySearches => true;

    public string Name => "bench";

    public string Summary => "Time a file of queries against the index: median and p99 per query class.";

    public CliWords? Words { get; } = null;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("queries", "The query file to time (TSV: id, class, query; see bench/queries/).", ValueName: "FILE"),
        new("warmup", "Untimed runs of every query first (default 5).", CliValue.Integer, "N"),
        new("runs", "Timed runs of every query (default 20).", CliValue.Integer, "N"),
        CliOption.Top.Describing("Hits per query (default 10)."),
        CliOption.From(Core.Requests.SearchParameters.Facets),
        CliOption.From(Core.Requests.SearchParameters.Mode).Describing("Ranking to time: lexical (default), semantic or hybrid."),
        CliOption.From(Core.Requests.SearchParameters.Exact),
        CliOption.Json, CliOption.Index,
    ];

    public int Run(CliArguments args)
    {
        var file = args.Option("queries") ?? throw new CliUsageException("--queries FILE is required (see bench/queries/)");
        var warmup = args.IntOption("warmup", 0, 10_000) ?? 5;
        var runs = args.IntOption("runs", 1, 100_000) ?? 20;
        var top = args.IntOption("top", 1, Core.Search.EpisodeSearcher.MaxLimit) ?? 10;
        var facets = SearchOptions.Facets(args.Option("facets"));
        var json = args.Flag("json");
        var exact = args.Flag("exact");
        var mode = SearchOptions.Mode(args.Option("mode") ?? "lexical");
        var indexPath = IndexLocation.From(args);
        args.RejectUnknown();
        if (args.Positionals.Count > 0)
            throw new CliUsageException($"unexpected argument '{args.Positionals[0]}'");
        if (!File.Exists(file))
            throw new CliUsageException($"--queries: no file at {file}");

        IReadOnlyList<BenchQuery> queries;
        try
        {
            queries = BenchQuery.ReadFile(file);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"podsearch bench: {ex.Message}");
            return 2;
        }

        return IndexLocation.WithSearcher(indexPath, searcher =>
        {
            var runner = new BenchRunner(searcher, top, facets, mode, exact);
            var timings = new List<BenchTiming>();
            // Queries of class "facets" also count the many-valued people and tag facets: the heavy facet case.
            IReadOnlyList<string> Extra(BenchQuery q) => q.Class == "facets" ? ["guest", "host", "tag"] : [];
            foreach (var timing in runner.Run(queries, warmup, runs, Extra))
            {
                timings.Add(timing);
                if (json)
                    Console.WriteLine(JsonSerializer.Serialize(new { id = timing.Id, @class = timing.Class, run = timing.Run, micros = timing.Micros, total = timing.Total, ids = timing.Ids }, JsonOptions));
            }
            var report = json ? Console.Error : Console.Out;
            if (!json)
            {
                report.WriteLine($"{"id",-14} {"class",-12} {"p50 µs",8} {"total",7}  ids");
                foreach (var group in timings.GroupBy(t => t.Id))
                {
                    var sorted = group.Select(t => t.Micros).Order().ToList();
                    var last = group.Last();
                    report.WriteLine($"{group.Key,-14} {last.Class,-12} {BenchRunner.Percentile(sorted, 0.5),8} {last.Total,7}  {string.Join(' ', last.Ids.Take(3))}{(last.Ids.Count > 3 ? " …" : "")}");
                }
                report.WriteLine();
            }
            report.WriteLine($"{"class",-12} {"queries",7} {"timed",6} {"p50 µs",8} {"p99 µs",8} {"max µs",8}");
            foreach (var group in timings.GroupBy(t => t.Class))
            {
                var sorted = group.Select(t => t.Micros).Order().ToList();
                report.WriteLine($"{group.Key,-12} {group.Select(t => t.Id).Distinct().Count(),7} {sorted.Count,6} {BenchRunner.Percentile(sorted, 0.5),8} {BenchRunner.Percentile(sorted, 0.99),8} {sorted[^1],8}");
            }
            var all = timings.Select(t => t.Micros).Order().ToList();
            report.WriteLine($"{"all",-12} {queries.Count,7} {all.Count,6} {BenchRunner.Percentile(all, 0.5),8} {BenchRunner.Percentile(all, 0.99),8} {(all.Count == 0 ? 0 : all[^1]),8}");
            return 0;
        });
    }
}
