using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

/// <summary>
/// The BM25 baseline of <c>podsearch eval</c>: the query's words ORed over one field of every text, stock English
/// analysis, no synonyms or typo expansion, the request's filters applied.
/// </summary>
public sealed class BaselineRankingTests(SearchTestIndex index) : IClassFixture<SearchTestIndex>
{
    private List<string> Ids(SearchRequest request) => index.Searcher.SearchBaseline(request).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void AnyWordMatchesAndMoreMatchingWordsRankHigher()
    {
        // "supervisors" is only in 001, "knitting" only in 010 and 011's transcript: OR finds them all.
        var ids = Ids(new SearchRequest { Query = "supervisors knitting" });

        Assert.Contains("beam-talk/001-supervisors", ids);
        Assert.Contains("yarn-circle/010-knitting-code", ids);
        Assert.Contains("yarn-circle/011-tolerance", ids);
        var result = index.Searcher.SearchBaseline(new SearchRequest { Query = "fault tolerant supervisors" });
        Assert.Equal("baseline", result.Mode);
        Assert.Equal("beam-talk/001-supervisors", result.Hits[0].Id); // title, summary and transcript words together
    }

    [Fact]
    public void TheTranscriptAndTagsAreSearchedButTyposAreNotExpanded()
    {
        Assert.Contains("yarn-circle/010-knitting-code", Ids(new SearchRequest { Query = "stack trace" }));
        Assert.Contains("beam-talk/002-releases", Ids(new SearchRequest { Query = "deployment" })); // a tag only
        Assert.Empty(Ids(new SearchRequest { Query = "knittting" })); // the lexical ranking corrects this typo; the baseline does not
        Assert.DoesNotContain("night-shift/index", Ids(new SearchRequest { Query = "fault tolerant" })); // episodes only
    }

    [Fact]
    public void FiltersApply()
    {
        var ids = Ids(new SearchRequest
        {
            Query = "fault tolerant",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["podcast"] = ["yarn-circle"] },
        });

        Assert.Equal(["yarn-circle/011-tolerance"], ids);
    }
}
