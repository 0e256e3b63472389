using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Passage vectors kept across runs, keyed by the encoder (its name holds the model's SHA-256, token limit and
/// width) and the SHA-256 of the passage text, so a re-index, a rebuilt index or an edited note encodes only
/// passages it has not seen. Lives in <c>CACHE/embeddings/&lt;encoder hash&gt;/</c>; each run that encoded
/// something adds one file, written under a temporary name and renamed, and many files are merged into one.
/// A missing, truncated or foreign file is ignored: the cache can only save time, never change a vector.
/// Not thread-safe; one indexing run uses it at a time.
/// </summary>
public sealed class PassageVectorCache
{
    private const int KeyBytes = 16;
    private const int FilesBeforeMerge = 8;
    private static readonly byte[] Magic = "PSVC0001"u8.ToArray();

    private readonly string folder;
    private readonly int dimensions;
    private readonly Dictionary<UInt128, float[]> known = [];
    private readonly Dictionary<UInt128, float[]> added = [];
    private readonly List<string> files = [];

    private PassageVectorCache(string folder, int dimensions)
    {
        this.folder = folder;
        this.dimensions = dimensions;
    }

    /// <summary>Vectors on disk when the cache was opened.</summary>
    public int Count => known.Count;

    public string Folder => folder;

    /// <summary>Opens (and loads) the cache of <paramref name="encoderName"/> under <paramref name="cacheRoot"/>.</summary>
    public static PassageVectorCache Open(string cacheRoot, string encoderName, int dimensions)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(encoderName)))[..24];
        var cache = new PassageVectorCache(Path.Combine(cacheRoot, "embeddings", id), dimensions);
        if (Directory.Exists(cache.folder))
            foreach (var file in Directory.EnumerateFiles(cache.folder, "*.vectors"))
                if (cache.TryLoad(file))
                    cache.files.Add(file);
        return cache;
    }

    public static UInt128 KeyOf(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash[..KeyBytes]);
    }

    public bool TryGet(UInt128 key, out float[] vector) =>
        known.TryGetValue(key, out vector!) || added.TryGetValue(key, out vector!);

    public void Add(UInt128 key, float[] vector)
    {
        if (vector.Length == dimensions && !known.ContainsKey(key))
            added[key] = vector;
    }

    /// <summary>Writes what this run added; merges the files when there are many. Failures only cost the next run time.</summary>
    public void Save()
    {
        if (added.Count == 0)
            return;
        try
        {
            Directory.CreateDirectory(folder);
            if (files.Count + 1 > FilesBeforeMerge)
            {
                Write(known.Concat(added));
                foreach (var old in files)
                    File.Delete(old);
            }
            else
            {
                Write(added);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not writable (read-only home, full disk): the index is complete anyway; the next run encodes again.
        }
    }

    private void Write(IEnumerable<KeyValuePair<UInt128, float[]>> entries)
    {
        var list = entries.ToList();
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.vectors");
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Span<byte> header = stackalloc byte[16];
            Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header[8..], dimensions);
            BinaryPrimitives.WriteInt32LittleEndian(header[12..], list.Count);
            stream.Write(header);
            Span<byte> key = stackalloc byte[KeyBytes];
            foreach (var (k, vector) in list)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(key, k);
                stream.Write(key);
                stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        }
        File.Move(temporary, path);
    }

    private bool TryLoad(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 16 || !bytes.AsSpan(0, 8).SequenceEqual(Magic)
                || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)) != dimensions)
                return false;
            var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
            var record = KeyBytes + dimensions * sizeof(float);
            if (count < 0 || bytes.Length != 16 + (long)count * record)
                return false; // truncated or padded: not ours to trust
            for (var i = 0; i < count; i++)
            {
                var at = bytes.AsSpan(16 + i * record, record);
                known[BinaryPrimitives.ReadUInt128LittleEndian(at)] = MemoryMarshal.Cast<byte, float>(at[KeyBytes..]).ToArray();
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
