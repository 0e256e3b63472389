using PodSearch.SearchHost.Suggestions;

namespace PodSearch.SearchHost.Tests.Suggestions;

public sealed class SuggestionIndexTests
{
    private static readonly SuggestionIndex Index = new([
        new Suggestion(SuggestionKind.Guest, "Saša Jurić", "guest", "Saša Jurić", 3, false),
        new Suggestion(SuggestionKind.Guest, "Francesco Cesarini", "guest", "Francesco Cesarini", 2, false),
        new Suggestion(SuggestionKind.Host, "Frank Mills", "host", "Frank Mills", 40, false),
        new Suggestion(SuggestionKind.Episode, "Fault Tolerance at Scale", "id", "show/ep-1", 1, false),
        new Suggestion(SuggestionKind.Tag, "elixir", "tag", "elixir", 10, false),
    ]);

    private static List<string> Texts(string typed, int limit = 10) => Index.Suggest(typed, limit).Select(s => s.Text).ToList();

    [Fact]
    public void AccentsAndCaseDoNotMatter() => Assert.Equal(["Saša Jurić"], Texts("SASA JUR"));

    [Fact]
    public void AnyWordOfANameMayStartTheMatch() => Assert.Equal(["Francesco Cesarini"], Texts("cesar"));

    [Fact]
    public void ExactMatchesComeBeforeTyposAndBiggerCountsFirst()
    {
        // "fran" is a prefix of both names; the host with more episodes leads.
        Assert.Equal(["Frank Mills", "Francesco Cesarini"], Texts("fran"));
        var typo = Index.Suggest("cesarni", 10);
        Assert.Equal("Francesco Cesarini", Assert.Single(typo).Text);
        Assert.True(typo[0].Typo);
    }

    [Fact]
    public void TwoTyposAreTooMany() => Assert.Empty(Texts("cesrni tolerense"));

    [Fact]
    public void ShortWordsMustBeExact() => Assert.Empty(Texts("xl"));

    [Fact]
    public void LimitCutsTheList() => Assert.Single(Texts("f", 1));

    [Theory]
    [InlineData("tolerance", "tolerance", 0)]
    [InlineData("tolerance", "tolerence", 1)]  // substitution
    [InlineData("tolerance", "toleranc", 1)]   // deletion
    [InlineData("tolerance", "tolerances", 1)] // insertion
    [InlineData("tolerance", "toelrance", 1)]  // swap
    [InlineData("tolerance", "tloerancee", 2)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abc", "cab", 2)]
    public void EditDistanceStopsAtOne(string a, string b, int expected) => Assert.Equal(expected, EditDistance.AtMostOne(a, b));

    [Theory]
    [InlineData("cesa", "cesarini", 0)]
    [InlineData("cesr", "cesarini", 1)]
    [InlineData("csea", "cesarini", 1)]
    [InlineData("xesa", "cesarini", 1)]
    [InlineData("xxsa", "cesarini", 2)]
    public void PrefixDistanceForAWordBeingTyped(string typed, string word, int expected) =>
        Assert.Equal(expected, EditDistance.PrefixAtMostOne(typed, word));
}
