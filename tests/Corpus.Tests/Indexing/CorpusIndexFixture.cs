using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;
using PodSearch.Corpus.Tests.Notes;

namespace PodSearch.Corpus.Tests.Indexing;

/// <summary>
/// Indexes the shared corpus once into a temporary folder, and parses it separately, so tests can compare the
/// index with what the notes say. Null members when ../shared/corpus is absent.
/// </summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        if (SharedCorpus.Devchat is not { } root)
            return;
        IndexPath = Path.Combine(Path.GetTempPath(), "podsearch-corpus-index-" + Guid.NewGuid().ToString("N"));
        Report = new EpisodeIndexer(new IndexingOptions { NotesRoot = root, IndexPath = IndexPath }).Run();
        var parser = new NoteParser(root);
        Parsed = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_'))
            .AsParallel()
            .Select(parser.ParseFile)
            .ToList();
    }

    public string? IndexPath { get; }
    public IndexingReport? Report { get; }
    /// <summary>Every note parsed on its own, independently of the indexer.</summary>
    public List<Episode>? Parsed { get; }

    public void Dispose()
    {
        if (IndexPath is not null && Directory.Exists(IndexPath))
            Directory.Delete(IndexPath, recursive: true);
    }
}
