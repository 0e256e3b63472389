using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

public class EditDistanceTests
{
    [Theory]
    [InlineData("fault", "fault", 0)]
    [InlineData("fualt", "fault", 1)]
    [InlineData("cesarni", "cesarini", 1)]
    [InlineData("javscript", "javascript", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }
}
