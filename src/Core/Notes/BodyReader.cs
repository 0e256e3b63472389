using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PodSearch.Core.Notes;

/// <summary>
/// Walks the Markdig syntax tree of a note body and flattens it into <see cref="BodyLine"/>s: one per heading, one per
/// source line of a paragraph or list item (soft breaks split lines, because notes put one label per line without
/// blank lines between), with emphasis and HTML tags removed but bold runs and links remembered.
/// </summary>
internal static class BodyReader
{
    /// <summary>Built once: a pipeline is immutable and thread-safe. Autolinks turn the bare URLs of Links lists into links.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    /// <summary>
    /// Reads <paramref name="body"/> (the text after the front matter), whose first line is file line <paramref name="firstLine"/>;
    /// lines Markdig refuses as nested too deeply are left out with a warning on their own line in <paramref name="warnings"/>.
    /// </summary>
    public static List<BodyLine> Read(string body, int firstLine, List<ParseWarning>? warnings = null)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException) when (warnings is not null)
        {
            document = Markdown.Parse(WithoutTooDeepLines(body, firstLine, warnings), Pipeline);
        }
        var lines = new List<BodyLine>();
        foreach (var block in document)
            AddBlock(block, lines, firstLine, depth: 0);
        return lines;
    }

    /// <summary>
    /// Markdig throws on input nested past its depth limit (5,000 <c>&gt;</c> or 20,000 <c>[</c>) and names no line.
    /// Each line is tried alone (only on this failure path); the ones it refuses are blanked, so the rest of the body
    /// (panel, picks, links) is still read and the warning names the line to fix.
    /// </summary>
    private static string WithoutTooDeepLines(string body, int firstLine, List<ParseWarning> warnings)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                Markdown.Parse(lines[i], Pipeline);
            }
            catch (ArgumentException ex)
            {
                warnings.Add(new ParseWarning(firstLine + i, $"markdown nested too deeply on this line ({ex.Message}); the line is left out, the rest of the body is read"));
                lines[i] = "";
            }
        }
        return string.Join('\n', lines);
    }

    private static void AddBlock(Block block, List<BodyLine> lines, int firstLine, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddInlines(heading.Inline, BodyLineKind.Heading, heading.Level, heading.Line, firstLine, lines);
                break;
            case ParagraphBlock paragraph:
                var kind = depth > 0 ? BodyLineKind.ListItem : BodyLineKind.Paragraph;
                AddInlines(paragraph.Inline, kind, depth, paragraph.Line, firstLine, lines);
                break;
            case ListItemBlock item:
                var before = lines.Count;
                foreach (var child in item)
                    AddBlock(child, lines, firstLine, depth + 1);
                if (lines.Count > before)
                    lines[before] = lines[before].AsItemStart();
                else
                    lines.Add(new BodyLine { Text = "", Kind = BodyLineKind.ListItem, Level = depth + 1, Line = item.Line + firstLine, StartsItem = true });
                break;
            case ListBlock list:
                foreach (var child in list)
                    AddBlock(child, lines, firstLine, depth);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    AddBlock(child, lines, firstLine, depth);
                break;
            case LeafBlock leaf when leaf is not ThematicBreakBlock && leaf.Lines.Count > 0:
                // HTML blocks and indented "code" blocks in notes are prose that lost its formatting: keep the text.
                var texts = leaf.Lines.Lines;
                for (var i = 0; i < leaf.Lines.Count; i++)
                {
                    var text = StripTags(texts[i].Slice.ToString());
                    if (text.Length > 0)
                        lines.Add(new BodyLine { Text = text, Kind = depth > 0 ? BodyLineKind.ListItem : BodyLineKind.Paragraph, Level = depth, Line = leaf.Line + i + firstLine });
                }
                break;
        }
    }

    private static void AddInlines(ContainerInline? inline, BodyLineKind kind, int level, int blockLine, int firstLine, List<BodyLine> lines)
    {
        var builder = new LineBuilder(kind, level, blockLine, firstLine, lines);
        if (inline is not null)
            builder.AddChildren(inline, bold: false);
        builder.Flush();
    }

    private static string StripTags(string html)
    {
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
            return html.Trim();
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) { inTag = false; builder.Append(' '); }
            else if (!inTag) builder.Append(c);
        }
        return System.Net.WebUtility.HtmlDecode(builder.ToString()).Replace('\u00A0', ' ').Trim();
    }

    /// <summary>Accumulates one logical line at a time; a line break inline ends the current line.</summary>
    // blockLine: 0-based body line of the block (Markdig's coordinates); firstLine: 1-based file line of body line 0.
    private sealed class LineBuilder(BodyLineKind kind, int level, int blockLine, int firstLine, List<BodyLine> lines)
    {
        private readonly StringBuilder text = new();
        private readonly List<InlineLink> links = [];
        private readonly List<TextSpan> bold = [];
        // Positions of literal "**" that Markdig could not pair (e.g. "**Panel:&nbsp;**", "**Picks\*\***"): paired up per line.
        private readonly List<int> strayBold = [];
        private int currentLine = blockLine + firstLine;

        public void AddChildren(ContainerInline container, bool bold)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                Add(child, bold);
        }

        private void Add(Inline inline, bool isBold)
        {
            switch (inline)
            {
                case LiteralInline { IsFirstCharacterEscaped: true } escaped when escaped.Content.Length == 1 && escaped.Content.CurrentChar == '*':
                    // An escaped star in these notes is broken bold markup ("**Picks\*\*** Ward Bell\*\*"), never text:
                    // it marks a bold boundary like a stray "**" and leaves nothing in the text.
                    strayBold.Add(text.Length);
                    break;
                case LiteralInline literal:
                    AppendLiteral(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    Flush();
                    currentLine = Math.Max(inline.Line + 1, blockLine) + firstLine;
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    Append(code.Content);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                        Flush();
                    break;
                case AutolinkInline autolink:
                    AddLink(autolink.Url, () => Append(autolink.Url));
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    AddLink(link.Url ?? "", () => AddChildren(link, isBold));
                    break;
                case EmphasisInline emphasis:
                    var start = text.Length;
                    AddChildren(emphasis, isBold || emphasis.DelimiterCount >= 2);
                    if (start > text.Length)
                        start = 0;
                    if (emphasis.DelimiterCount >= 2 && text.Length > start)
                        bold.Add(new TextSpan(start, text.Length));
                    break;
                case ContainerInline container:
                    // Unmatched brackets and delimiters: keep their text as written.
                    if (container is DelimiterInline delimiter)
                        AppendLiteral(delimiter.ToLiteral());
                    AddChildren(container, isBold);
                    break;
            }
        }

        private void AddLink(string url, Action addText)
        {
            var start = text.Length;
            addText();
            // A line break inside the link text flushed the line: the link's text is what is left on the new line.
            if (start > text.Length)
                start = 0;
            if (url.Length > 0)
                links.Add(new InlineLink(text.ToString(start, text.Length - start).Trim(), url, start, text.Length));
        }

        /// <summary>Literal text: stray <c>**</c>/<c>__</c> runs are broken bold markup, so they become bold boundaries, not text.</summary>
        private void AppendLiteral(ReadOnlySpan<char> value)
        {
            var i = 0;
            while (i < value.Length)
            {
                var c = value[i];
                if ((c == '*' || c == '_') && i + 1 < value.Length && value[i + 1] == c)
                {
                    var run = i;
                    while (run < value.Length && value[run] == c)
                        run++;
                    strayBold.Add(text.Length);
                    i = run;
                    continue;
                }
                text.Append(c is '\u00A0' or '\t' ? ' ' : c);
                i++;
            }
        }

        private void Append(string value)
        {
            foreach (var c in value)
                text.Append(c is '\u00A0' or '\t' ? ' ' : c);
        }

        public void Flush()
        {
            for (var i = 0; i + 1 < strayBold.Count; i += 2)
                if (strayBold[i + 1] > strayBold[i])
                    bold.Add(new TextSpan(strayBold[i], strayBold[i + 1]));
            strayBold.Clear();
            if (text.Length > 0)
            {
                bold.Sort((a, b) => a.Start.CompareTo(b.Start));
                var full = new BodyLine { Text = text.ToString(), Kind = kind, Level = level, Line = currentLine, Links = [.. links], Bold = [.. bold] };
                var value = full.Text;
                var start = 0;
                var end = value.Length;
                while (start < end && (char.IsWhiteSpace(value[start]) || value[start] == '\u200B')) start++;
                while (end > start && (char.IsWhiteSpace(value[end - 1]) || value[end - 1] == '\u200B')) end--;
                if (end > start)
                    lines.Add(start == 0 && end == value.Length ? full : full.Slice(start, end));
            }
            text.Clear();
            links.Clear();
            bold.Clear();
        }
    }
}
