using PodSearch.Core.People;

namespace PodSearch.Core.Notes;

/// <summary>
/// Tells when two spellings in one note name the same person: notes list a panelist as "Erik" and credit the picks to
/// "Eric", "Brian Love" picks as "Brain Love", "Charles Max Wood" as "Chuck Max Wood", and a transcript labels
/// "Coraline" as "CAROLINE". Only within one note, where names that close cannot be two people.
/// </summary>
internal static class NameVariants
{
    /// <summary>True for the same folded key, or the same rest of the name with first names that are a typo or a
    /// nickname of one another.</summary>
    public static bool SamePerson(string foldedA, string foldedB)
    {
        if (foldedA == foldedB)
            return true;
        var a = foldedA.Split(' ');
        var b = foldedB.Split(' ');
        if (a.Length < 2 || a.Length != b.Length || !a.AsSpan(1).SequenceEqual(b.AsSpan(1)))
            return false;
        // With the rest of the name the same, a three-letter first name one letter off ("Jon"/"John") is a slip too.
        return IsTypo(a[0], b[0], minLength: 3) || Nicknames.MayStandFor(a[0], b[0]) || Nicknames.MayStandFor(b[0], a[0]);
    }

    /// <summary>True when a one-word name (folded) may stand for the person <paramref name="foldedFull"/>: their first
    /// name, a nickname of it, or a typo of it.</summary>
    public static bool MayBeFirstNameOf(string foldedShort, string foldedFull)
    {
        var first = foldedFull.Split(' ')[0];
        return first == foldedShort || Nicknames.MayStandFor(foldedShort, first) || IsTypo(foldedShort, first);
    }

    /// <summary>The first letters of a folded name of three words or more ("david heinemeier hansson" → "dhh"), which
    /// transcripts use as a speaker label; "" for shorter names, whose initials say too little.</summary>
    public static string InitialsOf(string foldedFull)
    {
        var words = foldedFull.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 ? string.Concat(words.Select(w => w[0])) : "";
    }

    /// <summary>
    /// A typing slip between two given names of at least four letters with the same initial: one letter added, dropped
    /// or changed ("Eric"/"Erick"), two neighbours swapped ("Brian"/"Brain"), or, for longer names, the same letters
    /// with two of them swapped ("Coraline"/"Caroline").
    /// </summary>
    public static bool IsTypo(string a, string b, int minLength = 4)
    {
        if (a == b || a.Length < minLength || b.Length < minLength || a[0] != b[0])
            return false;
        if (EditDistanceAtMostOne(a, b))
            return true;
        if (a.Length != b.Length)
            return false;
        var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        if (differ.Count != 2 || a[differ[0]] != b[differ[1]] || a[differ[1]] != b[differ[0]])
            return false;
        return differ[1] == differ[0] + 1 || a.Length >= 6;
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        if (a.Length == b.Length)
            return a.AsSpan(i + Math.Min(1, a.Length - i)).SequenceEqual(b.AsSpan(i + Math.Min(1, b.Length - i)));
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
