using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Semantic;

/// <summary>A request's text encoded for semantic ranking, with the encoder that did it.</summary>
internal sealed record SemanticQuery(float[] Vector, ITextEmbedder Embedder, IReadOnlyList<string> Words);
