using System.Globalization;
using System.Text;

namespace PodSearch.Core.Search;

/// <summary>
/// The matching key of a facet value typed by a person: case, accents and spacing do not matter,
/// so <c>sasa juric</c> selects <c>Saša Jurić</c>.
/// </summary>
internal static class ValueFolding
{
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
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
            // Letters without a decomposition (ø, ł, ß) still fold to a plain form.
            builder.Append(c switch
            {
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }
}
