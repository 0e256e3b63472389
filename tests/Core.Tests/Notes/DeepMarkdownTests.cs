using PodSearch.Core.Notes;

namespace PodSearch.Core.Tests.Notes;

/// <summary>Markdown nested past Markdig's depth limit costs the lines that nest, not the body, and the warning names them.</summary>
public sealed class DeepMarkdownTests
{
    [Fact]
    public void TooDeeplyNestedLinesAreLeftOutWithAWarningOnTheirLine()
    {
        var root = Directory.CreateTempSubdirectory("podsearch-deep-").FullName;
        var parser = new NoteParser(root);
        Directory.Delete(root);
        var note = "---\ntitle: Nesting Dolls with Ada Park\ndate: 2022-05-06\n---\n\n" +   // lines 1-5
                   "### Panel\n\n- Jane Doe\n- Max Brenner\n\n" +                          // lines 6-10
                   "### Guest\n\n- Ada Park\n\n" +                                          // lines 11-14
                   new string('>', 5000) + " quoted\n\n" +                                  // line 15
                   new string('[', 20000) + "x\n\n" +                                       // line 17
                   "### Summary\n\nAda Park explains why matryoshka dolls make a fine model of recursion.\n";

        var episode = parser.Parse("show/deep.md", note);

        Assert.Equal("Nesting Dolls with Ada Park", episode.Title);
        Assert.Equal(["Jane Doe", "Max Brenner"], episode.Hosts);
        Assert.Equal(["Ada Park"], episode.Guests);
        Assert.Contains("matryoshka", episode.Summary);
        Assert.DoesNotContain(episode.Warnings, w => w.FailedSection is not null);
        var nesting = episode.Warnings.Where(w => w.Message.Contains("nested too deeply")).Select(w => w.Line).ToList();
        Assert.Contains(15, nesting);
        Assert.Contains(17, nesting);
    }
}
