using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Embeddings.Onnx;
using PodSearch.Core.Embeddings.Packaged;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The query encoder of the commit a searcher reads: the packaged sentence encoder its user data names, the
/// ONNX model folder, or the SIF model file (the ONNX models checked against the recorded hash of model.onnx), loaded once and kept until a commit names
/// another. Thread-safe.
/// </summary>
internal sealed class SemanticModelCache(string indexPath)
{
    private readonly Lock gate = new();
    private (string Key, ITextEmbedder? Embedder, string? Problem)? current;

    /// <summary>The encoder, or null with a reason to show (no vectors in this index, model file missing or bad).</summary>
    public (ITextEmbedder? Embedder, string? Problem) For(IndexReader reader)
    {
        var userData = (reader as DirectoryReader)?.IndexCommit.UserData;
        if (userData is not null && userData.TryGetValue(SemanticFields.PackagedEncoderKey, out var packaged))
        {
            var fingerprint = userData.TryGetValue(SemanticFields.OnnxFingerprintKey, out var f) ? f : "";
            // The model is extracted again when the cache was deleted: that costs time, never the index.
            return Cached($"packaged:{packaged}:{fingerprint}", () => SameAsIndexed(userData, PackagedEncoder.Find(packaged) is { } encoder
                ? PackagedEmbedder.Open(encoder, fingerprint)
                : throw new EmbeddingModelException($"this index was built with the encoder '{packaged}', which this PodSearch does not have; re-run podsearch index")));
        }
        if (userData is not null && userData.TryGetValue(SemanticFields.OnnxModelKey, out var folder))
        {
            var fingerprint = userData.TryGetValue(SemanticFields.OnnxFingerprintKey, out var f) ? f : "";
            return Cached($"onnx:{folder}:{fingerprint}", () => SameAsIndexed(userData, OnnxSentenceEmbedder.Open(folder, fingerprint)));
        }
        if (userData is null || !userData.TryGetValue(SemanticFields.ModelKey, out var file) || string.IsNullOrEmpty(file))
            return (null, "this index has no passage vectors (it was built with --no-vectors or by an older version); re-run podsearch index");
        return Cached(file, () => new SifEmbedder(SifModelFile.Load(Path.Combine(indexPath, file))));
    }

    /// <summary>
    /// Refuses a query encoder that is not the one the passages were encoded with: the same model file can open
    /// as another encoder (a changed token limit or prefix gives other vectors), and vectors of two encoders are
    /// not comparable, so such queries would rank noise.
    /// </summary>
    internal static ITextEmbedder SameAsIndexed(IDictionary<string, string> userData, ITextEmbedder embedder)
    {
        if (userData.TryGetValue(SemanticFields.EncoderKey, out var indexed) && indexed != embedder.Name)
        {
            (embedder as IDisposable)?.Dispose();
            throw new EmbeddingModelException(
                $"this index's passages were encoded with {indexed}, but its model now opens as {embedder.Name}; queries of another encoder cannot be compared with them; re-run podsearch index");
        }
        return embedder;
    }

    private (ITextEmbedder? Embedder, string? Problem) Cached(string key, Func<ITextEmbedder> load)
    {
        lock (gate)
        {
            if (current is { } known && known.Key == key)
                return (known.Embedder, known.Problem);
            // The encoder replaced here is not disposed: a search may still be using it; the ONNX session's
            // native memory goes with its finalizer.
            try
            {
                current = (key, load(), null);
            }
            catch (Exception ex) when (ex is EmbeddingModelException or IOException or UnauthorizedAccessException)
            {
                current = (key, null, ex.Message);
            }
            return (current.Value.Embedder, current.Value.Problem);
        }
    }
}
