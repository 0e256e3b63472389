using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Reads one note's bytes and decides whether they can be indexed: files that are empty, too large or binary
/// are refused with a reason; invalid UTF-8 is decoded with replacement characters and reported with its line.
/// Also hashes the bytes, the key of incremental indexing.
/// </summary>
internal static class NoteFileReader
{
    private static readonly UTF8Encoding Utf8Replacing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static NoteFileContent Read(NoteFile file, long maxBytes)
    {
        if (file.Length > maxBytes)
            return NoteFileContent.Refused(0, $"file is {Megabytes(file.Length)}, larger than the {Megabytes(maxBytes)} limit for a note; skipped");

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return NoteFileContent.Refused(0, $"cannot read the file: {ex.Message}");
        }
        if (bytes.Length > maxBytes)
            return NoteFileContent.Refused(0, $"file is {Megabytes(bytes.Length)}, larger than the {Megabytes(maxBytes)} limit for a note; skipped");

        var hash = Hash(bytes);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        if (span.IsEmpty || span.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8) < 0)
            return NoteFileContent.Refused(0, "empty file", hash);

        // A text note never contains NUL; images, archives and office files almost always do early on.
        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
            return NoteFileContent.Refused(LineOf(span, nul), $"binary file (NUL byte at offset {nul}); skipped", hash);

        var invalid = FirstInvalidUtf8(span);
        var text = Utf8Replacing.GetString(span);
        NoteProblemAt? warning = invalid < 0
            ? null
            : new NoteProblemAt(LineOf(span, invalid),
                $"invalid UTF-8 (byte 0x{span[invalid]:X2} at offset {invalid}); decoded with replacement characters");
        return new NoteFileContent(text, hash, warning, null);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return -1;
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static string Hash(byte[] bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>A line-numbered problem before the file's path is attached.</summary>
internal readonly record struct NoteProblemAt(int Line, string Message);

/// <summary>
/// The decoded text of a note and its content hash, or why it was refused. <see cref="Warning"/> is set when
/// the text could be read but not faithfully (invalid UTF-8).
/// </summary>
internal sealed record NoteFileContent(string? Text, string? Hash, NoteProblemAt? Warning, NoteProblemAt? Refusal)
{
    public static NoteFileContent Refused(int line, string reason, string? hash = null) => new(null, hash, null, new NoteProblemAt(line, reason));
}
