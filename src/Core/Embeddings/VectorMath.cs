using System.Numerics.Tensors;

namespace PodSearch.Core.Embeddings;

/// <summary>Small dense-vector helpers shared by the encoders.</summary>
internal static class VectorMath
{
    /// <summary>Scales to unit length; leaves an all-zero vector alone.</summary>
    public static void Normalize(Span<float> v)
    {
        var norm = TensorPrimitives.Norm(v);
        if (norm > 0)
            TensorPrimitives.Divide(v, norm, v);
    }

    /// <summary>Removes the projection of <paramref name="v"/> on the unit vector <paramref name="direction"/>.</summary>
    public static void RemoveComponent(Span<float> v, ReadOnlySpan<float> direction)
    {
        var dot = TensorPrimitives.Dot(v, direction);
        for (var d = 0; d < v.Length; d++)
            v[d] -= dot * direction[d];
    }

    /// <summary>The <paramref name="top"/> words most cosine-similar to word <paramref name="wordIndex"/>.</summary>
    public static List<(string Word, float Similarity)> Neighbours(WordVectors vectors, int wordIndex, int top)
    {
        var query = vectors.Vector(wordIndex);
        Normalize(query);
        var candidate = new float[vectors.Dimensions];
        var best = new PriorityQueue<(string, float), float>();
        for (var i = 0; i < vectors.Count; i++)
        {
            if (i == wordIndex)
                continue;
            Array.Clear(candidate);
            vectors.AddTo(i, 1f, candidate);
            var norm = TensorPrimitives.Norm(candidate);
            if (norm == 0)
                continue;
            var similarity = TensorPrimitives.Dot(query, candidate) / norm;
            best.Enqueue((vectors.Words[i], similarity), similarity);
            if (best.Count > top)
                best.Dequeue();
        }
        var result = new List<(string, float)>();
        while (best.Count > 0)
            result.Add(best.Dequeue());
        result.Reverse();
        return result;
    }
}
