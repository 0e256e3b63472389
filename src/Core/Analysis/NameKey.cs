using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace PodSearch.Core.Analysis;

/// <summary>
/// The folded form of a person's name used to match people regardless of accents, case and punctuation:
/// <c>Saša Jurić</c>, <c>sasa juric</c> and <c>SASA  JURIC</c> all give <c>sasa juric</c>.
/// </summary>
/// <remarks>
/// Folding goes through Lucene's <see cref="ASCIIFoldingFilter.FoldToASCII(char[], int, char[], int, int)"/> so a
/// key agrees with what the analysed name fields index (ß becomes ss, Ø becomes O, not just marks stripped).
/// </remarks>
public static class NameKey
{
    public static string Fold(string name) => Fold(name, hyphensJoinWords: false);

    /// <param name="name">A name as written.</param>
    /// <param name="hyphensJoinWords">
    /// True for the people index, which treats <c>John-David</c> as one word (so it meets <c>Johndavid</c>);
    /// the index's facet keys keep the hyphen as a word break, as the analysed name fields do.
    /// </param>
    public static string Fold(string name, bool hyphensJoinWords)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var input = name.ToLowerInvariant().ToCharArray();
        // Folding can expand a char into up to four (e.g. "ﬃ" to "ffi").
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);

        var key = new StringBuilder(length);
        var pendingSpace = false;
        for (var i = 0; i < length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                    key.Append(' ');
                pendingSpace = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' || (hyphensJoinWords && c is '`' or '-' or '\u2010' or '\u2011'))
            {
                // O'Brien and OBrien are the same person; an apostrophe never separates words in a name.
            }
            else
            {
                pendingSpace = true;
            }
        }
        return key.ToString();
    }
}
