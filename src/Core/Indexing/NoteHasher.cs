using System.Security.Cryptography;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Hashes a note's bytes the way <see cref="Notes.Episode.ContentHash"/> is defined (SHA-256, lower-case hex), so
/// an unchanged note is recognised before it is parsed. Deciding whether a file is a readable note at all
/// (empty, binary, not UTF-8, too large) is the parser's job, not this one's.
/// </summary>
internal static class NoteHasher
{
    /// <summary>Larger files are not hashed (and so re-examined by the parser on every run, which refuses them cheaply).</summary>
    public const long MaxHashedBytes = 16L * 1024 * 1024;

    /// <summary>The content hash, or null when the file is too large or cannot be read.</summary>
    public static string? TryHash(NoteFile file)
    {
        if (file.Length > MaxHashedBytes)
            return null;
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullPath)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
