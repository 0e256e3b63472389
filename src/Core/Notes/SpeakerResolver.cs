using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Maps a transcript speaker label (<c>CHUCK</c>, <c>Joe</c>) to a full name when exactly one known person fits:
/// the note's panel and guests, full names said in the transcript's opening (the roll call), then the show's hosts
/// from <c>_data/hosts</c>. First names match by their folded form or a common nickname (<c>Chuck</c> = <c>Charles</c>).
/// Labels that fit nobody, or several people, stay as written (upper-case labels in title case).
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly List<string> candidates = [];
    private readonly Dictionary<string, string> resolved = new(StringComparer.Ordinal);

    /// <summary>Adds names in priority order; the first that fits a label wins over later ones with the same first name.</summary>
    public void AddCandidates(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (name.Contains(' ') && !candidates.Any(c => PersonName.Fold(c) == PersonName.Fold(name)))
                candidates.Add(name);
    }

    /// <summary>Full-name-looking runs (2-3 capitalised words) in the transcript's first turns.</summary>
    public static IEnumerable<string> IntroNames(IReadOnlyList<TranscriptTurn> turns, int turnCount = 40) =>
        turns.Take(turnCount).SelectMany(t => FullNamesIn(t.Text));

    /// <summary>Full-name-looking runs (2-3 capitalised words, not a sentence opener) in spoken text, in order.</summary>
    public static IEnumerable<string> FullNamesIn(string text)
    {
        foreach (Match match in FullName().Matches(text))
            if (NameExtractor.LeadingName(match.Value) == match.Value)
                yield return match.Value;
    }

    public string Resolve(string speaker)
    {
        // Transcripts have hundreds of turns by a handful of speakers.
        if (!resolved.TryGetValue(speaker, out var name))
            resolved[speaker] = name = ResolveOnce(speaker);
        return name;
    }

    private string ResolveOnce(string speaker)
    {
        var display = IsUpperCase(speaker) ? TitleCase(speaker) : speaker;
        if (display.Contains(' '))
        {
            var exact = candidates.FirstOrDefault(c => PersonName.Fold(c) == PersonName.Fold(display));
            return exact ?? display;
        }
        var key = PersonName.Fold(display);
        var formal = Nicknames.GetValueOrDefault(key);
        var fits = candidates.Where(c =>
        {
            var first = PersonName.Fold(c.Split(' ')[0]);
            // A short form that starts the full first name also fits (Theo = Theodore, Nat = Natalia).
            return first == key || (formal is not null && first == formal) || (key.Length >= 3 && first.StartsWith(key, StringComparison.Ordinal));
        }).ToList();
        // Candidates are in priority order; several fits are ambiguous only when they come from the same tier,
        // which we cannot see here, so the first one (note's own people before show hosts) wins.
        return fits.Count > 0 ? fits[0] : display;
    }

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 2 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.Ordinal)
    {
        ["chuck"] = "charles", ["charlie"] = "charles", ["mike"] = "michael", ["dave"] = "david", ["jim"] = "james",
        ["bob"] = "robert", ["rob"] = "robert", ["bill"] = "william", ["will"] = "william", ["tom"] = "thomas",
        ["dan"] = "daniel", ["chris"] = "christopher", ["nick"] = "nicholas", ["matt"] = "matthew", ["sam"] = "samuel",
        ["ben"] = "benjamin", ["alex"] = "alexander", ["tony"] = "anthony", ["andy"] = "andrew", ["steve"] = "steven",
        ["ed"] = "edward", ["josh"] = "joshua", ["jon"] = "jonathan", ["joe"] = "joseph", ["pete"] = "peter",
    };

    // The lookahead skips sentence openers so "And I'm Joe Eames" yields "Joe Eames", not "And I'm Joe".
    [GeneratedRegex(@"\b(?!(?:And|I|It|The|This|That|There|Here|He|She|They|We|Hi|Hey|Hello|So|But|Our|My|Yeah|Well|Now|Also|Welcome|Today|With|From|On|In)\b)[A-Z][\p{L}'’\-]+(?: [A-Z]\.?)?(?: [A-Z][\p{L}'’\-]+){1,2}(?: I{2,3}\b| Jr\.)?\b")]
    private static partial Regex FullName();
}
