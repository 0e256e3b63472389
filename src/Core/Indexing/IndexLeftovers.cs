using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Removes what a killed or failed run left in the index folder: Lucene files no commit references (a killed
/// run's half-written segments), semantic model files the last commit does not name, and write probes.
/// Runs under <see cref="IndexWriterLock"/> at the start of every run and after a failed one, so leftovers never
/// pile up and a run that changes nothing still cleans. The last commit and everything it references stay.
/// </summary>
internal static class IndexLeftovers
{
    private const string ModelFilePattern = "semantic-*.model*";

    public static void Remove(Lucene.Net.Store.Directory directory, string indexPath)
    {
        IDictionary<string, string>? lastCommit = null;
        try
        {
            if (DirectoryReader.IndexExists(directory))
            {
                var infos = new SegmentInfos();
                infos.Read(directory);
                lastCommit = infos.UserData;
                RemoveUnreferencedLuceneFiles(directory);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable index is rebuilt with OpenMode.CREATE, which replaces its files anyway; and a model
            // file cannot be told from the commit's own without reading the commit.
            return;
        }
        var keptModel = lastCommit is not null && lastCommit.TryGetValue(Semantic.SemanticFields.ModelKey, out var model) ? model : null;
        foreach (var file in System.IO.Directory.EnumerateFiles(indexPath, ModelFilePattern))
            if (Path.GetFileName(file) != keptModel)
                TryDelete(file);
        foreach (var probe in System.IO.Directory.EnumerateFiles(indexPath, ".write-probe-*"))
            TryDelete(probe);
    }

    /// <summary>Opening a writer makes Lucene's IndexFileDeleter delete every index file no commit references;
    /// rolling it back writes nothing, so readers see the same generation.</summary>
    private static void RemoveUnreferencedLuceneFiles(Lucene.Net.Store.Directory directory)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index) { OpenMode = OpenMode.APPEND };
        new IndexWriter(directory, config).Rollback();
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a file that stays costs disk space, never correctness; the next run tries again.
        }
    }
}
