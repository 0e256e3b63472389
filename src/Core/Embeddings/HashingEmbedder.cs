namespace PodSearch.Core.Embeddings;

/// <summary>
/// A tiny deterministic encoder for unit tests: each word is hashed to a few signed positions (feature
/// hashing), so texts that share words have similar vectors and unrelated texts are near orthogonal. It
/// knows no synonyms; it exists to test storage, filtering and fusion without any model file.
/// </summary>
public sealed class HashingEmbedder(int dimensions = 64) : ITextEmbedder
{
    public string Name => $"hashing-{Dimensions}";
    public int Dimensions { get; } = dimensions;

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        for (var t = 0; t < texts.Count; t++)
        {
            var vector = new float[Dimensions];
            foreach (var word in WordTokenizer.Tokenize(texts[t]))
            {
                if (StopWords.All.Contains(word))
                    continue;
                var hash = Fnv1a(word);
                for (var k = 0; k < 3; k++)
                {
                    var h = hash * (2654435761u + (uint)k * 40503u);
                    vector[(int)(h % (uint)Dimensions)] += (h & 0x80000000u) != 0 ? -1f : 1f;
                }
            }
            VectorMath.Normalize(vector);
            result[t] = vector;
        }
        return result;
    }

    // A stable hash: string.GetHashCode is randomised per process, and vectors are stored on disk.
    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
