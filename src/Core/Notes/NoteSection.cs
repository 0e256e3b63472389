namespace PodSearch.Core.Notes;

/// <summary>A run of body lines under one label (or before any label). Content written after the label on its
/// own line (<c>**Panel:** A, B</c>) is the first of <see cref="Lines"/>.</summary>
internal sealed class NoteSection(SectionKind kind, int line, int headingLevel)
{
    public SectionKind Kind { get; } = kind;
    /// <summary>1-based file line of the label.</summary>
    public int Line { get; } = line;
    /// <summary>The label's heading level, 0 when the label was bold or plain text.</summary>
    public int HeadingLevel { get; } = headingLevel;
    public List<BodyLine> Lines { get; } = [];
    /// <summary>True when the label line itself carried content (<c>**Guest:** Jane Doe</c>).</summary>
    public bool HasInlineContent { get; set; }
}
