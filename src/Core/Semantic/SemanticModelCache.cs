using Lucene.Net.Index;
using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The query encoder of the commit a searcher reads: the model file its user data names, loaded once and
/// kept until a commit names another file. Thread-safe.
/// </summary>
internal sealed class SemanticModelCache(string indexPath)
{
    private readonly Lock gate = new();
    private (string File, SifEmbedder? Embedder, string? Problem)? current;

    /// <summary>The encoder, or null with a reason to show (no vectors in this index, model file missing or bad).</summary>
    public (SifEmbedder? Embedder, string? Problem) For(IndexReader reader)
    {
        var userData = (reader as DirectoryReader)?.IndexCommit.UserData;
        if (userData is null || !userData.TryGetValue(SemanticFields.ModelKey, out var file) || string.IsNullOrEmpty(file))
            return (null, "this index has no passage vectors (it was built with --no-vectors or by an older version); re-run podsearch index");
        lock (gate)
        {
            if (current is { } known && known.File == file)
                return (known.Embedder, known.Problem);
            try
            {
                var embedder = new SifEmbedder(SifModelFile.Load(Path.Combine(indexPath, file)));
                current = (file, embedder, null);
            }
            catch (Exception ex) when (ex is EmbeddingModelException or IOException or UnauthorizedAccessException)
            {
                current = (file, null, ex.Message);
            }
            return (current.Value.Embedder, current.Value.Problem);
        }
    }
}
