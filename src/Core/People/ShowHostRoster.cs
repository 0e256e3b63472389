using System.Text.Json;

namespace PodSearch.Core.People;

/// <summary>
/// Each show's regular hosts by full name, from the notes folder's <c>_data/hosts/*.json</c>
/// (<c>{"name": …, "podcasts": [show, …]}</c>). Lets a first name in a show's panel reach its host's full
/// name even in an episode that never spells it out. Empty when the folder has no such data.
/// </summary>
internal sealed class ShowHostRoster
{
    public static ShowHostRoster Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> hostsByShow;

    public ShowHostRoster(IReadOnlyDictionary<string, IReadOnlyList<string>> hostsByShow)
    {
        this.hostsByShow = hostsByShow;
    }

    public IReadOnlyList<string> HostsOf(string podcast) =>
        hostsByShow.TryGetValue(podcast, out var hosts) ? hosts : [];

    /// <summary>Reads <c>_data/hosts</c> under <paramref name="notesRoot"/>; unreadable files are skipped, never fatal.</summary>
    public static ShowHostRoster Load(string notesRoot)
    {
        if (string.IsNullOrEmpty(notesRoot))
            return Empty;
        var folder = Path.Combine(notesRoot, "_data", "hosts");
        if (!Directory.Exists(folder))
            return Empty;
        var byShow = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                var root = document.RootElement;
                if (!root.TryGetProperty("name", out var nameElement) || nameElement.GetString() is not { Length: > 0 } name)
                    continue;
                if (!root.TryGetProperty("podcasts", out var podcasts) || podcasts.ValueKind != JsonValueKind.Array)
                    continue;
                foreach (var show in podcasts.EnumerateArray())
                {
                    if (show.GetString() is not { Length: > 0 } slug)
                        continue;
                    if (!byShow.TryGetValue(slug, out var list))
                        byShow[slug] = list = [];
                    list.Add(name.Trim());
                }
            }
            catch (JsonException)
            {
                // A broken metadata file only loses a resolution hint.
            }
        }
        return new ShowHostRoster(byShow.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));
    }
}
