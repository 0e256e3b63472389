namespace PodSearch.Core.Indexing;

/// <summary>A fatal indexing error (notes folder missing, index folder not writable): nothing was committed.</summary>
public sealed class IndexingException(string message, Exception? inner = null) : Exception(message, inner);
