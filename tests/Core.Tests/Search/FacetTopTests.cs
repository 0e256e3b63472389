using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

public class FacetTopTests
{
    private static readonly string[] Values = ["a", "b", "c", "d", "e"];

    [Fact]
    public void KeepsTheMostFrequentValuesAndSumsTheRest()
    {
        var top = FacetTop.Select(Values, [3, 9, 0, 5, 1], 2);

        Assert.Equal([new FacetValue("b", 9), new FacetValue("d", 5), new FacetValue(null, 4)], top);
    }

    [Fact]
    public void BreaksTiesByValueOrderAndOmitsTheRestEntryWhenNothingIsLeftOut()
    {
        var top = FacetTop.Select(Values, [2, 2, 2, 0, 0], 3);

        Assert.Equal([new FacetValue("a", 2), new FacetValue("b", 2), new FacetValue("c", 2)], top);
    }

    [Fact]
    public void HonoursTheAcceptFilter()
    {
        var top = FacetTop.Select(Values, [3, 9, 1, 5, 1], 10, ord => Values[ord] is "a" or "c");

        Assert.Equal([new FacetValue("a", 3), new FacetValue("c", 1)], top);
    }
}
