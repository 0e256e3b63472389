namespace PodSearch.Core.Embeddings;

/// <summary>
/// Everything a <see cref="SifEmbedder"/> is made of; saved with the index by <see cref="SifModelFile"/>
/// so that queries are encoded exactly as the passages were.
/// </summary>
internal sealed record SifModelParts
{
    /// <summary>The general vectors, cut down to the words the notes use plus the most frequent English words.</summary>
    public WordVectors? General { get; init; }
    /// <summary>SHA-256 of the full general vectors file this index was built with.</summary>
    public string GeneralSource { get; init; } = "none";
    public WordVectors? Domain { get; init; }
    public IReadOnlyDictionary<string, int> TokenCounts { get; init; } = new Dictionary<string, int>();
    public long TotalTokens { get; init; }
    public double SifA { get; init; } = 1e-3;
    public float GeneralWeight { get; init; } = 1f;
    public float DomainWeight { get; init; } = 1f;
    public float[]? GeneralCommon { get; init; }
    public float[]? DomainCommon { get; init; }
    /// <summary><see cref="Semantic.PassageSplitter.Version"/> when the passages were cut.</summary>
    public int SplitterVersion { get; init; }
}
