using System.Net;
using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// The one cleanup for text read out of a note (names, link and pick texts, topics, turns): whitespace collapsed
/// (no-break and zero-width spaces included), HTML entities that survived the markdown parse decoded (notes encode
/// twice: <c>&amp;amp;nbsp;</c>), leftover emphasis marks dropped, surrounding punctuation trimmed. Underscores inside a
/// word are text (<c>phoenix_live_view</c>); at a word's edge they are emphasis.
/// </summary>
public static class InlineText
{
    /// <summary>Returns "" when nothing but markup and punctuation is left.</summary>
    public static string Clean(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return "";
        if (raw.Contains('&'))
            raw = DecodeEntities(raw);
        var builder = new StringBuilder(raw.Length);
        // Walked by index: whether an underscore is inside a word depends on its neighbours.
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '*' or '`' or '\\')
                continue;
            if (c == '_' && !(i > 0 && char.IsLetterOrDigit(raw[i - 1]) && i + 1 < raw.Length && char.IsLetterOrDigit(raw[i + 1])))
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim(' ', ',', ';', ':', '-', '–', '—', '.', '|', '(', ')', '[', ']', '"', '“', '”', '&', '/');
    }

    /// <summary>Whole texts such as titles and summaries: entities decoded and whitespace collapsed, nothing trimmed
    /// but spaces (a title may end with a parenthesis or a question mark).</summary>
    public static string Normalize(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return "";
        if (raw.Contains('&'))
            raw = DecodeEntities(raw);
        return string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Decodes entities until none is left (at most three rounds: double-encoded notes exist, loops do not).</summary>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 3; round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
                break;
            text = decoded;
        }
        return text;
    }
}
