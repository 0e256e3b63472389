using PodSearch.Core.Analysis;
using System.Text.RegularExpressions;

namespace PodSearch.Core.People;

/// <summary>
/// Matching keys for people's names: accents, case, punctuation and spacing never separate two
/// spellings of one name (<c>Saša Jurić</c>, <c>SASA JURIC</c> and <c>Sasa  Juric</c> share a key).
/// </summary>
internal static partial class PersonNameKey
{
    /// <summary>Folded words joined by single spaces: <c>"sasa juric"</c>; apostrophes and hyphens join a name (O'Neal, John-David).</summary>
    public static string Fold(string name) => NameKey.Fold(name, hyphensJoinWords: true);

    /// <summary>The folded name without spaces, so <c>Charles Maxwood</c> meets <c>Charles Max Wood</c>.</summary>
    public static string Compact(string name) => Fold(name).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The folded words of a name.</summary>
    public static string[] Words(string name) => Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A name as written in a note, without markdown link syntax, emphasis or a trailing role in parentheses:
    /// <c>**[Jane Doe](https://…)**</c> and <c>Jane Doe (guest)</c> both become <c>Jane Doe</c>.
    /// </summary>
    public static string Clean(string raw)
    {
        var text = MarkdownLink().Replace(raw, "$1");
        text = TrailingParenthesis().Replace(text, "");
        text = text.Replace("*", "", StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal);
        text = text.Trim().TrimEnd(':', ',', ';', '.').Trim();
        return Whitespace().Replace(text, " ");
    }

    /// <summary>True for a name written entirely in capitals, as transcript speaker labels are (<c>CHUCK</c>).</summary>
    public static bool IsAllCaps(string name) =>
        name.Any(char.IsLetter) && !name.Any(char.IsLower);

    /// <summary>True when the name carries letters outside ASCII (the accented spelling is the one to show).</summary>
    public static bool HasAccents(string name) => name.Any(c => c > 127 && char.IsLetter(c));

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
