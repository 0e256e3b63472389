namespace PodSearch.Core.Semantic;

/// <summary>
/// How <see cref="Indexing.EpisodeIndexer"/> adds passage vectors. Null options index without vectors; search
/// then runs lexically and says so. The defaults are the measured best (BENCHMARKS.md): the packaged MiniLM
/// sentence encoder over the notes' own passages (title and summary, topics, picks), not transcript windows.
/// </summary>
public sealed record SemanticIndexOptions
{
    /// <summary><c>minilm</c> or <c>arctic-xs</c> (packaged sentence encoders), <c>onnx</c> (with <see cref="OnnxModelPath"/>) or <c>sif</c> (word vectors).</summary>
    public string Encoder { get; init; } = DefaultEncoder;

    public const string DefaultEncoder = "minilm";
    public const string SifEncoder = "sif";
    public const string OnnxEncoder = "onnx";

    /// <summary>
    /// A sentence-transformers model exported to ONNX (a folder with model.onnx and vocab.txt); setting it
    /// selects the <c>onnx</c> encoder whatever <see cref="Encoder"/> says.
    /// </summary>
    public string? OnnxModelPath { get; init; }

    /// <summary>The encoder this run uses: <see cref="Encoder"/>, or <c>onnx</c> when a model folder is given.</summary>
    public string EffectiveEncoder => OnnxModelPath is not null ? OnnxEncoder : Encoder;

    /// <summary>Also embed transcript windows (150-250 words, whole turns). Off by default: measured slower for no gain (BENCHMARKS.md).</summary>
    public bool Transcripts { get; init; }

    /// <summary>Where extracted models and the passage vector cache live; null for <see cref="Embeddings.CacheFolder.Root"/>.</summary>
    public string? CacheRoot { get; init; }

    /// <summary>Reuse passage vectors of earlier runs (<see cref="Embeddings.PassageVectorCache"/>); off encodes everything.</summary>
    public bool UseVectorCache { get; init; } = true;

    /// <summary>Encoding threads (batches at once); one per core by default.</summary>
    public int EncodingThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the encoding progress line goes (<see cref="EncodingProgress"/>); null for none.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>Whether <see cref="Progress"/> is a terminal (one rewriting line) or a log (plain lines).</summary>
    public bool ProgressOnTerminal { get; init; }

    /// <summary>The converted general word vectors (scripts/fetch-vectors.sh) of the <c>sif</c> encoder, or null to learn domain vectors only.</summary>
    public string? GeneralVectorsPath { get; init; }
    /// <summary>When more than this share of the episodes changed, the domain vectors are learned again (and every episode re-embedded).</summary>
    public double RelearnFraction { get; init; } = 0.2;
    public float GeneralWeight { get; init; } = 1f;
    public float DomainWeight { get; init; } = 1f;
    /// <summary>Width of the learned domain vectors (<c>podsearch index --domain-dims</c>).</summary>
    public int DomainDimensions { get; init; } = DefaultDomainDimensions;

    public const int DefaultDomainDimensions = 100;
    /// <summary>Progress lines ("learning domain vectors ..."); null for none.</summary>
    public TextWriter? Log { get; init; }
}
