using System.Security.Cryptography;
using System.Text;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Identifies everything besides a note's own bytes that shapes its document: the schema version, the build
/// of the parser (the Core assembly's module version id, which deterministic builds change only when code
/// changes) and the notes folder's <c>_data/</c> files (show titles, host names). When the fingerprint in the
/// index differs, an unchanged note may still index differently, so every note is re-parsed.
/// </summary>
internal static class BuildFingerprint
{
    public static string Compute(string notesRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"schema {IndexSchema.Version}; core {typeof(NoteParser).Assembly.ManifestModule.ModuleVersionId}\n"));
        var data = Path.Combine(notesRoot, "_data");
        if (Directory.Exists(data))
        {
            var files = Directory.GetFiles(data, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(notesRoot, file) + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
