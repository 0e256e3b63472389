using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>Sponsor names from a Sponsors section: the link text, or the text before a tagline
/// (<c>G2i | Enjoy…</c>, <c>Cloud 66 - Pain Free…</c>, <c>Sentry: use the code…</c>).</summary>
internal static partial class SponsorsReader
{
    public static List<string> Read(NoteSection section)
    {
        var sponsors = new List<string>();
        foreach (var line in section.Lines)
        {
            if (line.IsListItem && !line.StartsItem)
                continue;
            var name = line.Links.FirstOrDefault() is { Start: <= 2 } link ? link.Text : Tagline().Split(line.Text, 2)[0];
            name = InlineText.Clean(Tagline().Split(name, 2)[0]);
            if (name.Length is 0 or > 60 || name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && line.Links.Count == 0)
                continue;
            if (!sponsors.Contains(name, StringComparer.OrdinalIgnoreCase))
                sponsors.Add(name);
        }
        return sponsors;
    }

    [GeneratedRegex(@"\s*\||:\s|\s[-–—]\s|–|—")]
    private static partial Regex Tagline();
}
