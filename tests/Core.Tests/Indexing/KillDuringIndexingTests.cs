using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Indexing;

/// <summary>
/// <c>kill -9</c> in the middle of <c>podsearch index</c>: the last commit must still open with exactly its
/// documents, and a re-run must complete. Uses a real child process on a few thousand generated notes, with the
/// word-vector encoder: the sentence encoder would spend minutes on them and this test is about the kill.
/// </summary>
public sealed class KillDuringIndexingTests : IDisposable
{
    private const int FirstRunNotes = 100;
    private const int AddedNotes = 2000;
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void KilledRunLeavesTheLastCommitIntactAndAReRunCompletes()
    {
        folder.WriteEpisodes("ferrous-hour", FirstRunNotes);
        var first = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        folder.WriteEpisodes("tensor-talk", AddedNotes, transcriptTurns: 20);
        File.Delete(folder.PathOf("ferrous-hour/ferrous-hour-001.md"));

        var killedAt = KillOnceIndexingIsUnderWay();

        // The interrupted run committed nothing: the index is exactly the first run's.
        using (var reader = IndexMetadata.OpenReader(folder.Index))
        {
            Assert.Equal(FirstRunNotes, reader.NumDocs);
            Assert.Equal(FirstRunNotes, IndexMetadata.Read(reader).Episodes);
            Assert.Equal(1, Count(reader, "ferrous-hour/ferrous-hour-001"));
        }

        var rerun = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif");
        Assert.True(rerun.ExitCode == 0, $"killed at: {killedAt}\n{rerun.Output}\n{rerun.Error}");
        using (var reader = IndexMetadata.OpenReader(folder.Index))
        {
            Assert.Equal(FirstRunNotes - 1 + AddedNotes, reader.NumDocs);
            Assert.Equal(0, Count(reader, "ferrous-hour/ferrous-hour-001"));
        }
    }

    /// <summary>Live documents with this id (DocFreq would still count deleted ones).</summary>
    private static int Count(DirectoryReader reader, string id) =>
        new IndexSearcher(reader).Search(new TermQuery(new Term(IndexSchema.Id, id)), 1).TotalHits;

    /// <summary>Starts a run and SIGKILLs it on its first progress line after 10%; returns that line.</summary>
    private string KillOnceIndexingIsUnderWay()
    {
        using var process = PodsearchProcess.Start("index", folder.Notes, "--index", folder.Index, "--encoder", "sif");
        _ = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (line.StartsWith("indexing: ", StringComparison.Ordinal) && !line.Contains("(0%)"))
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Linux: no chance to clean up
                process.WaitForExit();
                Assert.DoesNotContain("(100%)", line);
                return line;
            }
        }
        process.Kill(entireProcessTree: true);
        Assert.Fail($"the run ended before it could be killed mid-way (last line: {line})");
        return "";
    }
}
