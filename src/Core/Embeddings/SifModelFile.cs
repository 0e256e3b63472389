using System.Security.Cryptography;
using System.Text;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Reads and writes a <see cref="SifModelParts"/> as one checksummed file. The file is named by its
/// content hash (<c>semantic-&lt;hash&gt;.model</c>) and lives in the index folder, referenced from the
/// commit's user data; since it is written before the commit and never changed afterwards, a reader
/// always finds the model its commit was built with.
/// </summary>
internal static class SifModelFile
{
    private const string Magic = "PSSM";
    private const int FormatVersion = 1;

    /// <summary>Writes the model into <paramref name="directory"/> and returns its file name.</summary>
    public static string Save(SifModelParts parts, string directory)
    {
        var bytes = Serialize(parts);
        var name = $"semantic-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.model";
        var path = Path.Combine(directory, name);
        if (File.Exists(path))
            return name;
        var temp = path + ".tmp";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        return name;
    }

    public static SifModelParts Load(string path)
    {
        if (!File.Exists(path))
            throw new EmbeddingModelException($"semantic model not found: {path}; re-run `podsearch index` to rebuild it");
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 40 || Encoding.ASCII.GetString(bytes, 0, 4) != Magic)
            throw new EmbeddingModelException($"{path}: not a PodSearch semantic model (bad header); re-run `podsearch index`");
        if (!SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new EmbeddingModelException($"{path}: checksum mismatch (truncated or altered); re-run `podsearch index`");
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 4, bytes.Length - 36), Encoding.UTF8);
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new EmbeddingModelException($"{path}: model format {version}, expected {FormatVersion}; re-run `podsearch index`");
            var parts = new SifModelParts
            {
                GeneralSource = reader.ReadString(),
                SifA = reader.ReadDouble(),
                GeneralWeight = reader.ReadSingle(),
                DomainWeight = reader.ReadSingle(),
                SplitterVersion = reader.ReadInt32(),
                TotalTokens = reader.ReadInt64(),
            };
            var countEntries = reader.ReadInt32();
            var counts = new Dictionary<string, int>(countEntries, StringComparer.Ordinal);
            for (var i = 0; i < countEntries; i++)
                counts[reader.ReadString()] = reader.ReadInt32();
            return parts with
            {
                TokenCounts = counts,
                General = ReadVectors(reader, path + " (general vectors)"),
                Domain = ReadVectors(reader, path + " (domain vectors)"),
                GeneralCommon = ReadFloats(reader),
                DomainCommon = ReadFloats(reader),
            };
        }
        catch (EndOfStreamException ex)
        {
            throw new EmbeddingModelException($"{path}: file ends early; re-run `podsearch index`", ex);
        }
    }

    private static byte[] Serialize(SifModelParts parts)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(parts.GeneralSource);
            writer.Write(parts.SifA);
            writer.Write(parts.GeneralWeight);
            writer.Write(parts.DomainWeight);
            writer.Write(parts.SplitterVersion);
            writer.Write(parts.TotalTokens);
            // Sorted so the same model always gives the same bytes, hence the same file name.
            var counts = parts.TokenCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            writer.Write(counts.Count);
            foreach (var (word, count) in counts)
            {
                writer.Write(word);
                writer.Write(count);
            }
            WriteVectors(writer, parts.General);
            WriteVectors(writer, parts.Domain);
            WriteFloats(writer, parts.GeneralCommon);
            WriteFloats(writer, parts.DomainCommon);
        }
        memory.Write(SHA256.HashData(memory.GetBuffer().AsSpan(0, (int)memory.Length)));
        return memory.ToArray();
    }

    private static void WriteVectors(BinaryWriter writer, WordVectors? vectors)
    {
        if (vectors is null)
        {
            writer.Write(0);
            return;
        }
        using var buffer = new MemoryStream();
        vectors.Save(buffer);
        writer.Write((int)buffer.Length);
        writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static WordVectors? ReadVectors(BinaryReader reader, string source)
    {
        var length = reader.ReadInt32();
        return length == 0 ? null : WordVectors.Load(reader.ReadBytes(length), source);
    }

    private static void WriteFloats(BinaryWriter writer, float[]? values)
    {
        writer.Write(values?.Length ?? 0);
        foreach (var v in values ?? [])
            writer.Write(v);
    }

    private static float[]? ReadFloats(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length == 0)
            return null;
        var values = new float[length];
        for (var i = 0; i < length; i++)
            values[i] = reader.ReadSingle();
        return values;
    }
}
