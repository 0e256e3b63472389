using Lucene.Net.Index;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Embeddings.Onnx;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The query encoder of the commit a searcher reads: the SIF model file its user data names, or the ONNX
/// model folder (checked against the recorded hash of model.onnx), loaded once and kept until a commit names
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
        if (userData is not null && userData.TryGetValue(SemanticFields.OnnxModelKey, out var folder))
        {
            var fingerprint = userData.TryGetValue(SemanticFields.OnnxFingerprintKey, out var f) ? f : "";
            return Cached($"onnx:{folder}:{fingerprint}", () => OnnxSentenceEmbedder.Open(folder, fingerprint));
        }
        if (userData is null || !userData.TryGetValue(SemanticFields.ModelKey, out var file) || string.IsNullOrEmpty(file))
            return (null, "this index has no passage vectors (it was built with --no-vectors or by an older version); re-run podsearch index");
        return Cached(file, () => new SifEmbedder(SifModelFile.Load(Path.Combine(indexPath, file))));
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
