using System.Text;
using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Speaker turns from a Transcript section. Turns start at an upper-case label (<c>CHUCK:</c>, anywhere in a line,
/// since old transcripts run many turns into one paragraph), at a bold name with a colon (<c>**Charles Max Wood:**</c>)
/// or at a name with a colon that starts a line. Speakers are returned as written; <see cref="SpeakerResolver"/> maps them.
/// </summary>
internal static partial class TranscriptReader
{
    public static List<TranscriptTurn> Read(NoteSection section)
    {
        var turns = new List<TranscriptTurn>();
        string? speaker = null;
        var text = new StringBuilder();

        void Close()
        {
            if (speaker is not null)
            {
                var said = InlineText.Clean(text.ToString());
                if (said.Length > 0)
                    turns.Add(new TranscriptTurn(speaker, said));
            }
            text.Clear();
        }

        foreach (var line in section.Lines)
        {
            var position = 0;
            foreach (var (start, end, name) in Markers(line))
            {
                if (start < position)
                    continue;
                text.Append(' ').Append(line.Text, position, start - position);
                Close();
                speaker = name;
                position = end;
            }
            text.Append(' ').Append(line.Text, position, line.Text.Length - position);
        }
        Close();
        return turns;
    }

    private static IEnumerable<(int Start, int End, string Name)> Markers(BodyLine line)
    {
        var found = new List<(int, int, string)>();
        foreach (Match match in UpperCaseSpeaker().Matches(line.Text))
        {
            var name = match.Groups["name"].Value.Trim();
            if (name.Count(char.IsLetter) >= 2 && !NotSpeakers.Contains(name))
                found.Add((match.Index, match.Index + match.Length, name));
        }
        var start = LineStartSpeaker().Match(line.Text);
        if (start.Success)
            found.Add((start.Index, start.Index + start.Length, start.Groups["name"].Value.Trim()));
        // Transcripts whose turns were run together lose the line breaks: "…we have Joe Eames.Joe: Hey.Charles: …".
        foreach (Match glued in GluedSpeaker().Matches(line.Text))
            found.Add((glued.Index, glued.Index + glued.Length, glued.Groups["name"].Value.Trim()));
        foreach (var bold in line.Bold)
        {
            var boldText = line.Text[bold.Start..bold.End];
            var after = bold.End < line.Text.Length && line.Text[bold.End] == ':';
            if (!boldText.TrimEnd().EndsWith(':') && !after)
                continue;
            var name = boldText.Trim().TrimEnd(':').Trim();
            if (name.Length >= 2 && name.Length <= 40 && NameExtractor.LeadingName(name) == name)
                found.Add((bold.Start, after ? bold.End + 1 : bold.End, name));
        }
        return found.OrderBy(f => f.Item1).DistinctBy(f => f.Item1);
    }

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.Ordinal) { "URL", "HTTP", "HTTPS", "NOTE", "PS", "EDIT", "UPDATE", "TL;DR", "TLDR", "API", "JSON", "CSS", "HTML", "ID", "OK", "Q", "A" };

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?<name>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,3}) ?:(?=\s|\*|$)")]
    private static partial Regex UpperCaseSpeaker();

    [GeneratedRegex(@"^(?<name>[A-Z][\p{L}'’.\-]+(?: [A-Z][\p{L}'’.\-]+){0,3}) ?:\s")]
    private static partial Regex LineStartSpeaker();

    /// <summary>A plain <c>Name:</c> glued to the end of the previous turn's sentence, with no space between.</summary>
    [GeneratedRegex(@"(?<=[a-z0-9][.!?…]|[.!?…][”""')\]])(?<name>[A-Z][\p{L}'’\-]+(?: [A-Z][\p{L}'’\-]+)?):\s")]
    private static partial Regex GluedSpeaker();
}
