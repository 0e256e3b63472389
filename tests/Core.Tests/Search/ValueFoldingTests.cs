using PodSearch.Core.Search;

namespace PodSearch.Core.Tests.Search;

public class ValueFoldingTests
{
    [Theory]
    [InlineData("Saša Jurić", "sasa juric")]
    [InlineData("  SASA   JURIC ", "sasa juric")]
    [InlineData("José Valim", "jose valim")]
    [InlineData("elixir-mix", "elixir-mix")]
    public void IgnoresCaseAccentsAndSpacing(string value, string folded) =>
        Assert.Equal(folded, ValueFolding.Fold(value));
}
