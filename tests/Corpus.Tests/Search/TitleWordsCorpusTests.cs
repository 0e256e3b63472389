using System.Text.Json;
using System.Text.RegularExpressions;
using PodSearch.Core.Evaluation;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;
using PodSearch.Corpus.Tests.Notes;
using PodSearch.Corpus.Tests.Semantic;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Search;

/// <summary>
/// Issue 11's must-shows on the shared corpus, through the ranking the host serves (the clustered vector scan):
/// a few consecutive words of a title find that episode, and the command line's exact scan ranks the judged
/// queries as the host does.
/// </summary>
public sealed partial class TitleWordsCorpusTests(SemanticCorpusIndex corpus, ITestOutputHelper output) : IClassFixture<SemanticCorpusIndex>
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    };

    [SkippableFact]
    public void TwoOrThreeConsecutiveTitleWordsFindTheEpisode()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        var parser = new NoteParser(SharedCorpus.Devchat!);
        var episodes = Directory.EnumerateFiles(SharedCorpus.Devchat!, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(SharedCorpus.Devchat!, f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(parser.ParseFile)
            .Where(e => e.Kind == EpisodeKind.Episode)
            .ToList();
        // Cross-posted recordings share a title: finding any episode of that title counts.
        var titleOf = episodes.ToDictionary(e => e.Id, e => e.Title.Trim().ToLowerInvariant());
        var random = new Random(11);
        var samples = episodes.OrderBy(_ => random.Next()).Select(e => (Episode: e, Query: TitleWords(e.Title, random)))
            .Where(s => s.Query is not null).Take(200).ToList();
        Assert.Equal(200, samples.Count);

        int inHybridTop10 = 0, inLexicalTop3 = 0;
        foreach (var (episode, query) in samples)
        {
            bool Found(SearchResult result) => result.Hits.Any(h => h.Id == episode.Id || titleOf.GetValueOrDefault(h.Id) == titleOf[episode.Id]);
            var hybrid = corpus.Searcher.Search(new SearchRequest { Query = query, Limit = 10, Snippets = false });
            var lexical = corpus.Searcher.Search(new SearchRequest { Query = query, Limit = 3, Mode = SearchMode.Lexical, Snippets = false });
            Assert.Equal("hybrid", hybrid.Mode);
            inHybridTop10 += Found(hybrid) ? 1 : 0;
            inLexicalTop3 += Found(lexical) ? 1 : 0;
            if (!Found(hybrid) || !Found(lexical))
                output.WriteLine($"\"{query}\" -> {episode.Id}: hybrid top 10 {Found(hybrid)}, lexical top 3 {Found(lexical)}");
        }
        output.WriteLine($"hybrid top 10: {inHybridTop10}/200, lexical top 3: {inLexicalTop3}/200");
        Assert.True(inHybridTop10 >= 190, $"hybrid top 10 found {inHybridTop10} of 200 (at least 95% wanted)");
        Assert.True(inLexicalTop3 >= 160, $"lexical top 3 found {inLexicalTop3} of 200 (at least 80% wanted)");
    }

    [SkippableFact]
    public void TheCommandLinesExactScanRanksJudgedQueriesAsTheHostDoes()
    {
        Skip.If(corpus.SkipReason is not null, corpus.SkipReason);
        // The host reads the nearest clusters; podsearch search (one-off) scans every passage. Both halves' nDCG@10
        // must agree within 0.005 (issue 11).
        var evaluator = new Evaluator(corpus.Searcher);
        var host = evaluator.Run(corpus.Queries, SearchMode.Hybrid);
        var exact = evaluator.Run(corpus.Queries, SearchMode.Hybrid, exactSemantic: true);
        foreach (var half in new[] { JudgedQuery.Tune, JudgedQuery.Held })
        {
            var (h, e) = (host.Halves.Single(x => x.Split == half).Overall, exact.Halves.Single(x => x.Split == half).Overall);
            output.WriteLine($"{half}: host nDCG@10 {h.Ndcg10:F4}, exact {e.Ndcg10:F4}");
            Assert.True(Math.Abs(h.Ndcg10 - e.Ndcg10) < 0.005, $"{half} half: host {h.Ndcg10:F4} vs exact {e.Ndcg10:F4}");
        }

        // And the real command line returns the exact scan's top 10 (a few queries: each is a process).
        foreach (var query in corpus.Queries.Where(q => q.Filters.Count == 0).Take(5))
        {
            var request = new SearchRequest { Query = query.Query, Limit = 10, Snippets = false, ExactSemantic = true };
            var expected = corpus.Searcher.Search(request).Hits.Select(h => h.Id).ToList();
            var (exitCode, stdout, stderr) = RunPodsearch("search", query.Query, "--index", corpus.IndexPath, "--json", "--limit", "10");
            Assert.True(exitCode == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var actual = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Two or three consecutive words of the title with no stop word or number among them, or null.</summary>
    private static string? TitleWords(string title, Random random)
    {
        var words = Word().Matches(title).Select(m => m.Value).ToList();
        var windows = new List<string>();
        foreach (var length in new[] { 2, 3 })
            for (var i = 0; i + length <= words.Count; i++)
            {
                var window = words.GetRange(i, length);
                if (window.All(w => !StopWords.Contains(w) && !w.All(char.IsDigit)))
                    windows.Add(string.Join(' ', window));
            }
        return windows.Count == 0 ? null : windows[random.Next(windows.Count)];
    }

    private static (int ExitCode, string Output, string Error) RunPodsearch(params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "podsearch.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("podsearch search did not finish within two minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();
}
