using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Pick groups from a Picks section, in the forms notes use: a picker line (<c>**Name:**</c>, <c>Name:</c>, a bare
/// name, a sub-heading) followed by a list; <c>Name: a, b</c> on one line; inline <c>[Item](url) (Name)</c> runs.
/// "No pick" items are dropped, and so is a picker left with none. Items before any picker go to a group whose
/// <see cref="PickGroup.By"/> is empty.
/// </summary>
internal static partial class PicksReader
{
    public static List<PickGroup> Read(NoteSection section)
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
            if (line.Links.Count > 0 && InlinePicks(line, groups))
                continue;
            if (PickerHeader(line) is { } header)
            {
                current = Open(header.Names);
                if (header.Rest is { Length: > 0 } rest)
                    AddItems(current, line, rest);
                continue;
            }
            if (line.IsListItem && !line.StartsItem)
                continue;
            current ??= Open([]);
            AddItems(current, line, null);
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

    private static void AddItems(List<PickItem> items, BodyLine line, string? rest)
    {
        if (rest is null)
        {
            var link = line.Links.FirstOrDefault();
            var text = PersonName.Clean(line.Text);
            if (text.Length > 0)
                items.Add(new PickItem(text, link?.Url));
            return;
        }
        // "Name: a, b": the items after the colon, by link when linked, else by comma.
        var offset = line.Text.Length - rest.Length;
        var links = line.Links.Where(l => l.Start >= offset).ToList();
        if (links.Count > 0)
        {
            items.AddRange(links.Select(l => new PickItem(PersonName.Clean(l.Text), l.Url)));
            return;
        }
        foreach (var piece in rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            items.Add(new PickItem(PersonName.Clean(piece), null));
    }

    /// <summary><c>[Item](url) (Name)</c> repeated on one line; returns false when the line is not in that form.</summary>
    private static bool InlinePicks(BodyLine line, List<(List<string> By, List<PickItem> Items)> groups)
    {
        var found = false;
        foreach (var link in line.Links)
        {
            var after = ByAfterLink().Match(line.Text, link.End);
            if (!after.Success)
                continue;
            var names = NameExtractor.FromText(after.Groups["name"].Value);
            if (names.Count == 0)
                continue;
            found = true;
            var group = groups.FindLast(g => g.By.SequenceEqual(names));
            if (group.Items is null)
                groups.Add((names, [new PickItem(PersonName.Clean(link.Text), link.Url)]));
            else
                group.Items.Add(new PickItem(PersonName.Clean(link.Text), link.Url));
        }
        return found;
    }

    private readonly record struct Header(IReadOnlyList<string> Names, string? Rest);

    private static Header? PickerHeader(BodyLine line)
    {
        var text = line.Text.Trim();
        if (text.Length == 0 || text.Length > 80)
            return null;
        var colon = text.IndexOf(':');
        if (colon > 0 && colon < 40)
        {
            var who = text[..colon];
            var names = NameExtractor.FromText(who);
            if (names.Count > 0 && IsOnlyNames(who, names) && !line.Links.Any(l => l.Start < colon))
            {
                var rest = text[(colon + 1)..].Trim();
                return new Header(names, rest.Length > 0 ? rest : null);
            }
        }
        if (line.Links.Count > 0)
            return null;
        var bare = text.TrimEnd(':', ' ');
        if (line.IsHeading || line.IsBold(0, text.Length) || !line.IsListItem || text.EndsWith(':'))
        {
            var names = NameExtractor.FromText(bare);
            if (names.Count > 0 && IsOnlyNames(bare, names) && (line.IsHeading || line.IsBold(0, Math.Min(2, text.Length)) || !line.IsListItem || text.EndsWith(':')))
                return new Header(names, null);
        }
        return null;
    }

    /// <summary>True when the names account for (nearly) all words of the text, so it is a picker line and not an item.</summary>
    private static bool IsOnlyNames(string text, List<string> names)
    {
        var words = text.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Count(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));
        var nameWords = names.Sum(n => n.Split(' ').Length);
        return nameWords == words && names.All(n => n.Split(' ').Length <= 4);
    }

    private static bool IsNoPick(string text) => text.Length == 0 || NoPick().IsMatch(text);

    [GeneratedRegex(@"\G\s*\((?<name>[^()\[\]]{2,60})\)")]
    private static partial Regex ByAfterLink();

    [GeneratedRegex(@"^\W*no\s+picks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoPick();
}
