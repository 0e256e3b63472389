using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Microsoft.Extensions.Options;
using PodSearch.Core.Analysis;
using PodSearch.Core.Search;
using PodSearch.SearchHost.Meilisearch.Filters;

namespace PodSearch.SearchHost.Meilisearch;

/// <summary>
/// Runs Meilisearch searches and facet searches on the core: <see cref="SearchParameters"/> become one
/// <see cref="SearchRequest"/> (text, filters through <see cref="FilterPlan"/>, paging, sort, facets, mode), the
/// core's <see cref="EpisodeSearcher"/> answers within the host's time budget, and the result is written in
/// Meilisearch's response shape.
/// </summary>
internal sealed class MeiliSearcher(EpisodeSearcher searcher, SearchIndex index, TimeBudget budget, IOptions<SearchHostOptions> options)
{
    public async Task<JsonObject> SearchAsync(SearchParameters parameters, string where, bool withIndexUid, CancellationToken aborted)
    {
        var clock = Stopwatch.StartNew();
        var page = Paging.Of(parameters, options.Value);
        var request = Request(parameters, where) with { Offset = page.CoreOffset, Limit = page.CoreLimit };
        var order = SortOf(parameters, where);
        request = request with { Sort = order.Core };

        var result = order.ByNumber is { } byNumber
            ? await SortedByNumber(request, byNumber, order.Descending, aborted)
            : await Run(request, aborted);

        var highlighter = Highlighter.For(parameters.Q, result.Hits.SelectMany(h => h.Snippets.Select(s => s.Text)));
        var episodes = EpisodeDocuments.Load(index, result.Hits.Select(h => h.Id));
        var topScore = parameters.ShowRankingScore ? await TopScore(request, result, aborted) : 0;
        var hits = new JsonArray();
        foreach (var hit in result.Hits)
        {
            if (!episodes.TryGetValue(hit.Id, out var episode))
                continue;
            var document = EpisodeDocuments.ToHit(episode, parameters, highlighter);
            if (parameters.ShowRankingScore)
                document["_rankingScore"] = topScore > 0 ? Math.Round(Math.Min(1, hit.Score / topScore), 4) : 0.0;
            hits.Add(document);
        }

        var response = new JsonObject();
        if (withIndexUid)
            response["indexUid"] = parameters.IndexUid;
        response["hits"] = hits;
        response["query"] = parameters.Q ?? "";
        response["processingTimeMs"] = (int)clock.ElapsedMilliseconds;
        page.Describe(response, result.Total);
        if (parameters.Facets is not null)
        {
            response["facetDistribution"] = Distribution(result, request.Facets);
            response["facetStats"] = Stats(result, request.Facets);
        }
        if (parameters.SemanticRatio is not null)
            response["semanticHitCount"] = result.Hits.Count(h => h.SemanticRank is not null && h.LexicalRank is null);
        return response;
    }

    /// <summary>
    /// <c>POST /indexes/{uid}/facet-search</c>: the values of <see cref="SearchParameters.FacetName"/> among the episodes
    /// matching the search, counted as the core counts facets (disjunctively: the facet's own filter is left out, so
    /// every value can be offered), those whose value or one of its words starts with <c>facetQuery</c> (case and
    /// accents ignored), most frequent first.
    /// </summary>
    public async Task<JsonObject> FacetSearchAsync(SearchParameters parameters, CancellationToken aborted)
    {
        var clock = Stopwatch.StartNew();
        var field = parameters.FacetName!;
        var request = Request(parameters, "") with { Facets = [field], FacetTop = int.MaxValue, Limit = 0, Offset = 0, Snippets = false };
        var result = await Run(request, aborted);
        var prefix = NameKey.Fold(parameters.FacetQuery ?? "");
        var values = result.Facets.TryGetValue(field, out var found) ? found : [];
        var hits = values
            .Where(v => v.Value is not null && (prefix.Length == 0 || StartsWithWord(NameKey.Fold(v.Value), prefix)))
            .Take(MeiliIndex.MaxValuesPerFacet)
            .Select(v => (JsonNode)new JsonObject { ["value"] = v.Value, ["count"] = v.Count });
        return new JsonObject
        {
            ["facetHits"] = new JsonArray([.. hits]),
            ["facetQuery"] = parameters.FacetQuery,
            ["processingTimeMs"] = (int)clock.ElapsedMilliseconds,
        };
    }

