using PodSearch.Core.Search.Bench;

namespace PodSearch.Core.Tests.Search.Bench;

public sealed class BenchQueryTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void ReadsColumnsSkipsCommentsAndAllowsEmptyFilters()
    {
        File.WriteAllText(path, "# comment\n\nq1\tsingle\televator\nq2\tfilter-only\t\tpodcast\tcats-talk\nq3\tfiltered\tyarn\tyear\t2019\n");

        var queries = BenchQuery.ReadFile(path);

        Assert.Equal(
            [
                new BenchQuery("q1", "single", "elevator", null, null),
                new BenchQuery("q2", "filter-only", "", "podcast", "cats-talk"),
                new BenchQuery("q3", "filtered", "yarn", "year", "2019"),
            ],
            queries);
    }

    [Theory]
    [InlineData("q1\tsingle", 2, "expected 3 to 5")]
    [InlineData("q1\tsingle\tword\tguest\tAda", 2, "filter_field must be podcast or year")]
    [InlineData("q1\tsingle\tword\tpodcast", 2, "go together")]
    [InlineData("q1\tsingle\t", 2, "needs text, a filter or both")]
    [InlineData("q1\tsingle\ta\nq1\tsingle\tb", 3, "duplicate query id")]
    public void NamesTheFileAndLineOfABadLine(string content, int line, string message)
    {
        File.WriteAllText(path, "# header\n" + content + "\n");

        var error = Assert.Throws<FormatException>(() => BenchQuery.ReadFile(path));

        Assert.Contains(message, error.Message);
        Assert.StartsWith($"{path}:{line}:", error.Message);
    }

    [Fact]
    public void PercentileUsesTheNearestRank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (long)i).ToList();

        Assert.Equal(50, BenchRunner.Percentile(sorted, 0.5));
        Assert.Equal(99, BenchRunner.Percentile(sorted, 0.99));
        Assert.Equal(7, BenchRunner.Percentile([7], 0.99));
    }
}
