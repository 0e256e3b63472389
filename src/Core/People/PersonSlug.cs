namespace PodSearch.Core.People;

/// <summary>URL-safe ids for people: folded words joined by hyphens (<c>Saša Jurić</c> → <c>sasa-juric</c>).</summary>
internal static class PersonSlug
{
    public static string From(string name)
    {
        // Hyphens join a name for matching but separate words in a slug (John-David → john-david).
        var slug = PersonNameKey.Fold(name.Replace('-', ' ')).Replace(' ', '-');
        return slug.Length == 0 ? "unnamed" : slug;
    }
}
