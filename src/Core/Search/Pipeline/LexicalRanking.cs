using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// What the lexical ranker hands on: the best documents with their BM25 scores (top-level ids, before paging),
/// the exact number of matches, the match set (for hybrid totals and facets), facet counts of the unfiltered
/// facet fields collected in the same pass, and the query and terms the page step marks in snippets.
/// </summary>
internal sealed record LexicalRanking
{
    public required ScoreDoc[] Ranked { get; init; }
    public required int Total { get; init; }
    /// <summary>The rewritten text query without filters; null when the request has no searchable text.</summary>
    public required Query? Text { get; init; }
    /// <summary>Every document the lexical query with the request's filters matched (all of them when it has no text); null unless asked for (hybrid and semantic).</summary>
    public required FixedBitSet? Matched { get; init; }
    /// <summary>Counts of <see cref="CountedFields"/> (the requested facets whose field is not filtered) over the matches.</summary>
    public required FacetCountsCollector? Counts { get; init; }
    public required List<string> CountedFields { get; init; }
    public required HashSet<Term> Terms { get; init; }
    public required string? Suggestion { get; init; }
    /// <summary>What to tell the user about the query (syntax fallbacks, relaxed words), in order.</summary>
    public required IReadOnlyList<SearchNotice> Notices { get; init; }
}