    private Task<SearchResult> Run(SearchRequest request, CancellationToken aborted) =>
        budget.RunAsync(token => searcher.Search(request with { Cancellation = token }), aborted);

    /// <summary>The request without paging and sort: text, mode, facets and the filter.</summary>
    private SearchRequest Request(SearchParameters parameters, string where)
    {
        var query = parameters.Q?.Trim();
        if (query is { Length: > 0 } && query.Length > options.Value.MaxQueryLength)
            throw MeiliException.BadRequest("invalid_search_q",
                $"{where}Invalid value at `.q`: the query is {query.Length} characters long; at most {options.Value.MaxQueryLength} are allowed");
        var facets = parameters.Facets is null ? []
            : parameters.Facets.Contains("*") ? MeiliIndex.FilterableAttributes
            : parameters.Facets.Distinct(StringComparer.Ordinal).ToList();
        var (mode, ratio) = parameters.SemanticRatio switch
        {
            null or 0 => (SearchMode.Lexical, 0.0),
            1 => (SearchMode.Semantic, 1.0),
            var r => (SearchMode.Hybrid, r.Value),
        };
        var request = new SearchRequest
        {
            Query = string.IsNullOrEmpty(query) ? null : query,
            Facets = facets,
            FacetTop = MeiliIndex.MaxValuesPerFacet,
            Mode = mode,
            AllWords = parameters.MatchingStrategy == "all",
            SemanticRatio = mode == SearchMode.Hybrid ? ratio : null,
        };
        var plan = FilterPlan.Parse(parameters.Filter, where);
        if (plan.IsEmpty)
            return request;
        using var lease = index.Provider.Acquire();
        return plan.ApplyTo(request, () => lease.Searcher.IndexReader);
    }

    private sealed record SortOrder(SearchSort Core, Func<FacetRow, long?>? ByNumber, bool Descending);

    /// <summary><c>sort: ["date:desc"]</c> and the like; PodSearch sorts by one attribute at a time.</summary>
    private static SortOrder SortOf(SearchParameters parameters, string where)
    {
        if (parameters.Sort.Count == 0)
            return new SortOrder(SearchSort.Relevance, null, false);
        if (parameters.Sort.Count > 1)
            throw MeiliException.BadRequest("invalid_search_sort", $"{where}PodSearch sorts by one attribute at a time, not {parameters.Sort.Count}: `{string.Join(", ", parameters.Sort)}`");
        var rule = parameters.Sort[0];
        var colon = rule.LastIndexOf(':');
        var (attribute, direction) = colon < 0 ? (rule, "") : (rule[..colon], rule[(colon + 1)..]);
        if (direction is not ("asc" or "desc"))
            throw MeiliException.BadRequest("invalid_search_sort",
                $"{where}Invalid syntax for the sort parameter: expected expression ending by `:asc` or `:desc`, found `{rule}`.");
        var descending = direction == "desc";
        return attribute switch
        {
            MeiliIndex.Date => new SortOrder(descending ? SearchSort.Newest : SearchSort.Oldest, null, descending),
            MeiliIndex.Number => new SortOrder(SearchSort.Relevance, row => row.Number, descending),
            MeiliIndex.Duration => new SortOrder(SearchSort.Relevance, row => row.Duration, descending),
            _ => throw MeiliException.BadRequest("invalid_search_sort",
                $"{where}Attribute `{attribute}` is not sortable. Available sortable attributes are: `{string.Join(", ", MeiliIndex.SortableAttributes)}`."),
        };
    }

