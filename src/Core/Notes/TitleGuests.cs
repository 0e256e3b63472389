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
        // Affiliations and roles in parentheses are not part of the list: "with Jane Doe (Acme), John Roe (Initech)".
        title = Affiliation().Replace(title, "");
        var withMatch = WithNames().Match(title);
        if (withMatch.Success)
        {
            var names = NameExtractor.FromText(withMatch.Groups["names"].Value).Where(NameExtractor.LooksLikeFullName).ToList();
            if (names.Count > 0)
                return names;
        }
        // "Angular Q&A Jane Doe, John Roe and Ann Poe JS Remote Conf": three names or more in a list are people
        // wherever the title puts them.
        var list = NameList().Match(title);
        if (list.Success)
        {
            var listed = list.Groups["name"].Captures.Select(c => c.Value).ToList();
            if (listed.All(NameExtractor.LooksLikeFullName) && !listed.Any(ordinaryWords.IsPhrase))
                return listed;
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
        // A given name is almost never a gerund ("Deploying Angular", "Testing Rails").
        if (IsGerund(first))
            return false;
        // A guest speaks: when the transcript has speakers, one of them has the name's first name.
        if (ordinaryWords.HasSpeakers && !ordinaryWords.Speaks(name))
            return false;
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
            // The first name on its own, not the start of another capitalised run ("Web Technologies" for "Web Development").
            var next = text.AsSpan(end).TrimStart();
            if (!next.StartsWith(words[1], StringComparison.Ordinal) && (next.IsEmpty || !char.IsUpper(next[0]) || end == text.Length || text[end] != ' '))
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
    [GeneratedRegex(@"^.*(?:\b(?:with|feat\.?|featuring|ft\.)|(?<!\S)w/)\s*(?<names>[^:()]+?)\s*(?:\(.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithNames();

    [GeneratedRegex(@"\s*\((?=[^()]*[A-Z])[^()]{1,40}\)(?=\s*(?:,|&|\band\b|$))")]
    private static partial Regex Affiliation();

    private const string TwoWordName = @"[A-Z][\p{Ll}'’\-]+\s[A-Z][\p{Ll}'’\-]+";

    [GeneratedRegex(@"(?<name>" + TwoWordName + @")(?:\s*,\s*(?<name>" + TwoWordName + @"))+\s*,?\s+(?:and|&)\s+(?<name>" + TwoWordName + @")\b")]
    private static partial Regex NameList();

    /// <summary>Leading episode numbers and show acronyms (<c>079 TMTC -</c>, <c>MJS 033</c>, <c>EMx 045:</c>, <c>#12</c>).</summary>
    [GeneratedRegex(@"^(?:(?:#?\d+[a-z]?|[A-Z][A-Za-z]{0,4}[A-Z][a-z]?|[A-Z]{2,5}|Episode)\b[\s:#.\-–—|]*)+")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"\s+Interview$")]
    private static partial Regex InterviewWord();

    [GeneratedRegex(@"\s+[-–—|]\s+|:|\(")]
    private static partial Regex Segment();
}
