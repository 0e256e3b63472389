using System.Diagnostics;
using Lucene.Net.Search;
using PodSearch.Core.Semantic;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// One search, stage by stage: the semantic ranker starts (encoding and vector scan beside what follows), the
/// lexical ranker ranks and counts in one pass, <see cref="FusionStep"/> combines the two lists,
/// <see cref="FacetStep"/> counts the final match set, <see cref="PageStep"/> builds the page's hits and snippets.
/// Every stage hands the next a value; none calls back into another.
/// </summary>
internal sealed class SearchPipeline(LexicalRanker lexicalRanker, SemanticStage semanticStage)
{
    public SearchResult Run(SearchRequest request, IndexSearcher searcher, int limit, Stopwatch clock)
    {
        var reader = searcher.IndexReader;
        var ordinals = FacetOrdinals.For(reader);
        var notices = new List<SearchNotice>();
        var filters = new SearchFilters(request, ordinals);
        var semanticRun = semanticStage.Start(reader, request, filters, Math.Max(request.Offset + limit, SemanticStage.FusionDepth), notices);
        var depth = semanticRun is null ? request.Offset + limit : Math.Max(request.Offset + limit, SemanticStage.FusionDepth);
        try
        {
            var lexical = lexicalRanker.Rank(searcher, request, filters, ordinals, depth, collectMatches: semanticRun is not null);
            notices.InsertRange(0, lexical.Notices);
            var semantic = semanticRun?.Join(notices);
            request.Cancellation.ThrowIfCancellationRequested();
            if (semantic is not null && request.AllWords && lexical.Text is not null && request.Mode != SearchMode.Semantic)
                semantic = semantic.Within(TextMatches(searcher, lexical.Text, request.Cancellation));

            var fused = semantic is null
                ? FusionStep.LexicalOnly(lexical.Ranked)
                : FusionStep.Fuse(lexical.Ranked, semantic.Hits, request.Mode == SearchMode.Semantic, SemanticRatios.For(request), lexical.Matched);
            var facets = FacetStep.Count(searcher, request, ordinals, filters, lexical, semantic, fused);
            var snippets = request.Snippets ? new SnippetBuilder(lexical.Terms) : null;
            var passages = semantic is null ? null : new PassageSnippets(reader, semantic.Words);
            var hits = PageStep.Build(reader, fused, request.Offset, limit, snippets, passages);
            var total = semantic is null ? lexical.Total
                : request.Mode == SearchMode.Semantic ? semantic.Hits.Count
                : lexical.Total + fused.SemanticOnlyDocs.Count;
            return new SearchResult
            {
                Query = request.Query ?? "",
                Total = total,
                Suggestion = lexical.Suggestion,
                Hits = hits,
                Facets = facets,
                Notices = [.. notices.Select(n => n.Message)],
                NoticeCodes = [.. notices.Select(n => n.Code)],
                Mode = semantic is null ? "lexical" : ModeName(request.Mode),
                TookMs = clock.Elapsed.TotalMilliseconds,
            };
        }
        finally
        {
            semanticRun?.Abandon(); // after a failure, no chunk may outlive the lease
        }
    }

    /// <summary>
    /// Every episode the words match, whatever the filters: with <see cref="SearchRequest.AllWords"/> a semantic hit
    /// (in any facet view) counts only if it has all the words.
    /// </summary>
    private static Lucene.Net.Util.FixedBitSet TextMatches(IndexSearcher searcher, Query text, CancellationToken cancellation)
    {
        var matches = new MatchSetCollector(searcher.IndexReader.MaxDoc);
        searcher.Search(text, CancellableCollector.Wrap(matches, cancellation));
        return matches.Docs;
    }

    public static string ModeName(SearchMode mode) => mode switch
    {
        SearchMode.Semantic => "semantic",
        SearchMode.Hybrid => "hybrid",
        _ => "lexical",
    };
}
