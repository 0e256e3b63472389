using PodSearch.Core.Analysis;

namespace PodSearch.Core.Tests.Analysis;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Saša Jurić", "sasa juric")]
    [InlineData("  SASA   juric ", "sasa juric")]
    [InlineData("José Valim", "jose valim")]
    [InlineData("Jean-Luc Picard", "jean luc picard")]
    [InlineData("Conan O'Brien", "conan obrien")]
    [InlineData("Jürgen Straße", "jurgen strasse")]
    [InlineData("", "")]
    public void FoldsCaseAccentsAndPunctuation(string name, string key)
    {
        Assert.Equal(key, NameKey.Fold(name));
    }

    [Fact]
    public void DifferentPeopleKeepDifferentKeys()
    {
        Assert.NotEqual(NameKey.Fold("Ann Lee"), NameKey.Fold("Anne Lee"));
    }
}
