using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Pick groups from a Picks section, in the forms notes use: a picker line (<c>**Name:**</c>, <c>Name:</c>, a bare or
/// linked name, a sub-heading) followed by a list; <c>Name: a, b Name2: c</c> and <c>**Name:** a **Name2:** b</c> on one
/// line; inline <c>[Item](url) (Name)</c> runs. "No pick" items are dropped, and so is a picker left with none.
/// Items before any picker go to a group whose <see cref="PickGroup.By"/> is empty.
/// </summary>
internal static partial class PicksReader
{
    /// <param name="section">The Picks section.</param>
    /// <param name="isKnownPerson">Whether a name is one of the note's people (or a show host): a plain
    /// <c>Name:</c> in the middle of a line only opens a picker group when it is, so <c>Wallabag: url</c> stays an item.</param>
    public static List<PickGroup> Read(NoteSection section, Func<string, bool> isKnownPerson)
    {
        var groups = new List<(List<string> By, List<PickItem> Items)>();
        List<PickItem>? current = null;

        List<PickItem> Open(IReadOnlyList<string> names)
        {
            var items = new List<PickItem>();
            groups.Add(([.. names], items));
            return items;
        }

        foreach (var line in section.Lines)
        {
            var markers = PickerMarkers(line, isKnownPerson);
            if (markers.Count > 0)
            {
                if (markers[0].Start > 0)
                    AddItems(current ??= Open([]), line, 0, markers[0].Start);
                for (var i = 0; i < markers.Count; i++)
                {
                    current = Open(markers[i].Names);
                    AddItems(current, line, markers[i].End, i + 1 < markers.Count ? markers[i + 1].Start : line.Text.Length);
                }
                continue;
            }
            // "(Name)" may be glued to the next item's text once link syntax is gone ("Item (Ward)Next item (John)").
            if (line.Text.Contains(')'))
                if (InlinePicks(line, groups))
                    continue;
            if (WholeLinePicker(line) is { } names)
            {
                current = Open(names);
                continue;
            }
            if (line.IsListItem && !line.StartsItem)
                continue;
            AddItems(current ??= Open([]), line, 0, line.Text.Length);
        }

        var result = new List<PickGroup>();
        foreach (var (names, items) in groups)
        {
            var kept = items.Where(i => !IsNoPick(i.Text)).ToList();
            if (kept.Count == 0)
                continue;
            foreach (var name in names.Count == 0 ? [""] : names)
            {
                var existing = result.FindIndex(g => PersonName.Fold(g.By) == PersonName.Fold(name));
                if (existing >= 0)
                    result[existing] = result[existing] with { Items = [.. result[existing].Items, .. kept] };
                else
                    result.Add(new PickGroup(name, kept));
            }
        }
        return result;
    }

    /// <summary>Items in <c>line.Text[start..end]</c>: each link is one; unlinked text is split at commas.</summary>
    private static void AddItems(List<PickItem> items, BodyLine line, int start, int end)
    {
        var position = start;
        foreach (var link in line.Links.Where(l => l.Start >= start && l.End <= end))
        {
            AddUnlinked(items, line.Text[position..link.Start]);
            var text = InlineText.Clean(link.Text);
            items.Add(new PickItem(text.Length > 0 ? text : link.Url, link.Url));
            position = link.End;
        }
        AddUnlinked(items, line.Text[position..end]);
    }

    private static void AddUnlinked(List<PickItem> items, string text)
    {
        foreach (var piece in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var item = InlineText.Clean(piece);
            // Leftovers between links ("and", "Website", "(anti-pick)") are not items of their own.
            if (item.Length > 2 && !item.Equals("and", StringComparison.OrdinalIgnoreCase) && !item.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                items.Add(new PickItem(item, null));
        }
    }

    private readonly record struct Marker(int Start, int End, IReadOnlyList<string> Names);

    /// <summary>Picker names that open a group inside a line: bold names and <c>Name:</c>.</summary>
    private static List<Marker> PickerMarkers(BodyLine line, Func<string, bool> isKnownPerson)
    {
        var markers = new List<Marker>();
        var text = line.Text;
        foreach (var bold in line.Bold)
        {
            var inner = text[bold.Start..bold.End].Trim();
            var end = bold.End;
            var colonAfter = ColonAfter().Match(text, end);
            var hasColon = inner.EndsWith(':') || colonAfter.Success;
            if (colonAfter.Success)
                end += colonAfter.Length;
            var who = inner.TrimEnd(':', ' ');
            // A bold name alone on its line is a header; inside a line it needs a colon to be a picker.
            var alone = text.AsSpan(0, bold.Start).Trim().IsEmpty && text.AsSpan(end).Trim().IsEmpty;
            if (!hasColon && !alone)
                continue;
            if (OnlyNames(who) is { } names)
                markers.Add(new Marker(bold.Start, end, names));
        }
        foreach (Match match in ColonName().Matches(text))
        {
            if (markers.Any(m => match.Index < m.End && match.Index + match.Length > m.Start))
                continue;
            var who = match.Groups["name"].Value;
            var atStart = text.AsSpan(0, match.Index).Trim().IsEmpty;
            if (line.Links.Any(l => match.Index < l.End && match.Index + match.Length > l.Start))
                continue;
            var names = OnlyNames(who);
            // Off the line's start an item's last words may run into the next picker ("MailDev Jason:").
            if (!atStart && (names is null || !names.All(isKnownPerson)))
            {
                names = null;
                // "MailDev Jason:": the picker is the known name at the end of the run.
                var words = who.Split(' ');
                for (var skip = 1; skip < words.Length && names is null; skip++)
                {
                    var tail = string.Join(' ', words[skip..]);
                    if (isKnownPerson(tail) && OnlyNames(tail) is { } tailNames)
                    {
                        names = tailNames;
                        markers.Add(new Marker(match.Index + who.Length - tail.Length, match.Index + match.Length, names));
                    }
                }
                continue;
            }
            // Off the line's start, or as a list item's caption ("- Apple Airpods: url"), a plain "Name:" is a
            // picker only when it names one of the note's people.
            if (names is null || ((!atStart || line.IsListItem) && !names.All(isKnownPerson)))
                continue;
            markers.Add(new Marker(match.Index, match.Index + match.Length, names));
        }
        // "[Item](url)Jane: next item": with the link syntax gone, a known picker's name is glued to the link text.
        foreach (var link in line.Links)
        {
            var glued = GluedColonName().Match(text, link.End);
            if (!glued.Success || markers.Any(m => link.End < m.End && glued.Index + glued.Length > m.Start))
                continue;
            if (OnlyNames(glued.Groups["name"].Value) is { } names && names.All(isKnownPerson))
                markers.Add(new Marker(glued.Index, glued.Index + glued.Length, names));
        }
        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
        return markers;
    }

    /// <summary>A line that is nothing but a picker's name: bare, bold, a heading or one link to the person.</summary>
    private static IReadOnlyList<string>? WholeLinePicker(BodyLine line)
    {
        var text = line.Text.Trim().TrimEnd(':', ' ');
        if (text.Length == 0 || text.Length > 60)
            return null;
        // ", Louisiana" under "- New Orleans": a line that starts with a comma goes on with the item above it.
        if (text[0] is ',' or ';' or '&')
            return null;
        // In a list, a picker is bold, ends with a colon, or is a continuation line under the previous item ("- item\n  Aimee").
        if (line.IsListItem && line.StartsItem && !line.IsBold(0, Math.Min(2, text.Length)) && !line.Text.TrimEnd().EndsWith(':'))
            return null;
        if (line.Links.Count > 1 || (line.Links.Count == 1 && line.Links[0].Text.Trim().TrimEnd(':') != text))
            return null;
        // "Guest": the note's guest (resolved once the note's people are known).
        if (SectionLabels.MatchWhole(text) == SectionKind.Guests && !text.EndsWith('s'))
            return [text];
        return OnlyNames(text);
    }

    /// <summary>
    /// <c>[Item](url) (Name)</c> or <c>Item (Name)</c>, one or many on a line: each "(Name)" closes the item written
    /// before it. Returns false when the line has no such marker.
    /// </summary>
    private static bool InlinePicks(BodyLine line, List<(List<string> By, List<PickItem> Items)> groups)
    {
        var found = false;
        var position = 0;
        foreach (Match match in ByInParentheses().Matches(line.Text))
        {
            if (line.Links.Any(l => match.Index < l.End && match.Index + match.Length > l.Start))
                continue;
            if (OnlyNames(match.Groups["name"].Value) is not { } names)
                continue;
            var items = new List<PickItem>();
            AddItems(items, line, position, match.Index);
            position = match.Index + match.Length;
            if (items.Count == 0)
                continue;
            found = true;
            // Several unlinked pieces before one "(Name)" are one item: "Goodbye IE8, IE9 (Dave)".
            var item = items.Count(i => i.Url is not null) == 0 ? new PickItem(string.Join(", ", items.Select(i => i.Text)), null) : null;
            var group = groups.Count > 0 && groups[^1].By.SequenceEqual(names) ? groups[^1] : groups.FindLast(g => g.By.SequenceEqual(names));
            if (group.Items is null)
                groups.Add(([.. names], item is null ? items : [item]));
            else if (item is null)
                group.Items.AddRange(items);
            else
                group.Items.Add(item);
        }
        return found;
    }

    /// <summary>The names when the text is nothing but one or more names ("Eric and Albert"), else null.</summary>
    private static IReadOnlyList<string>? OnlyNames(string text)
    {
        text = text.Trim();
        if (text.Length < 2)
            return null;
        var names = NameExtractor.FromText(text);
        if (names.Count == 0)
            return null;
        var words = text.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Count(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));
        var nameWords = names.Sum(n => n.Split(' ').Length);
        return nameWords == words && names.All(n => n.Split(' ').Length <= 4) ? names : null;
    }

    private static bool IsNoPick(string text) => text.Length == 0 || NoPick().IsMatch(text);

    [GeneratedRegex(@"\((?<name>[^()\[\]]{2,60})\)")]
    private static partial Regex ByInParentheses();

    [GeneratedRegex(@"\G\s*:")]
    private static partial Regex ColonAfter();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?<name>[A-Z][\p{L}'’\-]*(?: [A-Z][\p{L}'’\-]*){0,3}) ?:(?!//)")]
    private static partial Regex ColonName();

    [GeneratedRegex(@"\G(?<name>[A-Z][\p{L}'’\-]*(?: [A-Z][\p{L}'’\-]*){0,3}) ?:(?!//)")]
    private static partial Regex GluedColonName();

    [GeneratedRegex(@"^\W*no\s+picks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoPick();
}
