using Lucene.Net.Search;
using PodSearch.Core.Search;

namespace PodSearch.Core.Semantic;

/// <summary>
/// What the lexical search of a request produced, handed to <see cref="HybridSearch"/> so that fusion reuses it
/// instead of searching again: the ranked documents, the exact total, the query that matched them (filters
/// included) and how to build the filtered query and a hit, as <see cref="EpisodeSearcher"/> does.
/// </summary>
internal sealed record LexicalOutcome
{
    public required ScoreDoc[] Ranked { get; init; }
    public required int Total { get; init; }
    /// <summary>The lexical query with the request's filters, or null when the request has no text.</summary>
    public required Query? Matching { get; init; }
    /// <summary>Every document the lexical query (with filters) matched, top-level ids; null when the request has no text.</summary>
    public required Lucene.Net.Util.FixedBitSet? Matched { get; init; }
    /// <summary>Facet counts of the lexical matches for <see cref="CountedFields"/> (the facets whose field is not filtered), if any.</summary>
    public required FacetCountsCollector? Counts { get; init; }
    public required List<string> CountedFields { get; init; }
    /// <summary>The request's filter leaving out one facet field (null: none left out), for disjunctive counts.</summary>
    public required Func<string?, Filter?> FilterWithout { get; init; }
    /// <summary>The lexical query with the given filter; for disjunctive facet counts.</summary>
    public required Func<Filter?, Query> Filtered { get; init; }
    /// <summary>Builds the hits (display fields and lexical snippets) of a page of top-level documents.</summary>
    public required Func<IReadOnlyList<ScoreDoc>, List<EpisodeHit>> ToHits { get; init; }
    public required FacetOrdinals Ordinals { get; init; }
}
