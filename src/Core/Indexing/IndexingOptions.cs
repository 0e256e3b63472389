namespace PodSearch.Core.Indexing;

/// <summary>What <see cref="EpisodeIndexer"/> indexes, where, and how.</summary>
public sealed record IndexingOptions
{
    /// <summary>The notes folder: one sub-folder per show, optionally <c>_data/</c>.</summary>
    public required string NotesRoot { get; init; }

    /// <summary>The index folder; created when missing.</summary>
    public required string IndexPath { get; init; }

    /// <summary>Re-parse and rewrite every note even when nothing changed.</summary>
    public bool Full { get; init; }

    /// <summary>
    /// A user synonym file (Solr format) to keep with the index: validated, then copied into the index folder where
    /// <c>Analyzers.ForIndex</c> finds it. Synonyms apply at query time, so changing them needs no re-index.
    /// </summary>
    public string? SynonymsFile { get; init; }

    /// <summary>Parsing threads; defaults to one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Passage vectors for semantic search; null indexes without them.</summary>
    public Semantic.SemanticIndexOptions? Semantic { get; init; }
}
