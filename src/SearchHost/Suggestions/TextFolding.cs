using System.Globalization;
using System.Text;

namespace PodSearch.SearchHost.Suggestions;

/// <summary>Lower case, no accents, words split on anything that is not a letter or digit: <c>Saša Jurić</c> → <c>sasa</c>, <c>juric</c>.</summary>
internal static class TextFolding
{
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c switch
                {
                    'ø' or 'Ø' => 'o',
                    'ł' or 'Ł' => 'l',
                    'đ' or 'Đ' => 'd',
                    'ß' => 's',
                    _ => char.ToLowerInvariant(c),
                });
                continue;
            }
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        return words.ToArray();
    }
}
