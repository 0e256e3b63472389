using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// Turns a note's bytes into text, or says why it cannot: empty, too large, binary (NUL bytes) or not UTF-8.
/// These are the "fatal to this note" cases (<see cref="ParseWarning.Fatal"/>): nothing useful can be parsed.
/// </summary>
internal static class NoteFileReader
{
    /// <summary>The largest note read; real notes are under 150 KB, so anything past this is not a show note.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file; returns null text (and a fatal warning) when it cannot be used.</summary>
    public static string? Read(string path, List<ParseWarning> warnings, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                warnings.Add(new ParseWarning(0, $"file is {info.Length / (1024 * 1024.0):0.#} MB, larger than the {MaxBytes / (1024 * 1024)} MB limit for a note; not read", Fatal: true));
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new ParseWarning(0, $"cannot read file: {ex.Message}", Fatal: true));
            return null;
        }
        return Decode(bytes, warnings);
    }

    /// <summary>Decodes bytes as strict UTF-8 (a BOM is dropped); fatal warnings name the first bad line.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, List<ParseWarning> warnings)
    {
        if (bytes.Length > MaxBytes)
        {
            warnings.Add(new ParseWarning(0, $"note is larger than the {MaxBytes / (1024 * 1024)} MB limit; not read", Fatal: true));
            return null;
        }
        if (bytes.IsEmpty || bytes.Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            warnings.Add(new ParseWarning(1, "file is empty", Fatal: true));
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            warnings.Add(new ParseWarning(LineAt(bytes, nul), "binary content (NUL byte); not a text note", Fatal: true));
            return null;
        }
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            _ = ex;
            var offset = FirstInvalidUtf8(bytes);
            warnings.Add(new ParseWarning(LineAt(bytes, offset), $"invalid UTF-8 at byte {offset}; not a UTF-8 text note", Fatal: true));
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        return bytes[..offset].Count((byte)'\n') + 1;
    }
}
