using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Guests introduced in the transcript's opening, for notes that name no guest anywhere else (old notes list the guest
/// in the Panel, LABELS.md): "this week we have a special guest and that is Jane Doe", "we have a guest, that's Jane
/// Doe", "our first guest is Jane Doe", "Jane is our special guest today", or "we have two special guests" followed by
/// the host's short roll-call turns ("We have Jane Doe." … "John Roe."). A guest speaks, so a name counts only when its
/// first name is one of the transcript's speakers; that keeps out "our previous guest, Jane Doe" and people talked about.
/// </summary>
internal static partial class TranscriptGuests
{
    /// <summary>How far into the transcript introductions are looked for.</summary>
    private const int OpeningTurns = 40;

    /// <summary>Roll-call turns after "we have two guests" that may still name one of them.</summary>
    private const int RollCallTurns = 6;

    /// <param name="turns">The transcript with speakers as written.</param>
    /// <param name="listedSpelling">The note's own spelling of a spoken name (the panel list's "David Herman" for a
    /// spoken "Dave Herman"), or the name itself.</param>
    public static List<string> Find(IReadOnlyList<TranscriptTurn> turns, Func<string, string> listedSpelling)
    {
        var speakers = turns.Select(t => FirstWord(t.Speaker)).ToHashSet(StringComparer.Ordinal);
        var guests = new List<string>();
        void Add(string spoken)
        {
            var name = listedSpelling(spoken);
            if ((speakers.Contains(FirstWord(name)) || speakers.Contains(FirstWord(spoken))) && !guests.Any(g => PersonName.Fold(g) == PersonName.Fold(name)))
                guests.Add(name);
        }

        var opening = turns.Take(OpeningTurns).ToList();
        for (var i = 0; i < opening.Count; i++)
        {
            var text = opening[i].Text;
            foreach (Match named in NamedAsGuest().Matches(text))
                if (NameExtractor.LeadingName(named.Groups["name"].Value) is { } name)
                    Add(name);
            var announced = Announcement().Match(text);
            if (!announced.Success)
                continue;
            var after = text[(announced.Index + announced.Length)..];
            var names = SpeakerResolver.FullNamesIn(after).ToList();
            if (!announced.Groups["plural"].Success)
            {
                // One guest: the name that follows the announcement in the same breath.
                // "we have as a guest, a new panelist, Jane Doe": a guest panelist counts as a host.
                if (names.FirstOrDefault() is { } only && after.IndexOf(only, StringComparison.Ordinal) is var at and <= 60
                    && !PanelRole().IsMatch(after.AsSpan(0, at)))
                    Add(only);
                continue;
            }
            foreach (var name in names.Where(n => after.IndexOf(n, StringComparison.Ordinal) <= 200))
                Add(name);
            // Several guests: the announcer goes on naming them in short turns between their hellos ("Ariya Hidayat.",
            // "And then we also have John Roe"), not in passing ("it looks like I missed Tim").
            var announcer = opening[i].Speaker;
            for (var j = i + 1; j < opening.Count && j <= i + RollCallTurns; j++)
            {
                if (opening[j].Speaker != announcer)
                    continue;
                if (WordCount(opening[j].Text) > 30)
                    break;
                // Each name is read from where the previous one ended: "Jane Doe and John Roe?".
                var said = opening[j].Text;
                var from = 0;
                foreach (var name in SpeakerResolver.FullNamesIn(said))
                {
                    var at = said.IndexOf(name, from, StringComparison.Ordinal);
                    if (at < 0 || !RollCallLead().IsMatch(said[from..at]))
                        break;
                    Add(name);
                    from = at + name.Length;
                }
            }
        }
        return guests;
    }

    private static string FirstWord(string name) => PersonName.Fold(name).Split(' ')[0];

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>"we have a special guest", "we also have a couple of guests; our first guest is", "and we have as a guest".
    /// Not a guest host or guest panelist (they count as hosts), and not a guest who is only "lined up".</summary>
    [GeneratedRegex(@"\b(?:we\s+(?:also\s+)?(?:have|'ve\s+got|’ve\s+got|got)|joining\s+us\s+is|our\s+first)\s+(?:as\s+|with\s+us\s+)?(?:a\s+|our\s+|(?<plural>two|three|a\s+couple\s+of|a\s+few|some)\s+)?(?:special\s+|amazing\s+)?(?:guest(?<plural>s)?)\b(?!\s+(?:hosts?|panelists?|rogues?|co-?hosts?|lined\s+up))(?:\s+(?:this\s+week|today|on\s+the\s+show))?\s*(?:[,;:—–-]\s*)?(?:(?:and\s+)?(?:that\s+is|that's|that’s|it's|it’s|is|who\s+is)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();

    /// <summary>What may come before a name in a roll-call turn: nothing, or only words that acknowledge the last
    /// person and introduce the next.</summary>
    [GeneratedRegex(@"^(?:\s|[,.]|\b(?:and|then|we|also|have|'ve|’ve|got|our|second|other|next|guest|is|it's|it’s|that's|that’s|plus|finally|last|lastly|awesome|great|alright|all\s+right|okay|ok|cool|thanks|welcome|hi|hello)\b)*$", RegexOptions.IgnoreCase)]
    private static partial Regex RollCallLead();

    [GeneratedRegex(@"\b(?:panelists?|hosts?|co-?hosts?|rogues?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PanelRole();

    /// <summary>"But Christian is the special guest today": the name is said before the word guest.</summary>
    [GeneratedRegex(@"\b(?!(?:And|But|So|Now|Well|Also|Today|This|Yes|Yeah|Okay|OK)\b)(?<name>[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+)?)\s+is\s+(?:our|the)\s+(?:special\s+)?guest\b(?!\s+(?:hosts?|panelists?|rogues?|co-?hosts?))", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAsGuest();
}
