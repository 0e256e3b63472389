using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// People named in a summary's prose when the note has no Panel or Guest label: "panelists A, B and C",
/// "A, B, and C discuss X with D", "Charles Max Wood interviews Kim Carter", "we have special guests, D and E".
/// </summary>
internal static partial class ProsePeople
{
    public static List<string> Hosts(string prose)
    {
        var hosts = new List<string>();
        foreach (Match match in PanelistsPhrase().Matches(prose))
            hosts.AddRange(NameExtractor.FromText(match.Groups["names"].Value));
        if (hosts.Count > 0)
            return hosts;
        var subject = SubjectBeforeVerb().Match(prose);
        if (subject.Success)
            hosts.AddRange(NameExtractor.FromText(subject.Groups["names"].Value));
        return hosts;
    }

    public static List<string> Guests(string prose)
    {
        var guests = new List<string>();
        // A phrase that says "guest" outright wins over one that only implies it: in "discusses X with Jane Doe and
        // guest, John Roe", Jane Doe is a host.
        var matches = GuestPhrase().Matches(prose).OrderBy(m => m.Groups["guest"].Success ? 0 : 1);
        foreach (var match in matches)
        {
            var names = match.Groups["names"];
            guests.AddRange(NameExtractor.FromText(names.Value).Where(NameExtractor.LooksLikeFullName)
                .Where(name => !IsIntroducedAsPanelist(prose, names.Index, name)));
            if (guests.Count > 0)
                return guests;
        }
        // Conference and round-table episodes introduce each guest by affiliation instead: "Jane Doe from Acme talks
        // about …, John Roe, from Initech, discusses …". Hosts are not introduced that way.
        foreach (Match match in AffiliatedSpeaker().Matches(prose))
            guests.AddRange(NameExtractor.FromText(match.Groups["name"].Value).Where(NameExtractor.LooksLikeFullName));
        return guests;
    }

    /// <summary>A regular panelist being interviewed is not a guest (LABELS.md): "interview Jane Doe, one of the
    /// regular panelists" or "welcome our own panelist Jane Doe".</summary>
    private static bool IsIntroducedAsPanelist(string prose, int searchFrom, string name)
    {
        var at = prose.IndexOf(name, searchFrom, StringComparison.Ordinal);
        if (at < 0)
            return false;
        var before = prose[Math.Max(0, at - 40)..at];
        return PanelistAfter().IsMatch(prose.AsSpan(at + name.Length)) || PanelistBefore().IsMatch(before);
    }

    private const string Name = @"[A-Z][\p{L}'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{L}'’\-]+){0,2}";
    private const string Names = Name + @"(?:\s*,\s*(?:and\s+)?" + Name + @")*(?:\s*,?\s+(?:and|&)\s+" + Name + ")?";

    private const string PanelRole = @"(?:regular\s+|own\s+|fellow\s+|resident\s+)*(?:panelists?|hosts?|co-?hosts?)\b";

    [GeneratedRegex(@"^\s*,?\s*(?:(?:who\s+is\s+)?one\s+of\s+(?:the|our)\s+(?:show'?s\s+)?|(?:who\s+is\s+)?(?:our|a|the\s+show'?s)\s+)" + PanelRole, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PanelistAfter();

    [GeneratedRegex(@"\b(?:our|fellow)\s+" + PanelRole + @",?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PanelistBefore();

    private const string Organisation = @"(?:the\s+)?[A-Z][\p{L}\d.&'’\-]*(?:\s+[A-Z][\p{L}\d.&'’\-]*){0,3}";

    [GeneratedRegex(@"(?<name>" + Name + @"),?\s+(?:from|of)\s+" + Organisation + @",?\s+(?:talks|discusses|shares|explains|presents|describes|walks\s+us|demos)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliatedSpeaker();

    [GeneratedRegex(@"\bpanel(?:ists?)?,?\s+(?:of\s+|with\s+|including\s+)?(?<names>" + Names + ")", RegexOptions.CultureInvariant)]
    private static partial Regex PanelistsPhrase();

    [GeneratedRegex(@"(?<names>" + Names + @")\s+(?:discuss(?:es)?|talks?|interviews?|speaks?|chats?|sits? down|welcomes?|(?:are|is) joined|hosts?|goes|go|dives?|dive|explores?|asks?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"(?:\binterviews?|\bwelcomes?|\b(?:talks?|speaks?|chats?|sits? down)\s+(?:to|with)|\bjoined by|(?<guest>\bspecial guests?,?|\bguests?,)|\bdiscuss(?:es)?\s[^.]{0,80}?\bwith)\s+(?<guest>(?:the\s+)?(?:special\s+)?guests?\s+)?(?<names>" + Names + ")", RegexOptions.CultureInvariant)]
    private static partial Regex GuestPhrase();
}
