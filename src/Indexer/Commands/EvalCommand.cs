using System.Globalization;
using System.Text.Json;
using PodSearch.Core.Evaluation;
using PodSearch.Core.Search;
using PodSearch.Indexer.Output;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch eval &lt;queries.jsonl&gt; [--mode lexical|semantic|hybrid|all] [--semantic-ratio R] [--exact] [--json] [--index DIR]</c>:
/// MRR@10, nDCG@10 and Recall@100 per query type and overall, with the queries' filters applied.
/// </summary>
internal sealed class EvalCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public bool RunsManySearches => true;

    public string Name => "eval";
    public string Summary => "score rankings against judged queries: eval <queries.jsonl> [--mode lexical|semantic|hybrid|all] [--semantic-ratio R] [--exact] [--json]";
    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "json", "exact" };

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count != 1)
            throw new CliUsageException("expected one queries file: podsearch eval <queries.jsonl> [--mode ...] [--json]");
        var modeText = args.Option("mode") ?? "all";
        var modes = modeText == "all" ? [SearchMode.Lexical, SearchMode.Semantic, SearchMode.Hybrid] : new[] { SearchOptions.Mode(modeText) };
        var ratioText = args.Option("semantic-ratio");
        var ratio = 0.5;
        if (ratioText is not null && (!double.TryParse(ratioText, NumberStyles.Float, CultureInfo.InvariantCulture, out ratio) || ratio is < 0 or > 1))
            throw new CliUsageException($"--semantic-ratio must be a number from 0 to 1, not '{ratioText}'");
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
        foreach (var mode in modes)
        {
            var report = evaluator.Run(queries, mode, ratio, exact);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
                continue;
            }
            var ran = string.Join(", ", report.ModesRun);
            Console.WriteLine($"mode {report.Mode} (ran: {ran}), {queries.Count} queries from {args.Positionals[0]}");
            Console.WriteLine($"  {"type",-12} {"queries",7} {"MRR@10",8} {"nDCG@10",8} {"R@100",8}");
            foreach (var row in report.ByType.Append(report.Overall))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Type,-12} {row.Queries,7} {row.Mrr10,8:F3} {row.Ndcg10,8:F3} {row.Recall100,8:F3}"));
        }
        return 0;
    }
}
