namespace PodSearch.Core.Notes;

/// <summary>
/// Tells when two spellings in one note name the same person: notes list a panelist as "Erik" and credit the picks to
/// "Eric". Only within one note, where a shared surname and a first name one letter apart cannot be two people.
/// </summary>
internal static class NameVariants
{
    /// <summary>True for the same folded key, or the same surname with first names at most one edit apart.</summary>
    public static bool SamePerson(string foldedA, string foldedB)
    {
        if (foldedA == foldedB)
            return true;
        var a = foldedA.Split(' ');
        var b = foldedB.Split(' ');
        if (a.Length < 2 || b.Length < 2 || a[^1] != b[^1] || a[0].Length < 3 || b[0].Length < 3 || a[0][0] != b[0][0])
            return false;
        return EditDistanceAtMostOne(a[0], b[0]);
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
