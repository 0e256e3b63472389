using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Search;

/// <summary>
/// Turns a request's filters into one Lucene filter: values OR within a field, fields AND together,
/// plus date and duration ranges. Typed values are resolved to stored facet values by folded key, so
/// <c>--guest "sasa juric"</c> selects <c>Saša Jurić</c>. Only episodes are returned, never notes of kind other.
/// </summary>
internal static class FilterBuilder
{
    /// <summary>The filter of <paramref name="request"/>, leaving out the facet field <paramref name="without"/> (disjunctive counting), or null when nothing is filtered.</summary>
    public static Filter? Build(SearchRequest request, FacetOrdinals ordinals, string? without = null)
    {
        var clauses = new BooleanFilter();
        foreach (var (field, typedValues) in request.Filters)
        {
            if (field == without || typedValues.Count == 0)
                continue;
            var terms = typedValues
                .SelectMany(v => ordinals.Resolve(field, v) is { Count: > 0 } found ? found : [v])
                .Distinct(StringComparer.Ordinal)
                .Select(v => new Term(field, v))
                .ToList();
            clauses.Add(new TermsFilter(terms), Occur.MUST);
        }
        if (request.EpisodeIds is { } ids)
        {
            // TermsFilter refuses an empty list; an id no episode has matches nothing, as an empty set should.
            var idTerms = ids.Count == 0 ? [new Term(IndexSchema.Id, "\u0000none")] : ids.Select(id => new Term(IndexSchema.Id, id)).ToList();
            clauses.Add(new TermsFilter(idTerms), Occur.MUST);
        }
        if (request.From is not null || request.To is not null)
        {
            long? from = request.From?.Date.Ticks;
            long? to = request.To is { } end ? end.Date.AddDays(1).Ticks - 1 : null;
            clauses.Add(NumericRangeFilter.NewInt64Range(IndexSchema.DateTicks, from, to, true, true), Occur.MUST);
        }
        if (request.MinDurationSeconds is not null || request.MaxDurationSeconds is not null)
        {
            clauses.Add(NumericRangeFilter.NewInt32Range(IndexSchema.DurationSeconds,
                request.MinDurationSeconds, request.MaxDurationSeconds, true, true), Occur.MUST);
        }
        return clauses.Clauses.Count == 0 ? null : clauses;
    }

    /// <summary>Checks a request before any work: unknown filter fields and inverted ranges are the caller's mistake.</summary>
    public static void Validate(SearchRequest request)
    {
        foreach (var field in request.Filters.Keys.Concat(request.Facets))
        {
            if (!IndexSchema.FacetFields.Contains(field))
                throw new SearchRequestException("unknown_facet",
                    $"unknown facet field '{field}'; use one of {string.Join(", ", IndexSchema.FacetFields)}");
        }
        if (request.From > request.To)
            throw new SearchRequestException("invalid_range", $"from ({request.From:yyyy-MM-dd}) is after to ({request.To:yyyy-MM-dd})");
        if (request.MinDurationSeconds > request.MaxDurationSeconds)
            throw new SearchRequestException("invalid_range", "the minimum duration is above the maximum");
        if (request.Offset < 0)
            throw new SearchRequestException("invalid_paging", "offset must not be negative");
        if (request.Limit < 0)
            throw new SearchRequestException("invalid_paging", "limit must not be negative");
    }
}
