namespace PodSearch.Core.Semantic;

/// <summary>
/// How <see cref="Indexing.EpisodeIndexer"/> adds passage vectors. Null options (the default) index
/// without vectors; search then runs lexically and says so.
/// </summary>
public sealed record SemanticIndexOptions
{
    /// <summary>The converted general word vectors (scripts/fetch-vectors.sh), or null to learn domain vectors only.</summary>
    public string? GeneralVectorsPath { get; init; }
    /// <summary>
    /// A sentence-transformers model exported to ONNX (a folder with model.onnx and vocab.txt) to embed passages
    /// with instead of learning SIF vectors; null (the default) uses SIF. The general-vector and weight settings
    /// then do not apply.
    /// </summary>
    public string? OnnxModelPath { get; init; }
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