    /// <summary>
    /// Sorting by a number the core does not sort by: every matching id is listed (pages of the core's largest limit,
    /// no snippets), ordered by the number from the <see cref="FacetTable"/> (episodes without one last, then by
    /// relevance), and the requested page is fetched with its snippets by id. Totals and facets are the search's own.
    /// </summary>
    private async Task<SearchResult> SortedByNumber(SearchRequest request, Func<FacetRow, long?> number, bool descending, CancellationToken aborted)
    {
        var listing = request with { Offset = 0, Limit = EpisodeSearcher.MaxLimit, Snippets = false };
        var first = await Run(listing, aborted);
        var ids = first.Hits.Select(h => h.Id).ToList();
        var window = Math.Min(first.Total, options.Value.MaxResultWindow);
        while (ids.Count < window)
        {
            var next = await Run(listing with { Offset = ids.Count, Facets = [] }, aborted);
            if (next.Hits.Count == 0)
                break;
            ids.AddRange(next.Hits.Select(h => h.Id));
        }
        Dictionary<string, long?> numbers;
        using (var lease = index.Provider.Acquire())
            numbers = FacetTable.For(lease.Searcher.IndexReader).Rows.ToDictionary(r => r.Id, number, StringComparer.Ordinal);
        var rank = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var ordered = ids
            .OrderBy(id => numbers.GetValueOrDefault(id) is null ? 1 : 0)
            .ThenBy(id => (descending ? -1 : 1) * (numbers.GetValueOrDefault(id) ?? 0))
            .ThenBy(id => rank[id])
            .ToList();
        var pageIds = ordered.Skip(request.Offset).Take(request.Limit).ToList();
        if (pageIds.Count == 0)
            return first with { Hits = [] };
        var pageResult = await Run(request with { Offset = 0, Limit = pageIds.Count, Facets = [], EpisodeIds = pageIds.ToHashSet(StringComparer.Ordinal) }, aborted);
        var byId = pageResult.Hits.ToDictionary(h => h.Id, StringComparer.Ordinal);
        return first with { Hits = [.. pageIds.Where(byId.ContainsKey).Select(id => byId[id])] };
    }

    /// <summary>The best score of the whole search (its first hit by relevance), for <c>_rankingScore</c> in 0..1.</summary>
    private async Task<double> TopScore(SearchRequest request, SearchResult result, CancellationToken aborted)
    {
        if (request is { Offset: 0, Sort: SearchSort.Relevance } && result.Hits.Count > 0 && request.EpisodeIds is null)
            return result.Hits[0].Score;
        var best = await Run(request with { Offset = 0, Limit = 1, Sort = SearchSort.Relevance, Facets = [], Snippets = false }, aborted);
        return Math.Max(best.Hits.Count > 0 ? best.Hits[0].Score : 0, result.Hits.Count > 0 ? result.Hits.Max(h => h.Score) : 0);
    }

    /// <summary><c>{field: {value: count}}</c> in the core's count order; the core's "rest" entry has no place here.</summary>
    private static JsonObject Distribution(SearchResult result, IReadOnlyList<string> facets)
    {
        var distribution = new JsonObject();
        foreach (var field in facets)
        {
            var values = new JsonObject();
            foreach (var value in result.Facets.TryGetValue(field, out var found) ? found : [])
                if (value.Value is not null)
                    values[value.Value] = value.Count;
            distribution[field] = values;
        }
        return distribution;
    }

    /// <summary><c>{field: {min, max}}</c> for the numeric facets asked for that have values.</summary>
    private static JsonObject Stats(SearchResult result, IReadOnlyList<string> facets)
    {
        var stats = new JsonObject();
        foreach (var field in facets.Where(MeiliIndex.NumericFacets.Contains))
        {
            var numbers = (result.Facets.TryGetValue(field, out var found) ? found : [])
                .Select(v => double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
                .OfType<double>().ToList();
            if (numbers.Count > 0)
                stats[field] = new JsonObject { ["min"] = numbers.Min(), ["max"] = numbers.Max() };
        }
        return stats;
    }

    private static bool StartsWithWord(string folded, string prefix) =>
        folded.StartsWith(prefix, StringComparison.Ordinal) || folded.Contains(" " + prefix, StringComparison.Ordinal);
}
