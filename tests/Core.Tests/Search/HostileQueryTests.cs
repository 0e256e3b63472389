using CsCheck;
using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

/// <summary>Whatever people type, search answers: a result (maybe with a notice), never an exception.</summary>
public sealed class HostileQueryTests(SearchTestIndex index) : IClassFixture<SearchTestIndex>
{
    public static TheoryData<string> Hostile() => new()
    {
        "\"fault tolerant",
        "fault tolerant\"",
        "(supervisors AND",
        "supervisors)",
        "[2019 TO",
        "{a TO b]",
        "*",
        "?",
        "*:*",
        "title:",
        ":",
        "AND",
        "OR OR NOT",
        "+-+-",
        "\\",
        "~",
        "fault~~2",
        "fault^",
        "guest:\"",
        "podcast:(",
        "year:[* TO *]",
        "/regex[/",
        "a\u0000b\u0007c\u001b[31m",
        "\u200b\u200e\ufeff",
        "\ud800",
        new string('(', 5000) + "x" + new string(')', 5000),
        new string('(', 300),
        string.Join(' ', Enumerable.Repeat("supervisors", 2000)),
        new string('x', 10_240),
        string.Concat(Enumerable.Repeat("fault OR ", 1500)),
        string.Concat(Enumerable.Repeat("a* ", 8)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileQueriesReturnAResult(string query)
    {
        var result = index.Searcher.Search(new SearchRequest { Query = query, Facets = ["guest"] });

        Assert.InRange(result.Total, 0, SearchTestIndex.Episodes.Count);
        Assert.True(result.Hits.Count <= result.Total);
    }

    [Theory]
    [InlineData("a* ")]
    [InlineData("fault~2 ")]
    [InlineData("/fa.*/ ")]
    public void MoreThanEightExpandingTermsAreRefusedBeforeTheSearchRuns(string term)
    {
        // Each walks the term dictionary of every field: a thousand of them cost seconds of CPU per request.
        var error = Assert.Throws<SearchRequestException>(() =>
            index.Searcher.Search(new SearchRequest { Query = string.Concat(Enumerable.Repeat(term, 1000)) }));

        Assert.Equal("query_too_expensive", error.Code);
        Assert.Equal("q", error.Parameter);
        index.Searcher.Search(new SearchRequest { Query = string.Concat(Enumerable.Repeat(term, EpisodeQueryParser.MaxExpandedTerms)) });
    }

    [Fact]
    public void SyntaxErrorsFallBackToTheWordsAndSaySo()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = "\"dropped stitch" });

        Assert.Contains(result.Notices, n => n.Contains("searched for its words instead"));
        Assert.Equal(["yarn-circle/010-knitting-code"], result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void DeepNestingIsNotParsedRecursively()
    {
        var result = index.Searcher.Search(new SearchRequest { Query = new string((char)40, 100) + "colourwork" + new string((char)41, 100) });

        Assert.Equal(["yarn-circle/012-colour"], result.Hits.Select(h => h.Id));
        Assert.NotEmpty(result.Notices);
    }

    [Fact]
    public void RandomStringsNeverThrow()
    {
        var syntax = Gen.OneOf<string>("\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "+", "-", "!", "\\", "/", "&&", "||",
            " AND ", " OR ", " NOT ", " TO ", "title:", "guest:", "podcast:", "year:", "fault", "Saša", "\u0000", " ");
        var pieces = Gen.OneOf<string>(syntax, Gen.String[0, 8], Gen.Char.Select(c => c.ToString()));
        var queries = pieces.Array[0, 40].Select(p => string.Concat(p));

        queries.Sample(query =>
        {
            try
            {
                var result = index.Searcher.Search(new SearchRequest { Query = query, Limit = 3, Facets = ["podcast"] });
                Assert.InRange(result.Total, 0, SearchTestIndex.Episodes.Count);
            }
            catch (SearchRequestException ex) when (ex.Code == "query_too_expensive")
            {
                // The one refusal a typed query may get: more than eight wildcard or fuzzy terms.
            }
        }, iter: 500);
    }
}
