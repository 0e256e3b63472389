using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Guests named only in the title: <c>… with Jane Doe</c>, <c>… feat. Jane Doe</c>, <c>… with A and B</c>, and interview
/// shows titled by the guest (<c>MJS 042: Jane Doe</c>: the title minus its number prefix is nothing but a name).
/// </summary>
internal static partial class TitleGuests
{
    public static List<string> Find(string title)
    {
        var withMatch = WithNames().Match(title);
        if (withMatch.Success)
        {
            var names = NameExtractor.FromText(withMatch.Groups["names"].Value);
            if (names.Count > 0)
                return names;
        }
        var bare = NumberPrefix().Replace(title, "").Trim();
        var only = NameExtractor.FromText(bare);
        if (only.Count is > 0 and <= 3 && only.All(n => n.Contains(' ')) && WordCount(bare) == only.Sum(n => WordCount(n)))
            return only;
        return [];
    }

    private static int WordCount(string text) =>
        text.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Count(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(?:with|feat\.?|featuring|ft\.)\s+(?<names>[^:()]+?)\s*(?:\(.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithNames();

    [GeneratedRegex(@"^(?:[A-Z]{1,5}\s*)?(?:\d+|[A-Z]{1,4}\d+)?\s*(?:[A-Z]{1,5}\s*)?[:\-–]?\s*")]
    private static partial Regex NumberPrefix();
}
