using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

public sealed class FacetValuesTests
{
    [Theory]
    [InlineData("  Ada   Quill ", "Ada Quill")]
    [InlineData("Ada\tQuill", "Ada Quill")]
    [InlineData("Ada Quill", "Ada Quill")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void NormalizeTrimsAndCollapsesWhitespace(string? raw, string expected)
    {
        Assert.Equal(expected, FacetValues.Normalize(raw));
    }

    [Theory]
    [InlineData("https://www.GitHub.com/a/b", "github.com")]
    [InlineData("http://docs.example.org/x?y=1", "docs.example.org")]
    [InlineData("mailto:someone@example.org", "")]
    [InlineData("/relative/link", "")]
    [InlineData("not a url", "")]
    public void LinkDomainIsTheLowerCaseHostWithoutWww(string url, string expected)
    {
        Assert.Equal(expected, FacetValues.LinkDomain(url));
    }
}
