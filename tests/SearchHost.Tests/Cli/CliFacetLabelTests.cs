using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Cli;

/// <summary>The command line shows a show's title beside its slug, as the page does (issue 13: slugs were shown to people).</summary>
[Collection(Http.InProcessCliCollection.Name)]
public sealed class CliFacetLabelTests(HostFixture fixture)
{
    [Fact]
    public void FacetsOfTheShowFieldPrintEachShowsTitle()
    {
        var titles = fixture.Episodes.GroupBy(e => e.Podcast).ToDictionary(g => g.Key, g => g.First().PodcastTitle!);

        var (code, output, errors) = InProcessCli.Run(["facets", "podcast", "--index", fixture.IndexPath]);
        Assert.True(code == 0, errors);
        foreach (var (slug, title) in titles)
            Assert.Contains(output.Split('\n'), line => line.Contains(slug + "  ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(title, StringComparison.Ordinal));

        (code, output, errors) = InProcessCli.Run(["facets", "podcast", "--json", "--index", fixture.IndexPath]);
        Assert.True(code == 0, errors);
        using var json = JsonDocument.Parse(output);
        var labels = json.RootElement.GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("label").GetString());
        Assert.Equal(titles.OrderBy(t => t.Key), labels.OrderBy(t => t.Key)!);
    }
}
