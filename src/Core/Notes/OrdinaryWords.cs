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

    public OrdinaryWords(IEnumerable<NoteSection> sections)
    {
        foreach (var section in sections)
            foreach (var line in section.Lines)
                AddOutsideLinks(line, section.Kind == SectionKind.Transcript ? spoken : written);
    }

    /// <summary>True when the notes (not the transcript) write <paramref name="word"/> in lower case.</summary>
    public bool IsWritten(string word) => written.Contains(word.ToLowerInvariant());

    /// <summary>True when every word of <paramref name="name"/> is written in lower case in the notes, or, with
    /// <paramref name="countSpoken"/>, also in the transcript. Speech is casual ("I love it", "we will"), so the
    /// transcript only counts against a name that has no other evidence than being a title.</summary>
    public bool ArePhraseWords(string name, bool countSpoken = false)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => IsWritten(p) || (countSpoken && spoken.Contains(p.ToLowerInvariant())));
    }

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
