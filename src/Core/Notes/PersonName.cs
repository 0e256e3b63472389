using PodSearch.Core.Analysis;

namespace PodSearch.Core.Notes;

/// <summary>
/// Person-name helpers shared by parsing, indexing and search: a display form (trimmed, link and markup
/// residue removed, accents kept) and a folded key for matching (<c>Saša Jurić</c> and <c>sasa  juric</c> are one person).
/// </summary>
public static class PersonName
{
    /// <summary>The matching key: lower case, accents folded, punctuation and spacing reduced to single spaces,
    /// apostrophes dropped (<c>O’Neal</c> = <c>ONeal</c>). One folding for parsing, indexing and search:
    /// <see cref="NameKey.Fold(string)"/>, which goes through Lucene's ASCII folding. (A table of our own was needed
    /// before because the build runs with InvariantGlobalization, where string.Normalize cannot strip accents.)</summary>
    public static string Fold(string name) => NameKey.Fold(name);

    /// <summary>Display form: <see cref="InlineText.Clean"/> (whitespace collapsed, stray markup and surrounding
    /// punctuation trimmed). Returns "" when nothing name-like is left.</summary>
    public static string Clean(string raw) => InlineText.Clean(raw);

    /// <summary>At most four words: longer runs are a title phrase or several names glued together
    /// ("Charles Max Woods Angular Journeys"), never one person.</summary>
    public static bool IsPlausible(string name) =>
        name.Length > 0 && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
}
