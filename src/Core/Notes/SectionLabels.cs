using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Recognises the section labels notes use, in all their spellings: <c>## **Sponsors**</c>, <c>### Panel</c>,
/// <c>**Panel:** A, B</c>, <c>### **Panelists**</c>, <c>**Special Guests:**</c>, <c>Guest: Name</c>,
/// <c>Joined by Special Guest:</c>, <c>### **Episode Summary**</c>, <c>## Episode Links:</c>, <c>Picks</c>, <c>### Transcript</c>.
/// </summary>
internal static partial class SectionLabels
{
    /// <summary>A label found at the start of a text: its kind and where the content after it begins.</summary>
    /// <param name="Kind">The section the label opens.</param>
    /// <param name="Length">Characters taken by the label (and its colon).</param>
    /// <param name="HasColon">A colon follows the label.</param>
    /// <param name="RestEmpty">Nothing follows the label on its line.</param>
    /// <param name="RestIsTimestamp">A topic timestamp follows the label ("Discussion 00:39 - …" in flattened notes).</param>
    /// <param name="JoinedBy">The label is "Joined by (special) guest", which introduces names with or without a colon.</param>
    public readonly record struct LabelMatch(SectionKind Kind, int Length, bool HasColon, bool RestEmpty, bool RestIsTimestamp, bool JoinedBy = false)
    {
        /// <summary>True when the text is used as a label, not merely starting with the word ("Panel discussion was …").</summary>
        public bool IsClear => RestEmpty || HasColon || RestIsTimestamp || JoinedBy;
    }

    /// <summary>Matches a label at the start of <paramref name="text"/>.</summary>
    public static LabelMatch? MatchStart(string text)
    {
        var match = Label().Match(text);
        if (!match.Success)
            return null;
        var kind = KindOf(match.Groups["label"].Value);
        var rest = text.AsSpan(match.Length).Trim();
        var timestamp = rest.Length >= 4 && char.IsDigit(rest[0]) && (rest[1] == ':' || (char.IsDigit(rest[1]) && rest[2] == ':'));
        var joinedBy = match.Groups["joined"].Success && kind is (SectionKind.Guests or SectionKind.Hosts) && !rest.IsEmpty && char.IsUpper(rest[0]);
        return new LabelMatch(kind, match.Length, match.Groups["colon"].Success, rest.IsEmpty, timestamp, joinedBy);
    }

    /// <summary>True when the whole text (markup already removed) is one label, with an optional colon.</summary>
    public static SectionKind? MatchWhole(string text)
    {
        var match = MatchStart(text.Trim());
        return match is { RestEmpty: true } ? match.Value.Kind : null;
    }

    private static SectionKind KindOf(string label)
    {
        var word = label.ToLowerInvariant();
        if (word.Contains("guest"))
            return word.Contains("panel") || word.Contains("host") ? SectionKind.Hosts : SectionKind.Guests;
        if (word.StartsWith("panel") || word.StartsWith("host") || word.StartsWith("co-host") || word.StartsWith("cohost") || word.StartsWith("moderator"))
            return SectionKind.Hosts;
        if (word.StartsWith("sponsor"))
            return SectionKind.Sponsors;
        if (word.Contains("summary") || word.StartsWith("about this episode") || word.StartsWith("description"))
            return SectionKind.Summary;
        if (word.Contains("link") || word.StartsWith("resources") || word.StartsWith("mentioned"))
            return SectionKind.Links;
        if (word.StartsWith("pick"))
            return SectionKind.Picks;
        if (word.StartsWith("transcript"))
            return SectionKind.Transcript;
        return SectionKind.Other;
    }

    // Why one anchored alternation: it is matched once per line of every note, and needs no backtracking beyond the
    // optional prefix. Longer alternatives come first so "Special Guests" wins over "Guest".
    [GeneratedRegex(@"^\s*(?:(?<joined>joined|also joined) by |with |featuring |our |this week'?s |today'?s )?(?<label>special guests?|guest panelists?|guest hosts?|guests?|panelists?|panel|hosts?|co-?hosts?|moderators?|sponsors?|sponsored by|episode summary|show summary|summary|about this episode|episode links|show links|links(?: mentioned)?(?: in this episode)?|resources|mentioned in this episode|picks?|transcript|discussion|next week|book club|quotes?|timestamps?|show notes|in this episode)\b\s*(?<colon>:)?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
