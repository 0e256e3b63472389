using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Tests.Embeddings;

public sealed class TokenMatcherTests
{
    private static readonly string[] Pieces =
        ["erlang", "Erlang's", "fault-tolerant", "BEAM", "don't", "(otp)", "2019", "x86", "café", "naïve", "—", "e.g.", "it’s", "a", "", "supervisors,"];

    [Fact]
    public void MatchingAPassageAtOnceMarksTheWordsThatMatchingEachWordAloneMarks()
    {
        var random = new Random(7);
        var words = new HashSet<string>(["erlang", "tolerant", "beam", "dont", "otp", "2019", "cafe", "naive", "its", "supervisors"], StringComparer.Ordinal);
        var matcher = new TokenMatcher(words);
        for (var trial = 0; trial < 200; trial++)
        {
            var text = string.Join(random.Next(3) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (trial % 3 == 0)
                text = "\t" + text + "\n";
            var spans = new List<(int Start, int Length)>();
            var matched = new List<bool>();

            matcher.MatchWords(text, spans, matched);

            var expected = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(expected, spans.Select(s => text.Substring(s.Start, s.Length)));
            Assert.Equal(expected.Select(word => WordTokenizer.Tokenize(word).Exists(words.Contains)), matched);
        }
    }

    [Fact]
    public void TheFirstLetterShortcutNeverHidesAToken()
    {
        var matcher = new TokenMatcher(new HashSet<string>(["9lives", "zebra"], StringComparer.Ordinal));
        Assert.True(matcher.AnyTokenIn("the 9Lives cat"));
        Assert.True(matcher.AnyTokenIn("ZEBRA!"));
        Assert.False(matcher.AnyTokenIn("zebras and 9 lives"));
    }
}
