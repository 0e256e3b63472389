using System.Net;
using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// The transcript part of a note, cut off before the Markdig parse. Transcripts are most of the corpus's bytes and are
/// single paragraphs with thousands of <c>**</c> runs, which is the slowest input for an emphasis parser; all we need
/// from them is text, bold runs (speaker labels) and link texts, which a line scanner gives at a fraction of the cost.
/// </summary>
internal static class TranscriptText
{
    /// <summary>Index in <paramref name="body"/> of the line that is a Transcript heading (<c>### Transcript</c>,
    /// <c>**Transcript**</c>, <c>Transcript:</c>), and the index just after it; -1 when there is none.</summary>
    public static (int HeadingStart, int ContentStart) Find(string body)
    {
        var position = 0;
        while (position < body.Length)
        {
            var end = body.IndexOf('\n', position);
            var lineEnd = end < 0 ? body.Length : end;
            var line = body.AsSpan(position, lineEnd - position).Trim();
            if (line.Length is >= 10 and <= 40 && line.Contains("ranscript", StringComparison.OrdinalIgnoreCase))
            {
                var bare = line.Trim("#*_ :\t").ToString();
                if (bare.Equals("Transcript", StringComparison.OrdinalIgnoreCase) && (line[0] is '#' or '*' or '_' || line.EndsWith(":")))
                    return (position, end < 0 ? body.Length : end + 1);
            }
            position = lineEnd + 1;
        }
        return (-1, -1);
    }

    /// <summary>One <see cref="BodyLine"/> per non-blank source line: entities decoded, link syntax reduced to its text,
    /// <c>**</c>/<c>__</c> runs turned into bold spans, other emphasis marks and HTML tags dropped.</summary>
    public static List<BodyLine> Lines(string text, int firstLine)
    {
        var lines = new List<BodyLine>();
        var position = 0;
        var lineNumber = firstLine;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = ScanLine(text.AsSpan(position, lineEnd - position), lineNumber, builder);
            if (line is not null)
                lines.Add(line);
            position = lineEnd + 1;
            lineNumber++;
        }
        return lines;
    }

    private static BodyLine? ScanLine(ReadOnlySpan<char> raw, int lineNumber, StringBuilder text)
    {
        text.Clear();
        var marks = new List<int>();
        var links = new List<InlineLink>();
        var linkStart = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\\' when i + 1 < raw.Length && char.IsPunctuation(raw[i + 1]) || i + 1 < raw.Length && raw[i + 1] is '*' or '_':
                    // An escaped character is literal; escaped stars in these notes are broken bold, so drop them.
                    if (raw[i + 1] is not ('*' or '_'))
                        text.Append(raw[i + 1]);
                    i++;
                    break;
                case '*' or '_' when i + 1 < raw.Length && raw[i + 1] == c:
                    marks.Add(text.Length);
                    while (i + 1 < raw.Length && raw[i + 1] == c)
                        i++;
                    break;
                case '*':
                case '_' when (i == 0 || !char.IsLetterOrDigit(raw[i - 1])) || (i + 1 == raw.Length || !char.IsLetterOrDigit(raw[i + 1])):
                    break;
                case '[':
                    linkStart = text.Length;
                    break;
                case ']' when linkStart >= 0 && i + 1 < raw.Length && raw[i + 1] == '(':
                    var close = raw[(i + 2)..Math.Min(raw.Length, i + 2 + 2048)].IndexOf(')');
                    if (close >= 0)
                    {
                        var url = raw.Slice(i + 2, close).ToString();
                        links.Add(new InlineLink(text.ToString(linkStart, text.Length - linkStart), url, linkStart, text.Length));
                        i += close + 2;
                    }
                    linkStart = -1;
                    break;
                case '<':
                    var tagEnd = raw[i..Math.Min(raw.Length, i + 40)].IndexOf('>');
                    if (tagEnd > 0 && tagEnd < 40 && i + 1 < raw.Length && (char.IsLetter(raw[i + 1]) || raw[i + 1] == '/'))
                        i += tagEnd;
                    else
                        text.Append(c);
                    break;
                case '&':
                    var semicolon = raw[i..Math.Min(raw.Length, i + 10)].IndexOf(';');
                    if (semicolon is > 1 and < 10)
                    {
                        var decoded = WebUtility.HtmlDecode(raw.Slice(i, semicolon + 1).ToString());
                        text.Append(decoded == "\u00A0" ? " " : decoded);
                        i += semicolon;
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
                case '\u00A0' or '\t' or '\r':
                    text.Append(' ');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
        var bold = new List<TextSpan>();
        for (var i = 0; i + 1 < marks.Count; i += 2)
            if (marks[i + 1] > marks[i])
                bold.Add(new TextSpan(marks[i], marks[i + 1]));
        var value = text.ToString();
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var line = new BodyLine { Text = value, Kind = BodyLineKind.Paragraph, Line = lineNumber, Links = links, Bold = bold };
        var start = value.Length - value.TrimStart().Length;
        var trimmedEnd = value.TrimEnd().Length;
        return start == 0 && trimmedEnd == value.Length ? line : line.Slice(start, trimmedEnd);
    }
}
