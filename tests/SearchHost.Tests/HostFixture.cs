using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.SearchHost.Tests;

/// <summary>
/// Indexes the test notes (<c>Fixtures/notes</c>, written for these tests) with the real indexer into a temp
/// folder and runs one host over it, shared by every test in the <c>host</c> collection: safe because they
/// only read. <see cref="Episodes"/> are the same notes parsed directly, the source of expected values.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public static string NotesRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "notes");

    public string IndexPath { get; } = TempFolder.Create("index");

    public RunningHost Host { get; private set; } = null!;

    public HttpClient Client => Host.Client;

    public IReadOnlyList<Episode> Episodes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Index(NotesRoot, IndexPath);
        Episodes = ParseAll(NotesRoot);
        Host = await RunningHost.StartAsync(IndexPath);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        TempFolder.Delete(IndexPath);
    }

    public static void Index(string notesRoot, string indexPath) =>
        new EpisodeIndexer(new IndexingOptions { NotesRoot = notesRoot, IndexPath = indexPath, Parallelism = 1 }).Run();

    public static IReadOnlyList<Episode> ParseAll(string notesRoot)
    {
        var parser = new NoteParser(notesRoot);
        return Directory.EnumerateFiles(notesRoot, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(notesRoot, f).StartsWith('_') && Path.GetFileName(f) != "README.md")
            .Select(parser.ParseFile)
            .Where(e => e.Kind == EpisodeKind.Episode)
            .ToList();
    }
}

[CollectionDefinition("host")]
public sealed class HostCollection : ICollectionFixture<HostFixture>;

internal static class TempFolder
{
    public static string Create(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "podsearch-host-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try { Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
