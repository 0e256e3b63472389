using System.Diagnostics;

namespace PodSearch.Core.Search.Bench;

/// <summary>
/// Times a query list in one warm process: every query runs <c>warmup</c> times untimed, then <c>runs</c> times
/// timed (round-robin over the list, so caches are shared as in real use). Each timing covers the whole
/// <see cref="EpisodeSearcher.Search"/> call: parsing, ranking, exact total, facet counts and snippets for the page.
/// </summary>
public sealed class BenchRunner(EpisodeSearcher searcher, int top, IReadOnlyList<string> facets, SearchMode mode = SearchMode.Lexical, bool exactSemantic = false)
{
    /// <summary>The request a query line stands for.</summary>
    public SearchRequest RequestFor(BenchQuery query, IReadOnlyList<string> extraFacets) => new()
    {
        Query = query.Text.Length == 0 ? null : query.Text,
        Filters = query.FilterField is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : new Dictionary<string, IReadOnlyList<string>> { [query.FilterField] = [query.FilterValue!] },
        Limit = top,
        Facets = [.. facets.Concat(extraFacets).Distinct()],
        Mode = mode,
        ExactSemantic = exactSemantic,
    };

    public IEnumerable<BenchTiming> Run(IReadOnlyList<BenchQuery> queries, int warmup, int runs, Func<BenchQuery, IReadOnlyList<string>> extraFacets)
    {
        var requests = queries.Select(q => RequestFor(q, extraFacets(q))).ToList();
        for (var w = 0; w < warmup; w++)
            foreach (var request in requests)
                searcher.Search(request);
        for (var run = 1; run <= runs; run++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = searcher.Search(requests[i]);
                var micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                yield return new BenchTiming(queries[i].Id, queries[i].Class, run, (long)Math.Round(micros), result.Total,
                    result.Hits.Select(h => h.Id).ToList());
            }
        }
    }

    /// <summary>The value at quantile <paramref name="q"/> (0..1) of <paramref name="sorted"/>, nearest rank.</summary>
    public static long Percentile(IReadOnlyList<long> sorted, double q)
    {
        if (sorted.Count == 0)
            return 0;
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

/// <summary>One timed execution of one query.</summary>
public sealed record BenchTiming(string Id, string Class, int Run, long Micros, int Total, IReadOnlyList<string> Ids);
