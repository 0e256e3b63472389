using System.Text.RegularExpressions;

namespace PodSearch.Core.Notes;

/// <summary>
/// Pulls person names out of the text of Panel/Guest lists: <c>[Name](url)</c>, <c>Name (twitter github)</c>,
/// <c>Name - role</c>, <c>A, B and C</c>, and names glued to the summary that follows (<c>Kassandra Perch This week…</c>).
/// A name is a run of capitalised words (with particles such as <c>van</c> and initials such as <c>T.</c>).
/// </summary>
internal static partial class NameExtractor
{
    /// <summary>Names in one list item or one run of inline text. With <paramref name="stopAtProse"/>, reading stops
    /// after the first piece that is more than a name ("Jane Doe In this episode, …, Texas"): in label content, what
    /// follows such a piece is a glued-on summary, not more people.</summary>
    public static List<string> FromText(string text, bool stopAtProse = false)
    {
        var names = new List<string>();
        text = Nickname().Replace(text, " ");
        text = GluedDigits().Replace(text, " ");
        text = Parenthesised().Replace(text, " , ");
        foreach (var piece in Separators().Split(text))
        {
            var name = LeadingName(piece);
            // "Host: Give us your ideas", "Guest: Hopefully it is documented": notes that paraphrase the conversation
            // write a role and a colon before what was said. One capitalised word running on into ordinary lower-case
            // words is the start of a sentence, and the line names nobody.
            if (stopAtProse && name is not null && IsSentenceStart(piece, name))
                return [];
            if (name is not null)
                names.Add(name);
            if (stopAtProse && (name is null ? piece.Trim().Length > 0 : WordCount(piece) > WordCount(name)))
                break;
        }
        return names;
    }

    private static bool IsSentenceStart(string piece, string name)
    {
        if (name.Contains(' '))
            return false;
        var words = piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return false;
        // A question or an exclamation ("Does that make sense?", "Actually – Rails is nice!") is said, not listed.
        if ((words.Length >= 3 && piece.TrimEnd().EndsWith('?')) || piece.TrimEnd().EndsWith('!'))
            return true;
        var next = words[1].TrimEnd(',', ';', ':', '.', '?', '!');
        return next.Length > 0 && char.IsLower(next[0]) && !StopWords.Contains(next) && !Particles.Contains(next);
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The capitalised-word run at the start of <paramref name="text"/>, or null when it does not start with a name.</summary>
    public static string? LeadingName(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        foreach (var raw in words)
        {
            var word = raw.Trim('*', '_', '"', '“', '”', '\u200B');
            var endsName = word.EndsWith(',') || word.EndsWith(';') || word.EndsWith(':');
            word = word.TrimEnd(',', ';', ':');
            if (word.Length == 0)
                break;
            if (taken.Count > 0 && StopWords.Contains(word))
                break;
            if (taken.Count == 0 && (StopWords.Contains(word) || LeadingStopWords.Contains(word)))
                return null;
            var capitalised = char.IsUpper(word[0]) || (word.Length > 1 && word[0] is '\'' or '’' && char.IsUpper(word[1]));
            var particle = taken.Count > 0 && Particles.Contains(word);
            if (!capitalised && !particle)
                break;
            if (word.Any(char.IsDigit) || word.Contains('@') || word.Contains("://") || word.Contains('/'))
                break;
            taken.Add(word);
            // Label content runs names together ("Panel: A B C D E F G H I"): long enough for five two-word names.
            if (endsName || taken.Count == 12)
                break;
        }
        while (taken.Count > 0 && Particles.Contains(taken[^1]))
            taken.RemoveAt(taken.Count - 1);
        if (taken.Count == 0)
            return null;
        var name = PersonName.Clean(string.Join(' ', taken));
        return name.Length >= 2 ? name : null;
    }

    /// <summary>
    /// Splits a run of names written with nothing between them ("Joe Eames Alyssa Nicoll Ward Bell"): known full names
    /// first, otherwise two words per name. Runs of up to three words are one name.
    /// </summary>
    public static IEnumerable<string> SplitRun(string name, IReadOnlyCollection<string> knownNames)
    {
        // A generational suffix belongs to the name before it ("James Edward Gray II" is one person, not two).
        var words = JoinSuffixes(name.Split(' '));
        // "Panel: Charles Dave Eric": every word is the first name of a known person, and the run is nobody's name.
        if (words.Length >= 2 && words.All(w => IsKnownFirstName(w, knownNames)) && !knownNames.Any(k => PersonName.Fold(k) == PersonName.Fold(name)))
        {
            foreach (var word in words)
                yield return word;
            yield break;
        }
        if (words.Length <= 3)
        {
            yield return name;
            yield break;
        }
        var i = 0;
        while (i < words.Length)
        {
            var taken = 0;
            foreach (var known in knownNames)
            {
                var knownWords = known.Split(' ');
                if (knownWords.Length > 1 && i + knownWords.Length <= words.Length
                    && PersonName.Fold(string.Join(' ', words[i..(i + knownWords.Length)])) == PersonName.Fold(known))
                {
                    taken = knownWords.Length;
                    break;
                }
            }
            if (taken == 0)
                taken = words.Length - i == 3 ? 3 : Math.Min(2, words.Length - i);
            yield return string.Join(' ', words[i..(i + taken)]);
            i += taken;
        }
    }

    private static string[] JoinSuffixes(string[] words)
    {
        var joined = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (joined.Count > 0 && GenerationalSuffixes.Contains(word.TrimEnd('.', ',')))
                joined[^1] += " " + word;
            else
                joined.Add(word);
        }
        return [.. joined];
    }

