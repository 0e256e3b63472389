using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// A vocabulary with one int8-quantised vector per word (one float scale per word), in the order the
/// source gave them (for the general vectors: most frequent first). Immutable once built; lookups are
/// thread-safe. The binary form is small and loads in well under a second, unlike the 300 MB JSON it
/// is converted from; it ends with a SHA-256 of everything before it, so a truncated or altered file is
/// refused with a clear message instead of yielding wrong vectors.
/// </summary>
internal sealed class WordVectors
{
    private const string Magic = "PSWV";
    private const int FormatVersion = 1;

    private readonly Dictionary<string, int> index;
    private readonly string[] words;
    private readonly sbyte[] values;
    private readonly float[] scales;

    private WordVectors(string[] words, sbyte[] values, float[] scales, int dimensions, string contentHash)
    {
        this.words = words;
        this.values = values;
        this.scales = scales;
        Dimensions = dimensions;
        ContentHash = contentHash;
        index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
            index.TryAdd(words[i], i);
    }

    public int Count => words.Length;
    public int Dimensions { get; }
    /// <summary>Hex SHA-256 of the binary form: names exactly which vectors an index was built with.</summary>
    public string ContentHash { get; }
    public IReadOnlyList<string> Words => words;

    public bool TryGetIndex(string word, out int wordIndex) => index.TryGetValue(word, out wordIndex);

    /// <summary>Adds <paramref name="weight"/> times the word's vector to <paramref name="target"/>.</summary>
    public void AddTo(int wordIndex, float weight, Span<float> target)
    {
        var row = values.AsSpan(wordIndex * Dimensions, Dimensions);
        var w = weight * scales[wordIndex];
        for (var d = 0; d < row.Length; d++)
            target[d] += w * row[d];
    }

    public float[] Vector(int wordIndex)
    {
        var v = new float[Dimensions];
        AddTo(wordIndex, 1f, v);
        return v;
    }

    /// <summary>Quantises float rows (row-major, <paramref name="dimensions"/> wide) to int8 with one scale per row.</summary>
    public static WordVectors FromFloats(IReadOnlyList<string> words, ReadOnlySpan<float> matrix, int dimensions)
    {
        if (matrix.Length != words.Count * dimensions)
            throw new ArgumentException($"expected {words.Count * dimensions} values, got {matrix.Length}");
        var values = new sbyte[matrix.Length];
        var scales = new float[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var row = matrix.Slice(i * dimensions, dimensions);
            // MaxMagnitude returns the signed element, hence Abs.
            var max = MathF.Abs(TensorPrimitives.MaxMagnitude(row));
            var scale = max > 0 ? max / 127f : 1f;
            scales[i] = scale;
            for (var d = 0; d < dimensions; d++)
                values[i * dimensions + d] = (sbyte)Math.Clamp(MathF.Round(row[d] / scale), -127, 127);
        }
        var bytes = Serialize(words.ToArray(), values, scales, dimensions);
        return new WordVectors(words.ToArray(), values, scales, dimensions, Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32))));
    }

    /// <summary>Keeps only the words <paramref name="keep"/> accepts (given the word and its position), in their present order.</summary>
    public WordVectors Subset(Func<string, int, bool> keep)
    {
        var kept = new List<int>();
        for (var i = 0; i < words.Length; i++)
            if (keep(words[i], i))
                kept.Add(i);
        var newWords = new string[kept.Count];
        var newValues = new sbyte[kept.Count * Dimensions];
        var newScales = new float[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            newWords[k] = words[kept[k]];
            newScales[k] = scales[kept[k]];
            values.AsSpan(kept[k] * Dimensions, Dimensions).CopyTo(newValues.AsSpan(k * Dimensions));
        }
        var bytes = Serialize(newWords, newValues, newScales, Dimensions);
        return new WordVectors(newWords, newValues, newScales, Dimensions, Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32))));
    }

    public void Save(Stream output) => output.Write(Serialize(words, values, scales, Dimensions));

    public void Save(string path)
    {
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
            Save(file);
        File.Move(temp, path, overwrite: true);
    }

    public static WordVectors Load(string path)
    {
        if (!File.Exists(path))
            throw new EmbeddingModelException($"word vectors file not found: {path}");
        return Load(File.ReadAllBytes(path), path);
    }

    /// <summary><paramref name="source"/> is only named in error messages.</summary>
    public static WordVectors Load(byte[] bytes, string source)
    {
        if (bytes.Length < 16 + 32 || Encoding.ASCII.GetString(bytes, 0, 4) != Magic)
            throw new EmbeddingModelException($"{source}: not a PodSearch word vectors file (bad header); run scripts/fetch-vectors.sh again");
        var body = bytes.AsSpan(0, bytes.Length - 32);
        var hash = SHA256.HashData(body);
        if (!hash.AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new EmbeddingModelException($"{source}: checksum mismatch (truncated or altered file); run scripts/fetch-vectors.sh again");
        using var reader = new BinaryReader(new MemoryStream(bytes, 4, bytes.Length - 4 - 32), Encoding.UTF8);
        var version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new EmbeddingModelException($"{source}: format version {version}, expected {FormatVersion}; run scripts/fetch-vectors.sh again");
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var words = new string[count];
        for (var i = 0; i < count; i++)
            words[i] = reader.ReadString();
        var scales = new float[count];
        for (var i = 0; i < count; i++)
            scales[i] = reader.ReadSingle();
        var values = new sbyte[count * dimensions];
        var raw = reader.ReadBytes(values.Length);
        if (raw.Length != values.Length)
            throw new EmbeddingModelException($"{source}: file ends early");
        Buffer.BlockCopy(raw, 0, values, 0, raw.Length);
        return new WordVectors(words, values, scales, dimensions, Convert.ToHexStringLower(hash));
    }

    private static byte[] Serialize(string[] words, sbyte[] values, float[] scales, int dimensions)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(words.Length);
            writer.Write(dimensions);
            foreach (var word in words)
                writer.Write(word);
            foreach (var scale in scales)
                writer.Write(scale);
            var raw = new byte[values.Length];
            Buffer.BlockCopy(values, 0, raw, 0, raw.Length);
            writer.Write(raw);
        }
        var hash = SHA256.HashData(memory.GetBuffer().AsSpan(0, (int)memory.Length));
        memory.Write(hash);
        return memory.ToArray();
    }
}
