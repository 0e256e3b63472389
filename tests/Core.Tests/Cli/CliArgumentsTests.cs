using PodSearch.Indexer.Commands;

namespace PodSearch.Core.Tests.Cli;

public sealed class CliArgumentsTests
{
    private static readonly IReadOnlySet<string> JsonFlag = new HashSet<string> { "json" };

    [Fact]
    public void FlagsDoNotConsumeTheNextPositional()
    {
        var args = new CliArguments(["--json", "notes"], JsonFlag);
        Assert.True(args.Flag("json"));
        Assert.Equal(["notes"], args.Positionals);
    }

    [Fact]
    public void RepeatedOptionsKeepEveryValueInOrder()
    {
        var args = new CliArguments(["--guest", "A", "--guest=B"], JsonFlag);
        Assert.Equal(["A", "B"], args.Options("guest"));
    }

    [Fact]
    public void UnknownOptionsAreRejectedNotIgnored()
    {
        var args = new CliArguments(["--gest", "A"], JsonFlag);
        args.Option("guest");
        var ex = Assert.Throws<CliUsageException>(args.RejectUnknown);
        Assert.Contains("--gest", ex.Message);
    }

    [Fact]
    public void OutOfRangeNumbersNameTheOption()
    {
        var args = new CliArguments(["--limit", "0"], JsonFlag);
        var ex = Assert.Throws<CliUsageException>(() => args.IntOption("limit", 1, 100));
        Assert.Contains("--limit", ex.Message);
    }
}
