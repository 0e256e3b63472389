using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>The one cleanup for note text: entities decoded (twice-encoded too), markup dropped, intraword underscores kept.</summary>
public sealed class InlineTextTests
{
    [Theory]
    [InlineData("phoenix_live_view", "phoenix_live_view")]
    [InlineData("_emphasis_ and **bold**", "emphasis and bold")]
    [InlineData("Q&amp;A with\u00A0Jane", "Q&A with Jane")]
    [InlineData("Tom &amp;amp; Jerry&amp;nbsp;", "Tom & Jerry")]
    [InlineData("  Jane\u200B Doe ,", "Jane Doe")]
    [InlineData("**", "")]
    public void CleanDecodesEntitiesAndDropsMarkupButKeepsIntrawordUnderscores(string raw, string expected) =>
        Assert.Equal(expected, InlineText.Clean(raw));

    [Fact]
    public void NormalizeKeepsATitleEndingInPunctuation() =>
        Assert.Equal("Being Kind (MINASWAN) & more?", InlineText.Normalize("Being  Kind (MINASWAN) &amp; more?"));

    [Fact]
    public void ParsedTitlesAndLinkTextsAreClean()
    {
        var root = Directory.CreateTempSubdirectory("podsearch-inline-").FullName;
        var parser = new NoteParser(root);
        Directory.Delete(root);
        var episode = parser.Parse("show/clean.md",
            "---\ntitle: 'The Actor Model &amp; Elixir'\ndate: 2020-01-01\n---\n\n### Links\n\n- [ecto\\_tenancy\\_enforcer](https://example.org/e)\n- [Q&amp;amp;A **night**](https://example.org/q)\n");

        Assert.Equal("The Actor Model & Elixir", episode.Title);
        Assert.Equal(["ecto_tenancy_enforcer", "Q&A night"], episode.Links.Select(l => l.Text));
    }
}
