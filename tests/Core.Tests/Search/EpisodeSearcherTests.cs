using PodSearch.Core.Notes;
using PodSearch.Core.Indexing;
using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

public sealed class EpisodeSearcherTests(SearchTestIndex index) : IClassFixture<SearchTestIndex>
{
    private static readonly IReadOnlyList<Episode> RealEpisodes =
        SearchTestIndex.Episodes.Where(e => e.Kind == EpisodeKind.Episode).ToList();

    private SearchResult Search(string? query, Func<SearchRequest, SearchRequest>? adjust = null)
    {
        var request = new SearchRequest { Query = query, Limit = 50 };
        return index.Searcher.Search(adjust is null ? request : adjust(request));
    }

    private static Dictionary<string, IReadOnlyList<string>> Filter(string field, params string[] values) => new() { [field] = values };

    [Fact]
    public void TitleMatchesOutrankTranscriptMentions()
    {
        var result = Search("fault tolerant");

        Assert.Equal("beam-talk/001-supervisors", result.Hits[0].Id);
        // Every episode saying "fault tolerant"/"fault tolerance" anywhere is found (stemming), the index page is not.
        var expected = RealEpisodes.Where(e => Mentions(e, "fault")).Select(e => e.Id).Order();
        Assert.Equal(expected, result.Hits.Select(h => h.Id).Order());
        Assert.Equal(result.Hits.Count, result.Total);
        Assert.Equal("lexical", result.Mode);
    }

    [Fact]
    public void WithoutSnippetsTheRankingIsTheSameAndNoSnippetIsBuilt()
    {
        var full = Search("fault tolerant");
        var bare = Search("fault tolerant", r => r with { Snippets = false });

        Assert.Contains(full.Hits, h => h.Snippets.Count > 0);
        Assert.Equal(full.Hits.Select(h => h.Id), bare.Hits.Select(h => h.Id));
        Assert.Equal(full.Total, bare.Total);
        Assert.All(bare.Hits, h => Assert.Empty(h.Snippets));
    }

