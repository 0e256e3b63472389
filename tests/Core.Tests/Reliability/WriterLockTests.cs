using System.Diagnostics;
using Lucene.Net.Index;
using PodSearch.Core.Indexing;
using PodSearch.Core.Tests.Indexing;

namespace PodSearch.Core.Tests.Reliability;

/// <summary>
/// One writer at a time, with real processes: a second <c>podsearch index</c> on the same folder while a first
/// one runs fails at once with the first one's process id and exit 1, and the first one's commit is whole.
/// Also: a crash's leftovers are removed by the next run, and <c>index --check</c> tells a good index from a
/// damaged one and the damaged one is recovered by the rebuild it suggests.
/// </summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly NotesFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AWriterFailsAtOnceWhileAnotherProcessHoldsTheLock()
    {
        folder.WriteEpisodes("ferrous-hour", 5);
        Assert.Equal(0, PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors").ExitCode);
        folder.WriteEpisodes("ferrous-hour", 5, first: 6);
        (int ExitCode, string Output, string Error) second;
        var clock = Stopwatch.StartNew();
        using (IndexWriterLock.Acquire(folder.Index))
            second = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors");
        clock.Stop();

        Assert.True(second.ExitCode == 1, second.Output + second.Error);
        Assert.Contains($"the index at {Path.GetFullPath(folder.Index)} is being written by process {Environment.ProcessId} since ", second.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the second writer took {clock.Elapsed} to give up");
        using var reader = IndexMetadata.OpenReader(folder.Index);
        Assert.Equal(5, reader.NumDocs);
    }

    [Fact]
    public async Task TwoConcurrentWritersOneFailsNamingTheOtherAndTheIndexStaysValid()
    {
        folder.WriteEpisodes("ferrous-hour", 1500, transcriptTurns: 20);
        using var a = PodsearchProcess.Start("index", folder.Notes, "--index", folder.Index, "--full", "--encoder", "sif");
        using var b = PodsearchProcess.Start("index", folder.Notes, "--index", folder.Index, "--full", "--encoder", "sif");
        var outputs = new[] { a.StandardOutput.ReadToEndAsync(), a.StandardError.ReadToEndAsync(), b.StandardOutput.ReadToEndAsync(), b.StandardError.ReadToEndAsync() };
        await a.WaitForExitAsync();
        await b.WaitForExitAsync();
        var texts = await Task.WhenAll(outputs);
        var all = string.Join("\n", texts);

        // Both started together and a run takes seconds, so one finds the other's lock; the loser names the winner.
        Assert.True(a.ExitCode + b.ExitCode == 1, $"exit codes {a.ExitCode} and {b.ExitCode}:\n{all}");
        var (winner, loserError) = a.ExitCode == 0 ? (a, texts[3]) : (b, texts[1]);
        Assert.Contains($"is being written by process {winner.Id} since ", loserError);
        Assert.True(IndexCheck.Run(folder.Index).Clean);
        using (var reader = IndexMetadata.OpenReader(folder.Index))
            Assert.Equal(1500, reader.NumDocs);
        var search = PodsearchProcess.Run("search", "supervision", "--index", folder.Index, "--json");
        Assert.True(search.ExitCode == 0, search.Error);
    }

    [Fact]
    public void TheLockIsExclusiveWithinOneProcessToo()
    {
        Directory.CreateDirectory(folder.Index);
        using (IndexWriterLock.Acquire(folder.Index))
        {
            var ex = Assert.Throws<IndexingException>(() => IndexWriterLock.Acquire(folder.Index));
            Assert.Contains($"being written by process {Environment.ProcessId} since ", ex.Message);
        }
        using (IndexWriterLock.Acquire(folder.Index))
        {
            // Released on dispose: taken again.
        }
    }

    [Fact]
    public void TheNextRunRemovesFilesNoCommitReferences()
    {
        folder.WriteEpisodes("ferrous-hour", 20);
        Assert.Equal(0, PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors").ExitCode);
        var generation = Generation();
        // What a run killed mid-flush or mid-vector-stage leaves: segment files of an uncommitted segment, a model.
        File.WriteAllBytes(Path.Combine(folder.Index, "_zz.fdt"), new byte[4096]);
        File.WriteAllBytes(Path.Combine(folder.Index, "_zz.si"), new byte[64]);
        File.WriteAllBytes(Path.Combine(folder.Index, "semantic-deadbeef.model"), new byte[4096]);

        var rerun = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors");

        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        Assert.Contains("nothing changed", rerun.Output);
        Assert.Equal(generation, Generation());
        Assert.Empty(UnreferencedFiles());
    }

    [Fact]
    public void AKilledRunLeavesNothingBehindAfterTheNextRun()
    {
        folder.WriteEpisodes("ferrous-hour", 30);
        Assert.Equal(0, PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif").ExitCode);
        folder.WriteEpisodes("tensor-talk", 1500, transcriptTurns: 20);
        using (var process = PodsearchProcess.Start("index", folder.Notes, "--index", folder.Index, "--encoder", "sif"))
        {
            _ = process.StandardError.ReadToEndAsync();
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null && !line.Contains("(100%)", StringComparison.Ordinal))
            {
            }
            // At 100% of parsing the segment is being flushed or vectors written: the worst moment to die.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.True(IndexCheck.Run(folder.Index).Clean);
        // Back to the first run's notes: the rerun deletes, keeps the model, and cleans.
        foreach (var file in Directory.GetFiles(folder.PathOf("tensor-talk")))
            File.Delete(file);

        var rerun = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "sif");

        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        Assert.Empty(UnreferencedFiles());
        using var reader = IndexMetadata.OpenReader(folder.Index);
        Assert.Equal(30, reader.NumDocs);
    }

    [Fact]
    public void CheckSaysValidOrDamagedAndTheSuggestedRebuildRecovers()
    {
        folder.WriteEpisodes("ferrous-hour", 12);
        Assert.Equal(0, PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--no-vectors").ExitCode);

        var good = PodsearchProcess.Run("index", "--check", "--index", folder.Index);
        Assert.True(good.ExitCode == 0, good.Output + good.Error);
        Assert.Contains("is valid", good.Output);
        Assert.Contains("12 documents", good.Output);

        // Damage the commit the way two writers did: a file it names is gone.
        File.Delete(Directory.GetFiles(folder.Index, "*.si").First());
        var bad = PodsearchProcess.Run("index", "--check", "--index", folder.Index);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("is damaged", bad.Output);
        // The notes folder is in the commit that can no longer be read, so the hint names it as a placeholder.
        Assert.Contains($"podsearch index <notes-dir> --index {Path.GetFullPath(folder.Index)} --full", bad.Error);

        var rebuild = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--full", "--no-vectors");
        Assert.True(rebuild.ExitCode == 0, rebuild.Output + rebuild.Error);
        Assert.True(IndexCheck.Run(folder.Index).Clean);
        using var reader = IndexMetadata.OpenReader(folder.Index);
        Assert.Equal(12, reader.NumDocs);
    }

    private long Generation()
    {
        using var reader = IndexMetadata.OpenReader(folder.Index);
        return reader.IndexCommit.Generation;
    }

    /// <summary>Files of the index folder that neither the last commit nor the writer lock accounts for.</summary>
    private List<string> UnreferencedFiles()
    {
        using var reader = IndexMetadata.OpenReader(folder.Index);
        var referenced = new HashSet<string>(reader.IndexCommit.FileNames, StringComparer.Ordinal)
        {
            IndexWriter.WRITE_LOCK_NAME, IndexWriterLock.FileName, "segments.gen",
        };
        if (reader.IndexCommit.UserData.TryGetValue(PodSearch.Core.Semantic.SemanticFields.ModelKey, out var model))
            referenced.Add(model);
        return Directory.GetFiles(folder.Index).Select(Path.GetFileName).Where(name => !referenced.Contains(name!)).Select(n => n!).ToList();
    }
}
