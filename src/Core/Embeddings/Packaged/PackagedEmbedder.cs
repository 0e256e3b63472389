using PodSearch.Core.Embeddings.Onnx;

namespace PodSearch.Core.Embeddings.Packaged;

/// <summary>Opens a packaged encoder: its model extracted into the cache (<see cref="PackagedModelFiles"/>) and run by <see cref="OnnxSentenceEmbedder"/>.</summary>
public static class PackagedEmbedder
{
    /// <param name="encoder">The packaged model.</param>
    /// <param name="expectedFingerprint">The SHA-256 of model.onnx an index recorded; a package with another model is refused.</param>
    /// <param name="cacheRoot">The cache folder; <see cref="CacheFolder.Root"/> when null.</param>
    /// <exception cref="EmbeddingModelException">The package is missing, its model does not load, or it is not the model the index was built with.</exception>
    public static OnnxSentenceEmbedder Open(PackagedEncoder encoder, string? expectedFingerprint = null, string? cacheRoot = null)
    {
        var folder = PackagedModelFiles.Extract(encoder, cacheRoot);
        var embedder = OnnxSentenceEmbedder.Open(folder, settings: new OnnxEncoderSettings(encoder.Key, encoder.QueryPrefix));
        if (expectedFingerprint is not null && !string.Equals(embedder.Fingerprint, expectedFingerprint, StringComparison.OrdinalIgnoreCase))
        {
            embedder.Dispose();
            throw new EmbeddingModelException(
                $"the index was built with another {encoder.Key} model (sha256 {expectedFingerprint[..Math.Min(12, expectedFingerprint.Length)]}) than this PodSearch's package {encoder.PackageId} has ({embedder.Fingerprint[..12]}); re-run podsearch index");
        }
        return embedder;
    }
}
