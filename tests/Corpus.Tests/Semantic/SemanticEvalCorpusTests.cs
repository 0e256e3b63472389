using PodSearch.Core.Evaluation;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;
using PodSearch.Core.Semantic;
using PodSearch.Corpus.Tests.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Semantic;

/// <summary>
/// The quality targets on the shared corpus and the judged queries in tests/Eval/queries.jsonl (written by
/// reading the notes, not from engine output), on the tuning and the held-back half: lexical above the plain BM25
/// baseline, hybrid not below lexical, semantic alone clearly above zero on paraphrase (known-item) queries;
/// and the clustered scan against an exact one, with the default (packaged sentence) encoder, indexed cold.
/// </summary>
public sealed class SemanticEvalCorpusTests(SemanticCorpusIndex corpus, ITestOutputHelper output) : IClassFixture<SemanticCorpusIndex>
{
    [SkippableFact]
    public void LexicalBeatsTheBaselineAndHybridKeepsLexicalOnBothHalves()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        output.WriteLine(corpus.Summary);
        var evaluator = new Evaluator(corpus.Searcher);
        var baseline = evaluator.RunBaseline(corpus.Queries);
        var lexical = evaluator.Run(corpus.Queries, SearchMode.Lexical);
        var semantic = evaluator.Run(corpus.Queries, SearchMode.Semantic);
        var hybrid = evaluator.Run(corpus.Queries, SearchMode.Hybrid);
        output.WriteLine(EvaluationTable.Format([baseline, lexical, semantic, hybrid], "tests/Eval/queries.jsonl"));

        Assert.Equal(["hybrid"], hybrid.ModesRun);
        Assert.Equal(["semantic"], semantic.ModesRun);
        foreach (var half in new[] { JudgedQuery.Tune, JudgedQuery.Held })
        {
            MetricSummary Of(EvaluationReport r) => r.Halves.Single(h => h.Split == half).Overall;
            // Measured 0.598 / 0.502 (tune) and 0.704 / 0.572 (held): lexical at least 5% above the plain BM25 baseline.
            Assert.True(Of(lexical).Ndcg10 >= 1.05 * Of(baseline).Ndcg10, $"{half}: lexical nDCG@10 {Of(lexical).Ndcg10:F3} vs baseline {Of(baseline).Ndcg10:F3}");
            Assert.True(Of(lexical).Recall100 >= Of(baseline).Recall100, $"{half}: lexical R@100 {Of(lexical).Recall100:F3} vs baseline {Of(baseline).Recall100:F3}");
            // With the word-vector encoder, fusion at ratio 0.2 keeps lexical quality (issue 11 wants +10%: not met yet).
            Assert.True(Of(hybrid).Ndcg10 >= 0.97 * Of(lexical).Ndcg10, $"{half}: hybrid nDCG@10 {Of(hybrid).Ndcg10:F3} vs lexical {Of(lexical).Ndcg10:F3}");
        }
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

    /// <summary>
    /// Issue 11, must show 3: a visitor who remembers two or three words of a title finds the episode. 200 episodes
    /// drawn with a fixed seed; the query is a run of 2-3 consecutive title words at a random place (runs of stop
    /// words or numbers only are redrawn, as nobody types "and the" to find an episode).
    /// </summary>
    [SkippableFact]
    public void TwoOrThreeWordsOfATitleFindTheEpisode()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        var samples = TitleWordQueries.Sample(SharedCorpus.Devchat!, count: 200, seed: 2026);
        Assert.Equal(200, samples.Count);
        int RankOf(string id, string query, SearchMode mode) =>
            corpus.Searcher.Search(new SearchRequest { Query = query, Mode = mode, Limit = 10, Snippets = false })
                .Hits.Select(h => h.Id).ToList().IndexOf(id);

        var hybridTop10 = samples.Count(s => RankOf(s.Id, s.Query, SearchMode.Hybrid) is >= 0);
        var lexicalTop3 = samples.Count(s => RankOf(s.Id, s.Query, SearchMode.Lexical) is >= 0 and < 3);
        var misses = samples.Where(s => RankOf(s.Id, s.Query, SearchMode.Hybrid) < 0).Take(10).Select(s => $"'{s.Query}' -> {s.Id}");
        output.WriteLine($"hybrid top 10: {hybridTop10}/200; lexical top 3: {lexicalTop3}/200; hybrid misses: {string.Join("; ", misses)}");

        Assert.True(hybridTop10 >= 190, $"hybrid found {hybridTop10}/200 episodes in its top 10 (needs 95%)");
        Assert.True(lexicalTop3 >= 160, $"lexical found {lexicalTop3}/200 episodes in its top 3 (needs 80%)");
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
    public string IndexPath => indexPath;
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
