using PodSearch.Core.Search;
using PodSearch.Core.Search.Pipeline;

namespace PodSearch.Core.Tests.Search;

/// <summary>
/// Hybrid fusion weighs meaning by the query's shape unless the request gives a weight (issue 11): words lead for a
/// keyword query, meaning counts more for a query that describes an episode.
/// </summary>
public sealed class FusionWeightTests
{
    [Theory]
    [InlineData("kubernetes")]
    [InlineData("react native")]
    [InlineData("Kent C. Dodds")]
    [InlineData("the state of the art")] // stop words do not count: two words
    [InlineData("")]
    public void AKeywordQueryLetsWordsLead(string query) =>
        Assert.Equal(SemanticRatios.Keywords, SemanticRatios.For(new SearchRequest { Query = query }));

    [Theory]
    [InlineData("how teams keep on-call rotations from burning people out")]
    [InlineData("moving a large app between front-end frameworks")]
    public void ALongerQueryWeighsMeaningMore(string query) =>
        Assert.Equal(SemanticRatios.Sentence, SemanticRatios.For(new SearchRequest { Query = query }));

    [Fact]
    public void TheRequestsOwnWeightWins()
    {
        Assert.Equal(0.9, SemanticRatios.For(new SearchRequest { Query = "redis", SemanticRatio = 0.9 }));
        Assert.Equal(0.0, SemanticRatios.For(new SearchRequest { Query = "how teams keep on-call rotations humane", SemanticRatio = 0 }));
    }

    [Fact]
    public void ARequestWithoutAWeightLeavesItToTheShape()
    {
        var reader = new Core.Requests.SearchRequestReader(Core.Requests.SearchLimits.Default, Core.Requests.SearchRequestReader.CliNames);
        Assert.Null(reader.Read(p => p == Core.Requests.SearchParameters.Query ? ["redis"] : []).SemanticRatio);
        Assert.Equal(0.3, reader.Read(p => p == Core.Requests.SearchParameters.Query ? ["redis"]
            : p == Core.Requests.SearchParameters.SemanticRatio ? ["0.3"] : []).SemanticRatio);
    }

    [Fact]
    public void KeywordQueriesLeanOnWordsMoreThanSentences() => Assert.True(SemanticRatios.Keywords < SemanticRatios.Sentence);
}
