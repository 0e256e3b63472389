using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search.Pipeline;

/// <summary>
/// A request's filters, built once per request and read by every stage: the request's own filter and, for each
/// requested facet whose field is itself filtered, the same filter without that field (disjunctive counts).
/// </summary>
internal sealed class SearchFilters
{
    public SearchFilters(SearchRequest request, FacetOrdinals ordinals)
    {
        Request = FilterBuilder.Build(request, ordinals);
        DisjunctiveFields = request.Facets.Distinct().Where(request.Filters.ContainsKey).ToList();
        Without = DisjunctiveFields.ToDictionary(field => field, field => FilterBuilder.Build(request, ordinals, without: field), StringComparer.Ordinal);
    }

    /// <summary>The request's filter (null: none).</summary>
    public Filter? Request { get; }
    /// <summary>The requested facet fields that are also filtered, in request order.</summary>
    public List<string> DisjunctiveFields { get; }
    /// <summary>Per disjunctive field, the request's filter without that field.</summary>
    public IReadOnlyDictionary<string, Filter?> Without { get; }

    /// <summary>The filter to count <paramref name="field"/> under: without its own filter when it is filtered.</summary>
    public Filter? For(string field) => Without.TryGetValue(field, out var without) ? without : Request;

    /// <summary><paramref name="text"/> (null: every episode) restricted to episodes and to <paramref name="filter"/>.</summary>
    public static Query Filtered(Query? text, Filter? filter)
    {
        var query = EpisodesOnly(text);
        return filter is null ? query : new FilteredQuery(query, filter);
    }

    /// <summary>Notes that are not episodes (show pages, blog posts) may be in the index; search never returns them.</summary>
    public static Query EpisodesOnly(Query? query) => new BooleanQuery
    {
        { query ?? new MatchAllDocsQuery(), Occur.MUST },
        { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindOther)), Occur.MUST_NOT },
    };
}
