namespace PodSearch.Core.Notes;

/// <summary>
/// The words a note writes in lower case. A title-case phrase read from free text ("… and Angular Development",
/// "… with Service Workers") passes every capitalisation test for a name; what gives it away is that the note also
/// writes each of its words as an ordinary word ("angular directives", "development"), which a note does not do with
/// a person's given name and surname. URLs and link texts are left out: they spell people's names in lower case
/// ("twitter.com/jane-doe", "[jane doe: a talk](…)").
/// </summary>
internal sealed class OrdinaryWords
{
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private readonly HashSet<string> spoken = new(StringComparer.Ordinal);

    private readonly HashSet<string> speakerFirstNames = new(StringComparer.Ordinal);

    /// <param name="sections">The note's sections, transcript included.</param>
    /// <param name="speakers">Transcript speaker labels as written (<c>CHUCK</c>, <c>Jane Doe</c>).</param>
    public OrdinaryWords(IEnumerable<NoteSection> sections, IEnumerable<string> speakers)
    {
        foreach (var section in sections)
            foreach (var line in section.Lines)
                AddOutsideLinks(line, section.Kind == SectionKind.Transcript ? spoken : written);
        foreach (var speaker in speakers)
            speakerFirstNames.Add(FirstWord(speaker));
    }

    /// <summary>True when the notes (not the transcript) write <paramref name="word"/> in lower case.</summary>
    public bool IsWritten(string word) => written.Contains(word.ToLowerInvariant());

    /// <summary>
    /// True when every word of <paramref name="name"/> is written in lower case in the notes, or in the transcript
    /// when no speaker has the name's first word. Speech is casual ("I love it", "we will"), but someone who speaks
    /// is a person whatever the transcript says in passing; a phrase never speaks.
    /// </summary>
    public bool IsPhrase(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return false;
        var countSpoken = !speakerFirstNames.Contains(FirstWord(name));
        return parts.All(p => IsWritten(p) || (countSpoken && spoken.Contains(p.ToLowerInvariant())));
    }

    /// <summary>True when the transcript has speaker labels at all.</summary>
    public bool HasSpeakers => speakerFirstNames.Count > 0;

    /// <summary>True when a speaker's label is the first name of <paramref name="name"/>, a nickname or a slip of it,
    /// or the name's initials ("DHH").</summary>
    public bool Speaks(string name)
    {
        var first = FirstWord(name);
        var initials = NameVariants.InitialsOf(PersonName.Fold(name));
        return speakerFirstNames.Any(s => s == first || s == initials || NameVariants.MayBeFirstNameOf(s, first) || NameVariants.MayBeFirstNameOf(first, s));
    }

    private static string FirstWord(string name) => PersonName.Fold(name).Split(' ')[0];

    private static void AddOutsideLinks(BodyLine line, HashSet<string> words)
    {
        var position = 0;
        foreach (var link in line.Links.OrderBy(l => l.Start))
        {
            if (link.Start < position)
                continue;
            Add(line.Text[position..link.Start], words);
            position = link.End;
        }
        Add(line.Text[position..], words);
    }

    private static void Add(string text, HashSet<string> words)
    {
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains("://", StringComparison.Ordinal) || token.Contains('/') || token.Contains('@') || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                continue;
            var start = -1;
            for (var i = 0; i <= token.Length; i++)
            {
                var inWord = i < token.Length && char.IsLetter(token[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    if (i - start > 1 && char.IsLower(token[start]))
                        words.Add(token[start..i]);
                    start = -1;
                }
            }
        }
    }
}
