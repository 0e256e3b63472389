using PodSearch.Core.Evaluation;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Core.Semantic;
using PodSearch.Corpus.Tests.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Semantic;

/// <summary>
/// The quality targets on the shared corpus and the judged queries in tests/Eval/queries.jsonl
/// (written by reading the notes, not from engine output): hybrid at least 10% above lexical on nDCG@10
/// and MRR@10, semantic alone clearly above zero on paraphrase (known-item) queries; and the clustered scan
/// against an exact one, with the default (packaged sentence) encoder, indexed cold.
/// </summary>
public sealed class SemanticEvalCorpusTests(SemanticCorpusIndex corpus, ITestOutputHelper output) : IClassFixture<SemanticCorpusIndex>
{
    [SkippableFact]
    public void HybridBeatsLexicalByTenPercentAndSemanticFindsParaphrases()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        output.WriteLine(corpus.Summary);
        var evaluator = new Evaluator(corpus.Searcher);
        var lexical = evaluator.Run(corpus.Queries, SearchMode.Lexical);
        var semantic = evaluator.Run(corpus.Queries, SearchMode.Semantic);
        var hybrid = evaluator.Run(corpus.Queries, SearchMode.Hybrid);
        foreach (var r in new[] { lexical, semantic, hybrid })
            foreach (var row in r.ByType.Append(r.Overall))
                output.WriteLine($"{r.Mode,-9} {row.Type,-11} n={row.Queries,3} MRR@10={row.Mrr10:F3} nDCG@10={row.Ndcg10:F3} R@100={row.Recall100:F3}");

        Assert.Equal(["hybrid"], hybrid.ModesRun);
        Assert.Equal(["semantic"], semantic.ModesRun);
        Assert.True(hybrid.Overall.Ndcg10 >= 1.10 * lexical.Overall.Ndcg10, $"nDCG@10 hybrid {hybrid.Overall.Ndcg10:F3} vs lexical {lexical.Overall.Ndcg10:F3}");
        Assert.True(hybrid.Overall.Mrr10 >= 1.10 * lexical.Overall.Mrr10, $"MRR@10 hybrid {hybrid.Overall.Mrr10:F3} vs lexical {lexical.Overall.Mrr10:F3}");
        var paraphrase = semantic.ByType.Single(t => t.Type == "known-item");
        Assert.True(paraphrase.Ndcg10 >= 0.15, $"semantic nDCG@10 on paraphrase queries {paraphrase.Ndcg10:F3}");
    }

    [SkippableFact]
    public void ReadingTheNearestClustersFindsWhatAnExactScanFinds()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        var top10 = new List<double>();
        var top100 = new List<double>();
        foreach (var query in corpus.Queries)
        {
            var request = new SearchRequest { Query = query.Query, Mode = SearchMode.Semantic, Limit = 100, Snippets = false };
            var exact = corpus.Searcher.Search(request with { ExactSemantic = true }).Hits.Select(h => h.Id).ToList();
            var clustered = corpus.Searcher.Search(request).Hits.Select(h => h.Id).ToList();
            if (exact.Count == 0)
                continue;
            top10.Add(exact.Take(10).Intersect(clustered.Take(10)).Count() / (double)Math.Min(10, exact.Count));
            top100.Add(exact.Intersect(clustered).Count() / (double)exact.Count);
        }
        output.WriteLine($"{top10.Count} queries: the clustered scan found {top10.Average():P1} of the exact top 10 and {top100.Average():P1} of the exact top 100");

        // Measured 98.6% and 96.6% (BENCHMARKS.md); these floors leave room for the general vectors' version only.
        Assert.True(top10.Average() >= 0.95, $"top-10 agreement {top10.Average():P1}");
        Assert.True(top100.Average() >= 0.90, $"top-100 agreement {top100.Average():P1}");
    }
}

/// <summary>The shared corpus indexed once with vectors for the tests above, and the judged queries.</summary>
public sealed class SemanticCorpusIndex : IDisposable
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), $"podsearch-corpus-semantic-{Guid.NewGuid():N}");
    private readonly SearcherProvider? provider;

    public SemanticCorpusIndex()
    {
        var queriesFile = FindQueries();
        SkipReason = SharedCorpus.Devchat is null ? "../shared/corpus not found"
            : queriesFile is null ? "tests/Eval/queries.jsonl not found"
            : null;
        if (SkipReason is not null)
            return;
        var report = new EpisodeIndexer(new IndexingOptions
        {
            NotesRoot = SharedCorpus.Devchat!,
            IndexPath = indexPath,
            // The default encoder, cold: a vector cache of this run's own, as on a fresh CI machine.
            Semantic = new SemanticIndexOptions { CacheRoot = indexPath + "-cache" },
        }).Run();
        Summary = $"indexed {report.EpisodesInIndex} episodes in {report.Elapsed.TotalSeconds:F1} s; {report.SemanticSummary}";
        Queries = JudgedQuery.ReadFile(queriesFile!);
        provider = new SearcherProvider(indexPath);
        Searcher = new EpisodeSearcher(provider);
    }

    public string? SkipReason { get; }
    public string Summary { get; } = "";
    public IReadOnlyList<JudgedQuery> Queries { get; } = [];
    public EpisodeSearcher Searcher { get; } = null!;

    public void Dispose()
    {
        provider?.Dispose();
        foreach (var folder in new[] { indexPath, indexPath + "-cache" })
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
    }

    private static string? FindQueries()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Eval", "queries.jsonl");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
