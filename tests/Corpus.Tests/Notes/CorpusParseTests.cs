using PodSearch.Core.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Notes;

/// <summary>Every note of the shared corpus parses without an exception, caught or not (the count is printed); prints
/// episode vs other counts.</summary>
public sealed class CorpusParseTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void EveryCorpusNoteParsesWithoutException()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var root = SharedCorpus.Devchat!;
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = new NoteParser(root);
        var failures = new List<string>();
        var episodes = new List<Episode>();
        foreach (var file in files)
        {
            try
            {
                episodes.Add(parser.ParseFile(file));
            }
            catch (Exception ex)
            {
                failures.Add($"{file}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        var episodeCount = episodes.Count(e => e.Kind == EpisodeKind.Episode);
        var otherCount = episodes.Count(e => e.Kind == EpisodeKind.Other);
        var report = $"corpus notes: {files.Count}, episode: {episodeCount}, other: {otherCount}, " +
                     $"with warnings: {episodes.Count(e => e.Warnings.Count > 0)}, unreadable: {episodes.Count(e => e.Unreadable)}";
        // A parser exception is caught per section or, as a last resort, for the whole note; both are counted
        // (FailedSection is set) and both must be zero.
        var exceptions = episodes.SelectMany(e => e.Warnings.Where(IsParserException).Select(w => $"{e.SourcePath}: line {w.Line}: {w.Message}")).ToList();
        report += $", parser exceptions: {exceptions.Count + failures.Count}";
        output.WriteLine(report);
        Console.WriteLine(report);
        foreach (var exception in exceptions.Take(20))
            output.WriteLine("  " + exception);
        foreach (var e in episodes.Where(e => e.Warnings.Count > 0).Take(20))
            output.WriteLine($"  {e.SourcePath}: {string.Join("; ", e.Warnings.Select(w => $"line {w.Line}: {w.Message}"))}");

        Assert.Empty(failures);
        Assert.Empty(exceptions);
        Assert.Equal(files.Count, episodes.Count);
        // Every corpus file is a readable note: none may hit the fatal path (which also catches parser bugs).
        Assert.DoesNotContain(episodes, e => e.Unreadable);
        // Ids are <show folder>/<file name>, independent of the front matter's podcast: key.
        foreach (var (file, episode) in files.Zip(episodes))
        {
            var expected = Path.GetRelativePath(root, file).Replace('\\', '/')[..^3];
            Assert.Equal(expected, episode.Id);
            Assert.Equal(expected.Split('/')[0], episode.Podcast);
        }
        // Each front matter has a title and a date line; when the date text is there it must be read.
        Assert.All(episodes.Where(e => e.Kind == EpisodeKind.Episode), e => Assert.NotNull(e.Date));
    }

    private static bool IsParserException(ParseWarning warning) => warning.FailedSection is not null;
}
