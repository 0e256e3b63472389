using System.Text;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Tests texts for tokens of one word set, with the tokens of <see cref="WordTokenizer"/>: snippets test every
/// word of a passage, so ASCII text is checked without allocating, the set's span lookup is made once, and a
/// token whose first letter starts none of the words skips the lookup (most tokens, for a query of a few words).
/// </summary>
internal readonly struct TokenMatcher
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly ulong firstLetters;

    /// <param name="words">An ordinal set of tokens.</param>
    public TokenMatcher(HashSet<string> words)
    {
        this.words = words;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
            firstLetters |= word.Length == 0 ? 0 : char.IsAsciiLetterOrDigit(word[0]) ? LetterBit(char.ToLowerInvariant(word[0])) : ulong.MaxValue;
    }

    public bool AnyTokenIn(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
            return WordTokenizer.Tokenize(text.ToString()).Exists(words.Contains);
        Span<char> token = stackalloc char[WordTokenizer.MaxTokenLength + 1];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length <= WordTokenizer.MaxTokenLength)
                    token[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            if (c == '\'' && length > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                continue;
            if (length is > 0 and <= WordTokenizer.MaxTokenLength && (firstLetters & LetterBit(token[0])) != 0 && lookup.Contains(token[..length]))
                return true;
            length = 0;
        }
        return false;
    }

    /// <summary>
    /// Splits <paramref name="text"/> at white space into words (start and length) and says of each whether any
    /// of its tokens is in the set: one pass over the text, for the many words of a passage.
    /// </summary>
    public void MatchWords(string text, List<(int Start, int Length)> spans, List<bool> matched)
    {
        if (!Ascii.IsValid(text))
        {
            WordSpans(text, spans);
            foreach (var (start, wordLength) in spans)
                matched.Add(AnyTokenIn(text.AsSpan(start, wordLength)));
            return;
        }
        Span<char> token = stackalloc char[WordTokenizer.MaxTokenLength + 1];
        var length = 0;
        var wordStart = -1;
        var wordMatched = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (wordStart < 0)
                    wordStart = i;
                if (length <= WordTokenizer.MaxTokenLength)
                    token[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            var space = char.IsWhiteSpace(c);
            if (!space && wordStart < 0)
                wordStart = i;
            if (c == '\'' && length > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                continue;
            if (length is > 0 and <= WordTokenizer.MaxTokenLength && (firstLetters & LetterBit(token[0])) != 0 && lookup.Contains(token[..length]))
                wordMatched = true;
            length = 0;
            if (space && wordStart >= 0)
            {
                spans.Add((wordStart, i - wordStart));
                matched.Add(wordMatched);
                wordStart = -1;
                wordMatched = false;
            }
        }
    }

    /// <summary>Start and length of each white-space-separated word.</summary>
    private static void WordSpans(string text, List<(int Start, int Length)> spans)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0)
            {
                spans.Add((start, i - start));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }
    }

    /// <summary>Bits 0-25 for a-z, 26-35 for 0-9 (lower-case ASCII letters and digits only).</summary>
    private static ulong LetterBit(char c) => 1UL << (c >= 'a' ? c - 'a' : 26 + c - '0');
}
