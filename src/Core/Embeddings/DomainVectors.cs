namespace PodSearch.Core.Embeddings;

/// <summary>What <see cref="DomainVectorLearner"/> learned: the vectors, and every token's count (for SIF weights).</summary>
internal sealed record DomainVectors(WordVectors Vectors, IReadOnlyDictionary<string, int> TokenCounts, long TotalTokens);
