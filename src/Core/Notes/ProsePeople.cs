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
        foreach (Match match in GuestPhrase().Matches(prose))
        {
            guests.AddRange(NameExtractor.FromText(match.Groups["names"].Value).Where(NameExtractor.LooksLikeFullName));
            if (guests.Count > 0)
                break;
        }
        return guests;
    }

    private const string Name = @"[A-Z][\p{L}'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\p{L}'’\-]+){0,2}";
    private const string Names = Name + @"(?:\s*,\s*(?:and\s+)?" + Name + @")*(?:\s*,?\s+(?:and|&)\s+" + Name + ")?";

    [GeneratedRegex(@"\bpanel(?:ists?)?,?\s+(?:of\s+|with\s+|including\s+)?(?<names>" + Names + ")", RegexOptions.CultureInvariant)]
    private static partial Regex PanelistsPhrase();

    [GeneratedRegex(@"(?<names>" + Names + @")\s+(?:discuss(?:es)?|talks?|interviews?|speaks?|chats?|sits? down|welcomes?|(?:are|is) joined|hosts?|goes|go|dives?|dive|explores?|asks?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"(?:\binterviews?|\bwelcomes?|\b(?:talks?|speaks?|chats?|sits? down)\s+(?:to|with)|\bjoined by|\bspecial guests?,?|\bguests?,|\bdiscuss(?:es)?\s[^.]{0,80}?\bwith)\s+(?:(?:the\s+)?(?:special\s+)?guests?\s+)?(?<names>" + Names + ")", RegexOptions.CultureInvariant)]
    private static partial Regex GuestPhrase();
}