    [Fact]
    public void GuestPrefixMatchesTheNameInAnyAccentAndCase()
    {
        var expected = RealEpisodes.Where(e => e.Guests.Contains("Saša Jurić")).Select(e => e.Id).Order().ToList();

        Assert.Equal(expected, Search("guest:\"sasa juric\"").Hits.Select(h => h.Id).Order());
        Assert.Equal(expected, Search("guest:\"Saša Jurić\"").Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void FilterValuesIgnoreAccentsAndCaseAndOrWithinAField()
    {
        var result = Search(null, r => r with { Filters = Filter(IndexSchema.Guest, "sasa JURIC", "Noor Haddad") });

        var expected = RealEpisodes.Where(e => e.Guests.Contains("Saša Jurić") || e.Guests.Contains("Noor Haddad")).Select(e => e.Id).ToList();
        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void FiltersAndAcrossFields()
    {
        var result = Search(null, r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Guest] = ["Saša Jurić"], [IndexSchema.Podcast] = ["yarn-circle"] },
        });

        Assert.Equal(["yarn-circle/011-tolerance"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FilterOnlySearchesListNewestFirstAndOldestOnRequest()
    {
        var newest = Search(null, r => r with { Filters = Filter(IndexSchema.Host, "Ada Quill") });
        var oldest = Search(null, r => r with { Filters = Filter(IndexSchema.Host, "Ada Quill"), Sort = SearchSort.Oldest });

        var expected = RealEpisodes.Where(e => e.Hosts.Contains("Ada Quill")).OrderByDescending(e => e.Date).Select(e => e.Id).ToList();
        Assert.Equal(expected, newest.Hits.Select(h => h.Id));
        Assert.Equal(expected.AsEnumerable().Reverse(), oldest.Hits.Select(h => h.Id));
    }

    [Fact]
    public void DateAndDurationRangesAreInclusive()
    {
        var result = Search(null, r => r with { From = new DateTime(2019, 3, 5), To = new DateTime(2020, 6, 1) });

        var expected = RealEpisodes.Where(e => e.Date!.Value.Date >= new DateTime(2019, 3, 5) && e.Date.Value.Date <= new DateTime(2020, 6, 1));
        Assert.Equal(expected.Select(e => e.Id).Order(), result.Hits.Select(h => h.Id).Order());

        var longOnes = Search(null, r => r with { MinDurationSeconds = 3000 });
        Assert.Equal(RealEpisodes.Where(e => e.DurationSeconds >= 3000).Select(e => e.Id).Order(), longOnes.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void PagesAreSlicesOfTheSameRankingWithAnExactTotal()
    {
        var all = Search(null, r => r with { Limit = 100 });
        var page = Search(null, r => r with { Offset = 3, Limit = 2 });

        Assert.Equal(RealEpisodes.Count, all.Total);
        Assert.Equal(RealEpisodes.Count, page.Total);
        Assert.Equal(all.Hits.Skip(3).Take(2).Select(h => h.Id), page.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FacetCountsCoverTheWholeMatchSetAndAreDisjunctiveForFilteredFields()
    {
        var result = Search(null, r => r with
        {
            Filters = Filter(IndexSchema.Podcast, "beam-talk"),
            Facets = [IndexSchema.Podcast, IndexSchema.Guest, IndexSchema.Year],
            Limit = 1,
        });

        var beam = RealEpisodes.Where(e => e.Podcast == "beam-talk").ToList();
        Assert.Equal(beam.Count, result.Total);
        // The podcast facet is counted as if its filter were off: every show with its full count.
        var perShow = RealEpisodes.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(perShow, result.Facets[IndexSchema.Podcast].ToDictionary(v => v.Value!, v => v.Count));
        var guests = beam.SelectMany(e => e.Guests).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(guests, result.Facets[IndexSchema.Guest].ToDictionary(v => v.Value!, v => v.Count));
        var years = beam.GroupBy(e => e.Date!.Value.Year.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(years, result.Facets[IndexSchema.Year].ToDictionary(v => v.Value!, v => v.Count));
    }

    [Fact]
    public void FacetTopNEndsWithTheRest()
    {
        var result = Search(null, r => r with { Facets = [IndexSchema.Guest], FacetTop = 1 });

        var counts = RealEpisodes.SelectMany(e => e.Guests).GroupBy(g => g).Select(g => g.Count()).OrderDescending().ToList();
        var guests = result.Facets[IndexSchema.Guest];
        Assert.Equal(2, guests.Count);
        Assert.Equal(counts[0], guests[0].Count);
        Assert.Null(guests[1].Value);
        Assert.Equal(counts.Skip(1).Sum(), guests[1].Count);
    }

    [Fact]
    public void FacetValuesByPrefixMatchAnyWordOfTheValue()
    {
        var values = index.Searcher.FacetValues(IndexSchema.Guest, prefix: "ko");

        Assert.Equal([new FacetValue("Ines Kowalczyk", 2)], values);
        Assert.Equal(["Saša Jurić"], index.Searcher.FacetValues(IndexSchema.Guest, prefix: "sa").Select(v => v.Value));
    }

    [Fact]
    public void MisspeltWordsStillFindTheEpisodeBelowExactMatchesWithASuggestion()
    {
        var result = Search("Kowalcyzk");

        Assert.Equal(
            RealEpisodes.Where(e => e.Guests.Contains("Ines Kowalczyk")).Select(e => e.Id).Order(),
            result.Hits.Select(h => h.Id).Order());
        Assert.Equal("Kowalczyk", result.Suggestion);

        var mixed = Search("postmortems colourwrok");
        Assert.Equal("postmortems colourwork", mixed.Suggestion);
        Assert.Contains(mixed.Hits, h => h.Id == "yarn-circle/012-colour");
    }

    [Fact]
    public void KnownWordsGetNoSuggestion() => Assert.Null(Search("supervisors").Suggestion);

    [Fact]
    public void PhrasesMatchOnlyAdjacentWordsWithinOneTurn()
    {
        var result = Search("\"dropped stitch\"");
        Assert.Equal(["yarn-circle/010-knitting-code"], result.Hits.Select(h => h.Id));

        Assert.Equal(0, Search("\"stitch dropped\"").Total);
    }

    [Fact]
    public void NotExcludes()
    {
        var result = Search("fault -knitting -garments");

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Hits, h => h.Id.StartsWith("yarn-circle/", StringComparison.Ordinal));
    }

    [Fact]
    public void TypedWordsMatchAnyOfThemAndMoreOfThemRankHigher()
    {
        // No episode has both words: each one that has either is found, without a notice.
        var result = Search("supervisors colourwork");
        Assert.Equal(2, result.Total);
        Assert.DoesNotContain(result.Notices, n => n.Contains("words"));

        // Four episodes say "fault tolerant"; the one that also has "supervisors" (its title) leads.
        var ranked = Search("fault tolerant supervisors").Hits.Select(h => h.Id).ToList();
        Assert.Equal("beam-talk/001-supervisors", ranked[0]);
        Assert.Contains("night-shift/100-on-call", ranked);
    }

    [Fact]
    public void AllWordsKeepsOnlyEpisodesWithEveryWord()
    {
        // The default finds either word; all-words finds none, as no episode has both.
        Assert.Equal(0, Search("supervisors colourwork", r => r with { AllWords = true }).Total);

        var all = Search("fault tolerant supervisors", r => r with { AllWords = true });
        var expected = RealEpisodes.Where(e => Mentions(e, "fault") && Mentions(e, "supervisor")).Select(e => e.Id).Order();
        Assert.Equal(expected, all.Hits.Select(h => h.Id).Order());
        Assert.True(all.Total < Search("fault tolerant supervisors").Total);
    }

    [Fact]
    public void ExplicitSyntaxKeepsItsMeaning()
    {
        Assert.Equal(["beam-talk/001-supervisors"], Search("fault AND supervisors").Hits.Select(h => h.Id));
        Assert.Equal(["beam-talk/001-supervisors"], Search("+fault +supervisors").Hits.Select(h => h.Id));
        Assert.DoesNotContain(Search("fault -supervisors").Hits, h => h.Id == "beam-talk/001-supervisors");
        Assert.All(Search("title:supervisors tolerant").Hits, h => Assert.Equal("beam-talk/001-supervisors", h.Id));
    }

    [Fact]
    public void SnippetsMarkStemmedMatchesAndNameTheSpeaker()
    {
        var hit = Search("tolerant").Hits.Single(h => h.Id == "beam-talk/002-releases");

        var snippet = Assert.Single(hit.Snippets, s => s.Field == IndexSchema.Transcript);
        Assert.Equal("Mirela Petrović", snippet.Speaker);
        Assert.Contains("<mark>tolerance</mark>", snippet.Text);
    }

    [Fact]
    public void SnippetsAreEscapedAndLimitedToThree()
    {
        foreach (var hit in Search("the OR a OR supervisor OR restart OR crash OR pattern").Hits)
        {
            Assert.InRange(hit.Snippets.Count, 0, 3);
            foreach (var snippet in hit.Snippets)
                Assert.DoesNotContain("<", snippet.Text.Replace("<mark>", "").Replace("</mark>", ""));
        }
    }

    [Fact]
    public void SimilarEpisodesShareWordsOrPeopleAndExcludeTheEpisodeItself()
    {
        var result = index.Searcher.Similar("beam-talk/001-supervisors");

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Hits, h => h.Id == "beam-talk/001-supervisors");
        Assert.Contains(result.Hits.Take(3), h => h.Id == "yarn-circle/011-tolerance" || h.Id.StartsWith("beam-talk/", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowReturnsTheStoredEpisodeWithItsTranscript()
    {
        var episode = index.Searcher.Show("yarn-circle/010-knitting-code");

        Assert.NotNull(episode);
        Assert.Equal(2, episode.Transcript.Count);
        Assert.Null(index.Searcher.Show("no/such-episode"));
    }

    [Fact]
    public void UnknownFacetFieldsAreRequestErrors()
    {
        var error = Assert.Throws<SearchRequestException>(() => Search(null, r => r with { Facets = ["colour"] }));
        Assert.Equal("unknown_facet", error.Code);
    }

    [Fact]
    public void StatsCountEpisodesPerShowAndPeople()
    {
        var stats = index.Searcher.Stats();

        Assert.Equal(RealEpisodes.Count, stats.Episodes);
        Assert.Equal(RealEpisodes.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.Count()),
            stats.EpisodesPerShow.ToDictionary(v => v.Value!, v => v.Count));
        Assert.Equal(RealEpisodes.SelectMany(e => e.Guests.Concat(e.Hosts)).Distinct().Count(), stats.People);
    }

    private static bool Mentions(Episode episode, string word) =>
        new[] { episode.Title, episode.Summary ?? "" }.Concat(episode.Transcript.Select(t => t.Text)).Concat(episode.Topics.Select(t => t.Text))
            .Any(text => text.Contains(word, StringComparison.OrdinalIgnoreCase));
}