    private static readonly HashSet<string> GenerationalSuffixes = new(StringComparer.Ordinal) { "II", "III", "IV", "Jr", "Sr" };

    private static bool IsKnownFirstName(string word, IReadOnlyCollection<string> knownNames) =>
        knownNames.Any(k => k.Contains(' ') && PersonName.Fold(k.Split(' ')[0]) == PersonName.Fold(word));

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "dos", "das", "ter", "ten" };

    /// <summary>Words that end a name run: the first words of the sentence glued after a name.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "these", "that", "today", "in", "on", "we", "the", "welcome", "join", "joins", "joined", "tune", "episode", "is", "was",
        "and", "from", "of", "at", "with", "who", "he", "she", "they", "our", "my", "his", "her", "their", "it", "its", "as", "for", "to",
        "talks", "discusses", "shares", "speaks", "returns", "comes", "host", "hosts", "panel", "panelists", "guest", "guests", "special",
        "a", "an", "how", "what", "why", "when", "where", "about", "ceo", "cto", "founder", "co-founder", "author", "creator", "developer",
        "engineer", "twitter", "github", "blog", "website", "linkedin", "none", "n/a", "tbd", "links", "picks", "sponsors", "summary",
        "club", "book", "live", "part", "interview", "introduction", "podcast", "show", "bonus", "notes", "questions", "discussion",
    };

    /// <summary>Words that cannot start a name (and are not already stop words).</summary>
    private static readonly HashSet<string> LeadingStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "if", "so", "but", "or", "also", "all", "everyone", "no", "not", "by", "your", "an", "there",
        "director", "manager", "head", "lead", "senior", "principal", "staff", "software", "vp", "president", "partner", "owner",
        // Calls to action in a guest's entry: "Follow Jane on Twitter", "Check out Jane's blog".
        "follow", "check", "visit", "find", "connect", "contact", "read", "watch", "listen", "subscribe",
    };

    /// <summary>True when a name found in free text (a title, a summary) looks like a person rather than a product:
    /// at least two words and no all-capital word such as <c>ERB</c> or <c>JSON</c> (initials like <c>AJ</c> and <c>II</c> pass).</summary>
    public static bool LooksLikeFullName(string name)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && !words.Any(w => w.Length >= 3 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w is not ("III" or "IV"));
    }

    /// <summary>A name glued to what follows it in flattened notes ("Charles Max Wood1:50 - Intro").</summary>
    [GeneratedRegex(@"(?<=\p{Ll})(?=\d)")]
    private static partial Regex GluedDigits();

    [GeneratedRegex(@"\s[“""'‘][^“”""'‘’]{1,30}[”""'’]\s")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@",|;|\s+and\s+|\s+&\s+|\s+/\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();
}
