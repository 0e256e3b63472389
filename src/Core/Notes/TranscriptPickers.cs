using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Who gave picks, read from the transcript, for notes whose Picks section lists items without saying whose they are
/// (LABELS.md: the pickers then come from the transcript). A picker is someone asked for picks ("Aimee, what are your
/// picks?", "Joe, do you want to start us off with picks?") or a speaker who announces their own ("I'm going to jump
/// in with a few picks"). Names are as the transcript writes them: the first name used to address someone, the
/// speaker's label for announcements.
/// </summary>
internal static partial class TranscriptPickers
{
    public static List<string> Find(IReadOnlyList<TranscriptTurn> turns)
    {
        var pickers = new List<string>();
        void Add(string name)
        {
            if (!pickers.Any(p => PersonName.Fold(p) == PersonName.Fold(name)))
                pickers.Add(name);
        }

        foreach (var turn in turns)
        {
            foreach (Match asked in AskedForPicks().Matches(turn.Text))
                if (NameExtractor.LeadingName(asked.Groups["name"].Value) is { } name && name == asked.Groups["name"].Value)
                    Add(name);
            if (OwnPicks().IsMatch(turn.Text))
                Add(turn.Speaker.Any(char.IsLower) ? turn.Speaker : TitleCase(turn.Speaker));
        }
        return pickers;
    }

    private static string TitleCase(string upper) => string.Join(' ', upper.Split(' ').Select(w => w.Length <= 2 ? w : w[0] + w[1..].ToLowerInvariant()));

    [GeneratedRegex(@"(?<name>[A-Z][\p{L}'’\-]+),?\s+(?:what\s+are\s+your\s+picks|what\s+have\s+you\s+got\s+for\s+(?:us\s+for\s+)?picks|do\s+you\s+(?:want\s+to|wanna)\s+(?:start\s+us\s+off\s+with|go\s+first\s+with|give\s+us\s+(?:your|some))\s+picks|do\s+you\s+have\s+(?:some|any)\s+picks|(?:you\s+want\s+to|wanna)\s+(?:start|kick)\s+(?:us\s+)?off\s+with\s+(?:the\s+)?picks)")]
    private static partial Regex AskedForPicks();

    [GeneratedRegex(@"\b(?:I(?:'m|’m| am)\s+going\s+to\s+jump\s+in\s+with\s+(?:a\s+few|some|my|a\s+couple\s+of)\s+picks|I(?:'ve|’ve| have)\s+(?:got\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|some|two|three)\s+picks|(?:those|these)\s+are\s+my\s+picks|my\s+picks\s+are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPicks();
}
