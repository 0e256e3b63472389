using PodSearch.Core.People;

namespace PodSearch.Core.Tests.People;

public sealed class PersonNameKeyTests
{
    [Theory]
    [InlineData("Saša Jurić", "sasa juric")]
    [InlineData("  SASA   JURIC ", "sasa juric")]
    [InlineData("AJ O'Neal", "aj oneal")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    public void FoldIgnoresAccentsCaseAndSpacing(string name, string expected) =>
        Assert.Equal(expected, PersonNameKey.Fold(name));

    [Theory]
    [InlineData("**[Jane Doe](https://twitter.com/jd)**", "Jane Doe")]
    [InlineData("Jane Doe (guest)", "Jane Doe")]
    [InlineData("Jane Doe:", "Jane Doe")]
    public void CleanDropsMarkupAndRoleText(string raw, string expected) =>
        Assert.Equal(expected, PersonNameKey.Clean(raw));

    [Fact]
    public void NicknamesOnlyStandForTheirFormalNames()
    {
        Assert.True(Nicknames.MayStandFor("chuck", "charles"));
        Assert.True(Nicknames.MayStandFor("bob", "rob"));
        Assert.False(Nicknames.MayStandFor("chuck", "david"));
    }
}
