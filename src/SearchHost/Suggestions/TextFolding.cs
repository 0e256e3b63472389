using Lucene.Net.Analysis.Miscellaneous;

namespace PodSearch.SearchHost.Suggestions;

/// <summary>
/// Lower case, no accents, words split on anything that is not a letter or digit: <c>Saša Jurić</c> → <c>sasa</c>,
/// <c>juric</c>. Accents are folded with Lucene's ASCII folding table, the same one the index analysers use,
/// because <c>string.Normalize</c> does nothing for non-ASCII text under invariant globalization.
/// </summary>
internal static class TextFolding
{
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(Fold(text.AsSpan(start, i - start)));
                start = -1;
            }
        }
        return words.ToArray();
    }

    private static string Fold(ReadOnlySpan<char> word)
    {
        var lower = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
            lower[i] = char.ToLowerInvariant(word[i]);
        var folded = new char[word.Length * 4]; // one character folds to at most four
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }
}
