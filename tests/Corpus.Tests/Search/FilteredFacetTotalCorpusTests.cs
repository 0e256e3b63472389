using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.Corpus.Tests.Search;

/// <summary>
/// Issue 13: with a show and a year filtered and both counted, the selected show's and year's counts are the
/// total (every match has that show and that year). Seen broken in hybrid mode: total 19 beside "Elixir Mix 16",
/// because each disjunctive count kept only the semantic hits above its own view's similarity floor.
/// </summary>
[Collection(SearchCorpusCollection.Name)]
public sealed class FilteredFacetTotalCorpusTests(SearchCorpusFixture corpus)
{
    [SkippableTheory]
    [InlineData("testing", "elixir-mix", "2019", SearchMode.Hybrid)]
    [InlineData("testing", "elixir-mix", "2019", SearchMode.Semantic)]
    [InlineData("testing", "elixir-mix", "2019", SearchMode.Lexical)]
    [InlineData("javascript frameworks", "js-jabber", "2018", SearchMode.Hybrid)]
    [InlineData("how teams review code", "ruby-rogues", "2017", SearchMode.Hybrid)]
    public void SelectedShowAndYearCountEveryMatch(string query, string podcast, string year, SearchMode mode)
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var result = corpus.Searcher!.Search(new SearchRequest
        {
            Query = query,
            Mode = mode,
            Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Podcast] = [podcast], [IndexSchema.Year] = [year] },
            Facets = [IndexSchema.Podcast, IndexSchema.Year],
            FacetTop = 1000,
        });
        Skip.If(result.Total == 0, $"no match for '{query}' in {podcast} {year}");
        Assert.Equal(result.Total, CountOf(result.Facets[IndexSchema.Podcast], podcast));
        Assert.Equal(result.Total, CountOf(result.Facets[IndexSchema.Year], year));
    }

    [SkippableFact]
    public void EveryShowAndYearPairAgreesWithItsTotal()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var pairs = corpus.Episodes.Where(e => e.Date is not null)
            .Select(e => (e.Podcast, Year: e.Date!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().ToList();
        var wrong = new List<string>();
        foreach (var query in new[] { "testing", "performance", "how to hire developers", "functional programming" })
            foreach (var (podcast, year) in pairs)
            {
                var result = corpus.Searcher!.Search(new SearchRequest
                {
                    Query = query,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Podcast] = [podcast], [IndexSchema.Year] = [year] },
                    Facets = [IndexSchema.Podcast, IndexSchema.Year],
                    FacetTop = 1000,
                    Limit = 0,
                });
                if (result.Total == 0)
                    continue;
                var (show, inYear) = (CountOf(result.Facets[IndexSchema.Podcast], podcast), CountOf(result.Facets[IndexSchema.Year], year));
                if (show != result.Total || inYear != result.Total)
                    wrong.Add($"{query} / {podcast} {year}: total {result.Total}, show {show}, year {inYear}");
            }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static int CountOf(IReadOnlyList<FacetValue> values, string value) =>
        values.SingleOrDefault(v => v.Value == value)?.Count ?? 0;
}
