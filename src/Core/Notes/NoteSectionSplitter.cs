namespace PodSearch.Core.Notes;

/// <summary>
/// Cuts body lines into <see cref="NoteSection"/>s at labels. A label counts when it is a heading, when it is bold,
/// when a colon follows it, or when it is alone on its line; bold labels in the middle of a line
/// (<c>**Panel:** A **Guest:** B</c>) split the line. Once the transcript starts, everything after belongs to it.
/// </summary>
internal static class NoteSectionSplitter
{
    public static List<NoteSection> Split(IReadOnlyList<BodyLine> lines)
    {
        var sections = new List<NoteSection>();
        var current = new NoteSection(SectionKind.Body, 1, 0);
        sections.Add(current);
        foreach (var whole in lines)
        {
            if (current.Kind == SectionKind.Transcript)
            {
                current.Lines.Add(whole);
                continue;
            }
            foreach (var line in SplitAtBoldLabels(whole).SelectMany(SplitAtGluedLabels))
            {
                if (current.Kind == SectionKind.Transcript)
                {
                    current.Lines.Add(line);
                    continue;
                }
                var label = SectionLabels.MatchStart(line.Text);
                if (line.IsHeading)
                {
                    if (label is { } heading && (heading.IsClear || heading.Kind == SectionKind.Hosts || heading.Kind == SectionKind.Guests))
                    {
                        current = Start(sections, heading.Kind, line, line.Level, heading.Length);
                    }
                    else if (current.Kind == SectionKind.Picks && line.Level > current.HeadingLevel && line.Text.Length <= 60)
                    {
                        current.Lines.Add(line); // a picker's name as a sub-heading
                    }
                    else
                    {
                        current = new NoteSection(SectionKind.Body, line.Line, line.Level);
                        sections.Add(current);
                        current.Lines.Add(line);
                    }
                    continue;
                }
                // Under Picks, a plain "Guest" on its own line names a picker (the guest), not a new Guests list.
                if (label is { Kind: SectionKind.Guests or SectionKind.Hosts, RestEmpty: true, HasColon: false } && current.Kind == SectionKind.Picks
                    && line.Bold.Count == 0)
                {
                    current.Lines.Add(line);
                    continue;
                }
                if (label is { } found && (found.IsClear || line.IsBold(0, Math.Min(line.Text.Length, 3))))
                {
                    current = Start(sections, found.Kind, line, 0, found.Length);
                    continue;
                }
                if (EndsPeopleList(current, line))
                {
                    current = new NoteSection(SectionKind.Body, line.Line, 0);
                    sections.Add(current);
                }
                current.Lines.Add(line);
            }
        }
        return sections;
    }

    /// <summary>
    /// A Panel/Guest list ends where something else starts without a label: anything after an inline list
    /// (<c>**Guest:** Jane Doe</c> followed by topic bullets), or prose after list items.
    /// </summary>
    private static bool EndsPeopleList(NoteSection section, BodyLine line)
    {
        if (section.Kind is not (SectionKind.Hosts or SectionKind.Guests))
            return false;
        if (section.HasInlineContent)
            return true;
        if (line.Kind == BodyLineKind.Paragraph && section.Lines.Any(l => l.IsListItem))
            return true;
        return line.Text.Length > 120;
    }

    private static NoteSection Start(List<NoteSection> sections, SectionKind kind, BodyLine line, int level, int labelLength)
    {
        var section = new NoteSection(kind, line.Line, level);
        sections.Add(section);
        if (labelLength < line.Text.Length)
        {
            var rest = line.Slice(labelLength, line.Text.Length);
            var trimmed = rest.Text.TrimStart(' ', ':', '*', '-', '–');
            if (trimmed.Length > 0)
            {
                var content = rest.Slice(rest.Text.Length - trimmed.Length, rest.Text.Length);
                // The names after a Panel/Guest label are its own first entry, even when the label sits on a list
                // item's continuation line ("- Josh Adams" then "Joined by Special Guests: A and B", no blank line).
                // Picks keep the item structure: there a continuation line is part of the previous pick.
                section.Lines.Add(kind is SectionKind.Hosts or SectionKind.Guests ? content.AsItemStart() : content);
                section.HasInlineContent = true;
            }
        }
        return section;
    }

    /// <summary>
    /// Flattened notes glue labels to the text around them ("…Writing Apps / IoT?Picks", "[Center](url)Picks[Item](url)").
    /// A capitalised "Picks" or "Transcript" that ends the line, or is followed by a colon or a link, is cut out as a
    /// label line of its own.
    /// </summary>
    private static IEnumerable<BodyLine> SplitAtGluedLabels(BodyLine line)
    {
        if (line.IsHeading || line.Text.Length < 6)
        {
            yield return line;
            yield break;
        }
        var start = 0;
        foreach (var word in GluedLabelWords)
        {
            var at = line.Text.IndexOf(word, start, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var end = at + word.Length;
            var before = line.Text[at - 1];
            var glued = !char.IsLetterOrDigit(before) || char.IsLower(before) || line.Links.Any(l => l.End == at);
            var after = end == line.Text.Length || line.Text[end] == ':' || line.Links.Any(l => l.Start == end)
                        || line.Text.AsSpan(end).TrimStart().StartsWith("[");
            if (!glued || !after || line.Links.Any(l => l.Start < end && l.End > at))
                continue;
            if (line.Text.AsSpan(start, at - start).Trim().Length > 0)
                yield return line.Slice(start, at);
            yield return line.Slice(at, end);
            start = end;
            while (start < line.Text.Length && line.Text[start] is ':' or ' ')
                start++;
        }
        if (start < line.Text.Length)
            yield return start == 0 ? line : line.Slice(start, line.Text.Length);
    }

    private static readonly string[] GluedLabelWords = ["Picks", "Transcript"];

    /// <summary>Splits a line before each bold run (other than at its start) that is a whole label.</summary>
    private static IEnumerable<BodyLine> SplitAtBoldLabels(BodyLine line)
    {
        if (line.Bold.Count == 0 || line.IsHeading)
        {
            yield return line;
            yield break;
        }
        var start = 0;
        foreach (var bold in line.Bold)
        {
            if (bold.Start <= start)
                continue;
            // Broken markup leaves stars and underscores at the edges of a bold label ("Picks**").
            var text = line.Text[bold.Start..bold.End].Trim().Trim('*', '_', ' ');
            if (text.Length == 0 || SectionLabels.MatchStart(text) is not { } label || !label.IsClear)
                continue;
            if (line.Text.AsSpan(start, bold.Start - start).Trim().Length > 0)
                yield return line.Slice(start, bold.Start);
            start = bold.Start;
        }
        yield return start == 0 ? line : line.Slice(start, line.Text.Length);
    }
}
