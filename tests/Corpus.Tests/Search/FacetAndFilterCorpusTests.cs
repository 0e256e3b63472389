using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Core.Search;

namespace PodSearch.Corpus.Tests.Search;

/// <summary>Issue 3, must show 1: filters and facet counts agree with the parsed notes for every person, show and year.</summary>
[Collection(SearchCorpusCollection.Name)]
public sealed class FacetAndFilterCorpusTests(SearchCorpusFixture corpus)
{
    private const int AllValues = 1_000_000;

    [SkippableFact]
    public void EveryGuestFilterReturnsExactlyTheEpisodesNamingThatGuest() =>
        CheckPeople(IndexSchema.Guest, e => e.Guests);

    [SkippableFact]
    public void EveryHostFilterReturnsExactlyTheEpisodesNamingThatHost() =>
        CheckPeople(IndexSchema.Host, e => e.Hosts);

    [SkippableFact]
    public void GuestAndHostFacetCountsEqualTheParsedCounts()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var result = corpus.Searcher!.Search(new SearchRequest { Facets = [IndexSchema.Guest, IndexSchema.Host], FacetTop = AllValues, Limit = 0 });

        Assert.Equal(corpus.Episodes.Count, result.Total);
        AssertCounts(Count(e => e.Guests), result.Facets[IndexSchema.Guest]);
        AssertCounts(Count(e => e.Hosts), result.Facets[IndexSchema.Host]);
    }

    [SkippableFact]
    public void PerShowFiltersAndCountsEqualTheParsedNotes()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var expected = corpus.Episodes.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToHashSet());

        var facets = corpus.Searcher!.Search(new SearchRequest { Facets = [IndexSchema.Podcast], FacetTop = AllValues, Limit = 0 });
        AssertCounts(expected.ToDictionary(p => p.Key, p => p.Value.Count), facets.Facets[IndexSchema.Podcast]);
        foreach (var (show, ids) in expected)
        {
            var found = corpus.AllIds(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Podcast] = [show] } });
            Assert.True(ids.SetEquals(found), $"podcast {show}: expected {ids.Count}, found {found.Count}");
        }
        Console.WriteLine($"shows checked: {expected.Count}");
    }

    [SkippableFact]
    public void PerYearFiltersAndCountsEqualTheParsedNotes()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var expected = corpus.Episodes.Where(e => e.Date is not null)
            .GroupBy(e => e.Date!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToHashSet());

        var facets = corpus.Searcher!.Search(new SearchRequest { Facets = [IndexSchema.Year], FacetTop = AllValues, Limit = 0 });
        AssertCounts(expected.ToDictionary(p => p.Key, p => p.Value.Count), facets.Facets[IndexSchema.Year]);
        foreach (var (year, ids) in expected)
        {
            var found = corpus.AllIds(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Year] = [year] } });
            Assert.True(ids.SetEquals(found), $"year {year}: expected {ids.Count}, found {found.Count}");
            // The same set by date range: the year's first to last day.
            var byRange = corpus.AllIds(new SearchRequest { From = new DateTime(int.Parse(year), 1, 1), To = new DateTime(int.Parse(year), 12, 31) });
            Assert.True(ids.SetEquals(byRange), $"year {year} as a date range: expected {ids.Count}, found {byRange.Count}");
        }
    }

    [SkippableFact]
    public void FilteredFacetsAreDisjunctiveForTheirOwnField()
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var result = corpus.Searcher!.Search(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Podcast] = ["elixir-mix"] },
            Facets = [IndexSchema.Podcast, IndexSchema.Year],
            FacetTop = AllValues,
        });

        var elixir = corpus.Episodes.Where(e => e.Podcast == "elixir-mix").ToList();
        Assert.Equal(elixir.Count, result.Total);
        AssertCounts(corpus.Episodes.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.Count()), result.Facets[IndexSchema.Podcast]);
        AssertCounts(elixir.Where(e => e.Date is not null).GroupBy(e => e.Date!.Value.Year.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            result.Facets[IndexSchema.Year]);
    }

    private void CheckPeople(string field, Func<Episode, IReadOnlyList<string>> people)
    {
        Skip.If(corpus.Searcher is null, "../shared/corpus is not present");
        var byKey = new Dictionary<string, (string Name, HashSet<string> Ids)>(StringComparer.Ordinal);
        foreach (var episode in corpus.Episodes)
        {
            foreach (var name in people(episode))
            {
                var key = SearchCorpusFixture.PersonKey(name);
                if (key.Length == 0)
                    continue;
                if (!byKey.TryGetValue(key, out var entry))
                    byKey[key] = entry = (name, new HashSet<string>(StringComparer.Ordinal));
                entry.Ids.Add(episode.Id);
            }
        }
        var mismatches = new List<string>();
        foreach (var (_, (name, ids)) in byKey)
        {
            var found = corpus.AllIds(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [field] = [name] } });
            if (!ids.SetEquals(found))
                mismatches.Add($"{field} '{name}': expected {ids.Count} episodes, found {found.Count}");
        }
        Console.WriteLine($"{field}: {byKey.Count} people checked, {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    private Dictionary<string, int> Count(Func<Episode, IReadOnlyList<string>> values) => corpus.Episodes
        .SelectMany(e => values(e).Select(SearchCorpusFixture.Display).Where(v => v.Length > 0).Distinct())
        .GroupBy(v => v, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void AssertCounts(Dictionary<string, int> expected, IReadOnlyList<FacetValue> actual)
    {
        Assert.DoesNotContain(actual, v => v.Value is null);
        var found = actual.ToDictionary(v => v.Value!, v => v.Count, StringComparer.Ordinal);
        var wrong = expected.Where(p => found.GetValueOrDefault(p.Key) != p.Value).Select(p => $"{p.Key}: expected {p.Value}, counted {found.GetValueOrDefault(p.Key)}")
            .Concat(found.Keys.Except(expected.Keys).Select(k => $"{k}: counted {found[k]}, not in the notes"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }
}
