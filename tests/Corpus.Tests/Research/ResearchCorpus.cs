using System.Text;
using PodSearch.Core.Notes;
using PodSearch.Core.People;
using PodSearch.Core.Research;
using PodSearch.Corpus.Tests.Notes;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>
/// The shared corpus parsed once for every research test (null when ../shared/corpus is absent), the catalog
/// built from it, and an independent name key for computing expected values from the parsed notes.
/// </summary>
internal static class ResearchCorpus
{
    private static readonly Lazy<IReadOnlyList<Episode>?> Parsed = new(Parse);
    private static readonly Lazy<ResearchCatalog?> Built = new(() =>
        Parsed.Value is null ? null : ResearchCatalog.Build(Parsed.Value, ShowHostRoster.Load(SharedCorpus.Devchat!)));

    public static IReadOnlyList<Episode>? Episodes => Parsed.Value;

    public static ResearchCatalog? Catalog => Built.Value;

    private static IReadOnlyList<Episode>? Parse()
    {
        if (SharedCorpus.Devchat is not { } root)
            return null;
        var parser = new NoteParser(root);
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(parser.ParseFile)
            .Where(e => e.Kind == EpisodeKind.Episode)
            .ToList();
    }

    /// <summary>
    /// The test's own notion of "same name": letters only, lower case, Latin accents mapped by an explicit table
    /// (written here, not shared with the engine), so expected values do not come from the code under test.
    /// </summary>
    public static string Key(string name)
    {
        const string accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşțťùúûüūůűųýÿźżž";
        const string plain = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnooooooooorrssstttuuuuuuuuyyzzz";
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var at = accented.IndexOf(c);
            if (at >= 0)
                builder.Append(plain[at]);
            else if (c == 'ß')
                builder.Append("ss");
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Words of a name for the test's purposes: split on spaces, letters-only keys.</summary>
    public static string[] Words(string name) =>
        name.Split([' ', '\u00A0', '.'], StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(w => w.Length > 0).ToArray();

    /// <summary>Every (episode, role, written name) the parsed notes give, with the engine's own role names.</summary>
    public static IEnumerable<(Episode Episode, PersonRole Role, string Name)> Mentions(IEnumerable<Episode> episodes) =>
        episodes.SelectMany(e =>
            e.Hosts.Select(n => (e, PersonRole.Host, n))
                .Concat(e.Guests.Select(n => (e, PersonRole.Guest, n)))
                .Concat(e.Picks.Where(p => p.Items.Count > 0).Select(p => (e, PersonRole.Picks, p.By)))
                .Concat(e.Transcript.Select(t => t.Speaker).Distinct().Select(n => (e, PersonRole.Speaker, n))));
}
