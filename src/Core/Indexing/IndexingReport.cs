namespace PodSearch.Core.Indexing;

/// <summary>The outcome of one <see cref="EpisodeIndexer.Run"/>: the numbers the closing summary prints.</summary>
public sealed record IndexingReport
{
    public required string NotesRoot { get; init; }
    public required string IndexPath { get; init; }
    /// <summary><c>.md</c> files found under the notes root.</summary>
    public int NotesRead { get; init; }
    /// <summary>Notes parsed and written in this run, of kind episode and other.</summary>
    public int IndexedEpisodes { get; init; }
    public int IndexedOthers { get; init; }
    /// <summary>Notes whose content hash matched the index: left as they were.</summary>
    public int Unchanged { get; init; }
    /// <summary>Documents removed because their note is gone (or can no longer be read).</summary>
    public int Deleted { get; init; }
    /// <summary>Files that could not be indexed at all, each with line and reason.</summary>
    public IReadOnlyList<NoteProblem> Skipped { get; init; } = [];
    /// <summary>Problems in notes that were indexed anyway (from the parser, or decoding).</summary>
    public IReadOnlyList<NoteProblem> Warnings { get; init; } = [];
    /// <summary>Why every note was re-parsed (new index, schema or parser change, --full), or null for an incremental run.</summary>
    public string? FullRebuildReason { get; init; }
    /// <summary>False when nothing changed and the last commit was left as it was.</summary>
    public bool Committed { get; init; }
    /// <summary>Documents in the index after the run.</summary>
    public int EpisodesInIndex { get; init; }
    public int OthersInIndex { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>Of <see cref="Elapsed"/>: reading, parsing and adding documents (all cores).</summary>
    public TimeSpan IndexingElapsed { get; init; }
    /// <summary>Of <see cref="Elapsed"/>: deletes, final flush and commit (and waiting for merges).</summary>
    public TimeSpan CommitElapsed { get; init; }
    public long IndexSizeBytes { get; init; }
    /// <summary>What the semantic stage did ("vectors: 1,850 episodes embedded ..."), or null when indexing without vectors.</summary>
    public string? SemanticSummary { get; init; }

    public int Indexed => IndexedEpisodes + IndexedOthers;
}
