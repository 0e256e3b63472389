using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>Timestamped topic lines (<c>01:47 - Topic</c>, <c>1:02:03 – Topic</c>) outside the transcript.</summary>
internal static partial class TopicsReader
{
    public static Topic? Read(BodyLine line)
    {
        if (line.Text.Length < 6 || !char.IsDigit(line.Text[0]))
            return null;
        var match = Timestamp().Match(line.Text);
        if (!match.Success)
            return null;
        var text = InlineText.Clean(line.Text[match.Length..]);
        return text.Length == 0 ? null : new Topic(match.Groups["time"].Value, text);
    }

    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?:[-–—:]\s*)?")]
    private static partial Regex Timestamp();
}
