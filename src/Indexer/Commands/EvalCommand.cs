using System.Globalization;
using System.Text.Json;
using PodSearch.Core.Evaluation;
using PodSearch.Core.Search;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch eval &lt;queries.jsonl&gt; [--mode baseline|lexical|semantic|hybrid|all] [--semantic-ratio R] [--exact] [--json] [--index DIR]</c>:
/// MRR@10, nDCG@10 and Recall@100 per query type and overall, for the tuning and the held-back half, with the
/// queries' filters applied; <c>all</c> runs the baseline, lexical, semantic and hybrid rankings.
/// </summary>
internal sealed class EvalCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public bool RunsManySearches => true;

    public string Name => "eval";
    public string Summary => "Score rankings against judged queries (nDCG@10, MRR@10, recall), plain BM25 beside each.";
    public CliWords? Words { get; } = new("queries.jsonl", "The judged queries, one JSON object a line (see tests/Eval).");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("mode", "Ranking to score: baseline (plain BM25), lexical, semantic, hybrid or all (default).", ValueName: "baseline|lexical|semantic|hybrid|all"),
        CliOption.From(Core.Requests.SearchParameters.SemanticRatio),
        CliOption.From(Core.Requests.SearchParameters.Exact),
        CliOption.Json, CliOption.Index,
    ];

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException("expected one queries file: podsearch eval <queries.jsonl> [--mode ...] [--json]");
        var modeText = args.Option("mode") ?? "all";
        // "baseline" is the plain BM25 ranking every evaluation compares with; it is not a search mode.
        var rankings = modeText == "all" ? Evaluator.AllRankings
            : modeText == Evaluator.Baseline ? [Evaluator.Baseline]
            : [SearchOptions.Mode(modeText).ToString().ToLowerInvariant()];
        var ratioText = args.Option("semantic-ratio");
        double? ratio = null; // by the query's shape, as a search without the option
        if (ratioText is not null)
        {
            if (!double.TryParse(ratioText, NumberStyles.Float, CultureInfo.InvariantCulture, out var given) || given is < 0 or > 1)
                throw new CliUsageException($"--semantic-ratio must be a number from 0 to 1, not '{ratioText}'");
            ratio = given;
        }
        var json = args.Flag("json");
        var exact = args.Flag("exact");
        var indexPath = args.Option("index") ?? "index";
        args.RejectUnknown();

        List<JudgedQuery> queries;
        try
        {
            queries = JudgedQuery.ReadFile(args.Positionals[0]);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"podsearch eval: {ex.Message}");
            return 2;
        }

        using var provider = new SearcherProvider(indexPath);
        var evaluator = new Evaluator(new EpisodeSearcher(provider));
        var reports = rankings.Select(ranking => ranking == Evaluator.Baseline
            ? evaluator.RunBaseline(queries)
            : evaluator.Run(queries, SearchOptions.Mode(ranking), ratio, exact)).ToList();
        if (json)
        {
            foreach (var report in reports)
                Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
        }
        else
        {
            Console.Write(EvaluationTable.Format(reports, args.Positionals[0]));
        }
        return 0;
    }
}
