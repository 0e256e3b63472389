using System.Globalization;
using System.Text;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Splits text into lower-case word tokens for word-vector lookup: runs of letters and digits, accents
/// folded (the general vectors spell <c>cafe</c>, not <c>café</c>), apostrophes dropped inside words so
/// <c>don't</c> becomes <c>dont</c>. Deliberately simpler than the Lucene analyzers: no stemming,
/// because word vectors are trained on surface forms.
/// </summary>
internal static class WordTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        ForEach(text, t => tokens.Add(t));
        return tokens;
    }

    public static void ForEach(string text, Action<string> onToken)
    {
        var builder = new StringBuilder(32);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(builder, c);
                continue;
            }
            // Apostrophes inside a word (don't, it's) join its parts.
            if ((c == '\'' || c == '\u2019') && builder.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                continue;
            Flush(builder, onToken);
        }
        Flush(builder, onToken);
    }

    internal const int MaxTokenLength = 30;

    private static void Flush(StringBuilder builder, Action<string> onToken)
    {
        if (builder.Length == 0)
            return;
        // Very long runs are hashes, URLs squeezed together or base64: never words.
        if (builder.Length <= MaxTokenLength)
            onToken(builder.ToString());
        builder.Clear();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }
        var decomposed = char.ToString(c).Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(d));
    }
}
