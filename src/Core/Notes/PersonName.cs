using System.Globalization;
using System.Text;

namespace PodSearch.Core.Notes;

/// <summary>
/// Person-name helpers shared by parsing, indexing and search: a display form (trimmed, link and markup
/// residue removed, accents kept) and a folded key for matching (<c>Saša Jurić</c> and <c>sasa  juric</c> are one person).
/// </summary>
public static class PersonName
{
    /// <summary>Lower-case, accents removed, whitespace collapsed, punctuation other than letters/digits/space dropped
    /// except inner dots and hyphens that are part of a name (<c>Sean T. Larkin</c>).</summary>
    public static string Fold(string name)
    {
        if (string.IsNullOrEmpty(name))
            return "";
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(FoldLetter(char.ToLowerInvariant(c)));
        }
        return builder.ToString();
    }

    // The build runs with InvariantGlobalization, where string.Normalize cannot decompose accents, so accented
    // Latin letters (U+00C0-U+024F) are mapped to their base letter by this table (generated from Unicode NFD).
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    /// <summary>Accented Latin letters to their base letter, plus letters that do not decompose but read as Latin.</summary>
    private static string FoldLetter(char c)
    {
        if (c >= '\u00C0' && c <= '\u024F')
        {
            var index = Accented.IndexOf(c);
            if (index >= 0)
                return Unaccented[index].ToString();
        }
        return FoldSpecial(c);
    }

    private static string FoldSpecial(char c) => c switch
    {
        'ß' => "ss",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        '’' or '‘' => "'",
        _ => c.ToString(),
    };

    /// <summary>Display form: whitespace collapsed (including no-break and zero-width spaces), stray markup and
    /// surrounding punctuation trimmed. Returns "" when nothing name-like is left.</summary>
    public static string Clean(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return "";
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '*' or '_' or '`' or '\\')
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim(' ', ',', ';', ':', '-', '–', '—', '.', '|', '(', ')', '[', ']', '"', '“', '”', '&', '/');
    }
}
