using System.Text.Json;

namespace PodSearch.Core.Notes;

/// <summary>
/// What the notes folder's <c>_data/</c> says about shows and hosts: show titles by folder name and host full names
/// (with the shows they host). Missing or unreadable files just leave it empty: notes parse without it.
/// </summary>
internal sealed class ShowCatalog
{
    private readonly Dictionary<string, string> titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HostInfo> hosts = [];

    public static ShowCatalog Empty { get; } = new();

    public IReadOnlyList<HostInfo> Hosts => hosts;

    public string? TitleOf(string podcast) => titles.GetValueOrDefault(podcast);

    /// <summary>True when <paramref name="name"/> is the title of a known show (any show: notes are cross-posted).</summary>
    public bool IsShowTitle(string name)
    {
        var key = PersonName.Fold(name);
        return titles.Values.Any(t => PersonName.Fold(t) == key);
    }

    /// <summary>Hosts of a show first, then every other known host (a host of one show guests on another).</summary>
    public IEnumerable<HostInfo> HostsFor(string podcast) =>
        hosts.Where(h => h.Podcasts.Contains(podcast)).Concat(hosts.Where(h => !h.Podcasts.Contains(podcast)));

    public static ShowCatalog Load(string notesRoot)
    {
        var catalog = new ShowCatalog();
        var data = Path.Combine(notesRoot, "_data");
        if (!Directory.Exists(data))
            return catalog;
        foreach (var file in EnumerateJson(Path.Combine(data, "podcasts")))
        {
            using var json = TryOpen(file);
            if (json?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                var slug = root.TryGetProperty("slug", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : Path.GetFileNameWithoutExtension(file);
                catalog.titles[slug] = title.GetString()!;
                catalog.titles.TryAdd(Path.GetFileNameWithoutExtension(file), title.GetString()!);
            }
        }
        foreach (var file in EnumerateJson(Path.Combine(data, "hosts")))
        {
            using var json = TryOpen(file);
            if (json?.RootElement is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                continue;
            var podcasts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("podcasts", out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var p in list.EnumerateArray())
                    if (p.ValueKind == JsonValueKind.String)
                        podcasts.Add(p.GetString()!);
            var fullName = PersonName.Clean(name.GetString()!);
            if (fullName.Length > 0)
                catalog.hosts.Add(new HostInfo(fullName, podcasts));
        }
        return catalog;
    }

    private static IEnumerable<string> EnumerateJson(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];

    private static JsonDocument? TryOpen(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A host from <c>_data/hosts</c>: full display name and the show folders they host.</summary>
internal sealed record HostInfo(string Name, IReadOnlySet<string> Podcasts)
{
    public string FirstName { get; } = Name.Split(' ')[0];
}
