namespace PodSearch.Core.Embeddings;

/// <summary>
/// A model or vectors file is missing, truncated or of another format. The message names the file and
/// what to do; search catches it, falls back to lexical ranking and says so in the result.
/// </summary>
public sealed class EmbeddingModelException(string message, Exception? inner = null) : Exception(message, inner);
