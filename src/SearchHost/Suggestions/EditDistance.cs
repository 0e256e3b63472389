namespace PodSearch.SearchHost.Suggestions;

/// <summary>
/// "At most one typo" tests, linear in the word length: one substitution, insertion, deletion or swap of
/// neighbours. Suggestions only ever allow one, so a full Levenshtein table would be wasted work.
/// </summary>
internal static class EditDistance
{
    /// <summary>0 when equal, 1 when one edit apart, 2 when further.</summary>
    public static int AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
            return 0;
        if (Math.Abs(a.Length - b.Length) > 1)
            return 2;
        var prefix = a.CommonPrefixLength(b);
        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            if (restA[1..].SequenceEqual(restB[1..]))
                return 1; // substitution
            if (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]))
                return 1; // neighbours swapped
            return 2;
        }
        // One insertion or deletion: after the common prefix, the longer skips one character.
        return a.Length > b.Length ? (restA[1..].SequenceEqual(restB) ? 1 : 2) : (restB[1..].SequenceEqual(restA) ? 1 : 2);
    }

    /// <summary>Like <see cref="AtMostOne"/> for a word still being typed: is <paramref name="typed"/> a prefix of <paramref name="word"/> up to one edit?</summary>
    public static int PrefixAtMostOne(ReadOnlySpan<char> typed, ReadOnlySpan<char> word)
    {
        if (word.StartsWith(typed))
            return 0;
        var best = 2;
        for (var length = typed.Length - 1; length <= typed.Length + 1 && best > 1; length++)
            if (length >= 1 && length <= word.Length)
                best = Math.Min(best, AtMostOne(typed, word[..length]));
        return best;
    }
}
