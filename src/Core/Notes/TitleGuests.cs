using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Guests named only in the title: <c>… with Jane Doe</c>, <c>… feat. Jane Doe</c>, <c>… with A and B</c>, and interview
/// shows titled by the guest (<c>MJS 042: Jane Doe</c>: the title minus its number prefix is nothing but a name).
/// </summary>
internal static partial class TitleGuests
{
    /// <summary>Guests in <paramref name="title"/>. A title that is only a name counts when <paramref name="noteText"/>
    /// refers to that person again: the full name a second time, the name run together (an audio file name such as
    /// <c>TMTC39JaneDoe.mp3</c>), or the first name on its own ("Jane and I talk…"). Title-case phrases
    /// ("Practice Makes Perfect") do neither.</summary>
    public static List<string> Find(string title, string noteText, OrdinaryWords ordinaryWords)
    {
        var withMatch = WithNames().Match(title);
        if (withMatch.Success)
        {
            var names = NameExtractor.FromText(withMatch.Groups["names"].Value).Where(NameExtractor.LooksLikeFullName).ToList();
            if (names.Count > 0)
                return names;
        }
        // Interview shows: "MJS 033 Dylan Schiemann", "056 TMTC - Jane Doe (Company Co-founder)", "079 TMTC Jane Doe - Topic".
        var bare = NumberPrefix().Replace(title, "").Trim();
        var first = Segment().Split(bare, 2)[0].Trim();
        // "Jane Doe Interview": the title says itself that the name is the guest.
        var interview = InterviewWord().Match(first);
        if (interview.Success)
        {
            var interviewed = NameExtractor.FromText(first[..interview.Index]);
            if (interviewed.Count == 1 && NameExtractor.LooksLikeFullName(interviewed[0]) && WordCount(first[..interview.Index]) == WordCount(interviewed[0]))
                return interviewed;
        }
        var only = NameExtractor.FromText(first);
        if (only.Count is > 0 and <= 3 && only.All(NameExtractor.LooksLikeFullName) && WordCount(first) == only.Sum(n => WordCount(n)))
        {
            // Notes repeat their title ("Tune into **A and B**"); a name in a title of several parts is mentioned
            // again only outside those copies.
            var text = only.Count > 1 ? noteText.Replace(first, "", StringComparison.Ordinal) : noteText;
            return only.Where(n => MentionedAgain(text, n, ordinaryWords)).ToList();
        }
        return [];
    }

    private static bool MentionedAgain(string text, string name, OrdinaryWords ordinaryWords)
    {
        var words = name.Split(' ');
        var first = words[0];
        if (Occurrences(text, name) >= 2)
            return true;
        // Audio files are named after the title, so the name run together says little by itself; it counts unless the
        // "name" starts with a gerund ("Being Nice", "Testing Rails"), which a given name almost never is.
        if (text.Contains(name.Replace(" ", ""), StringComparison.Ordinal))
            return !IsGerund(first);
        // A first word the note also writes as an ordinary word ("angular") on its own says nothing about a person.
        if (ordinaryWords.IsWritten(first))
            return false;
        for (var at = text.IndexOf(first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(first, at + first.Length, StringComparison.Ordinal))
        {
            var end = at + first.Length;
            // Inside a word or an identifier (a URL's "Jane_Doe.mp3", "jane-doe/"), it is not the name on its own.
            if ((at > 0 && IsWordJoiner(text[at - 1])) || (end < text.Length && IsWordJoiner(text[end]))
                || (end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1])))
                continue;
            if (!text.AsSpan(end).TrimStart().StartsWith(words[1], StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool IsGerund(string word) => word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsWordJoiner(char c) => char.IsLetterOrDigit(c) || c is '_' or '/' or '-';

    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static int WordCount(string text) =>
        text.Split([' ', ',', '&'], StringSplitOptions.RemoveEmptyEntries).Count(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));

    // Greedy prefix: the last "with" names the guests ("Using ES6 with Angular with Scott Allen").
    [GeneratedRegex(@"^.*\b(?:with|feat\.?|featuring|ft\.)\s+(?<names>[^:()]+?)\s*(?:\(.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithNames();

    /// <summary>Leading episode numbers and show acronyms (<c>079 TMTC -</c>, <c>MJS 033</c>, <c>EMx 045:</c>, <c>#12</c>).</summary>
    [GeneratedRegex(@"^(?:(?:#?\d+[a-z]?|[A-Z][A-Za-z]{0,4}[A-Z][a-z]?|[A-Z]{2,5}|Episode)\b[\s:#.\-–—|]*)+")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"\s+Interview$")]
    private static partial Regex InterviewWord();

    [GeneratedRegex(@"\s+[-–—|]\s+|:|\(")]
    private static partial Regex Segment();
}
