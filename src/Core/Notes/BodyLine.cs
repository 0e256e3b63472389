namespace PodSearch.Core.Notes;

/// <summary>
/// One logical line of a note body as read from the Markdig syntax tree: plain text with markup removed, the links
/// and bold runs in it (as offsets into <see cref="Text"/>), and where it came from. Section finding, people and picks
/// work on these lines, never on raw markdown.
/// </summary>
internal sealed class BodyLine
{
    public required string Text { get; init; }
    public required BodyLineKind Kind { get; init; }
    /// <summary>1-based line in the file.</summary>
    public required int Line { get; init; }
    /// <summary>Heading level (1-6), or list nesting depth (1 = top-level item) for list lines.</summary>
    public int Level { get; init; }
    /// <summary>True for the first line of a list item (later lines of the same item are continuations).</summary>
    public bool StartsItem { get; init; }
    public IReadOnlyList<InlineLink> Links { get; init; } = [];
    public IReadOnlyList<TextSpan> Bold { get; init; } = [];

    public bool IsHeading => Kind == BodyLineKind.Heading;
    public bool IsListItem => Kind == BodyLineKind.ListItem;

    /// <summary>The part of this line from <paramref name="start"/> on, with links and bold runs shifted to match.</summary>
    public BodyLine Slice(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        return new BodyLine
        {
            Text = Text[start..end],
            Kind = Kind,
            Line = Line,
            Level = Level,
            StartsItem = StartsItem && start == 0,
            Links = Links.Where(l => l.Start >= start && l.End <= end).Select(l => l with { Start = l.Start - start, End = l.End - start }).ToList(),
            Bold = Bold.Where(b => b.End > start && b.Start < end).Select(b => new TextSpan(Math.Max(b.Start, start) - start, Math.Min(b.End, end) - start)).ToList(),
        };
    }

    /// <summary>This line marked as the first line of a list item.</summary>
    public BodyLine AsItemStart() => new()
    {
        Text = Text, Kind = Kind, Line = Line, Level = Level, StartsItem = true, Links = Links, Bold = Bold,
    };

    public bool IsBold(int start, int end) => Bold.Any(b => b.Start <= start && b.End >= end);

    public override string ToString() => $"{Line} {Kind} {Text}";
}

internal enum BodyLineKind
{
    Paragraph,
    Heading,
    ListItem,
}

/// <summary>A link inside a <see cref="BodyLine"/>: its text occupies <c>Text[Start..End]</c>.</summary>
internal sealed record InlineLink(string Text, string Url, int Start, int End);

internal readonly record struct TextSpan(int Start, int End);
