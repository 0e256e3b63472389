namespace PodSearch.Core.Notes;

/// <summary>
/// The YAML front matter as written: every scalar kept as raw text (YAML would read <c>014</c> as octal 12 and
/// <c>2019-03-05 11:00:20</c> as a time-zone-shifted timestamp). <see cref="NoteParser"/> maps it to <see cref="Episode"/>.
/// </summary>
internal sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? EpisodeNumber { get; set; }
    public string? Duration { get; set; }
    public string? AudioUrl { get; set; }
    public string? Podcast { get; set; }
    public List<string> Tags { get; } = [];
    /// <summary>Keys not modelled above (layout, question1/answer1 ...), values as text.</summary>
    public Dictionary<string, string> Extra { get; } = new(StringComparer.Ordinal);

    /// <summary>Stores one key; returns false for keys that go to <see cref="Extra"/>.</summary>
    public void Set(string key, string? value)
    {
        switch (key)
        {
            case "title": Title = value; break;
            case "date": Date = value; break;
            case "episode_number": EpisodeNumber = value; break;
            case "duration": Duration = value; break;
            case "audio_url": AudioUrl = value; break;
            case "podcast": Podcast = value; break;
            case "tags":
                if (!string.IsNullOrWhiteSpace(value))
                    Tags.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
            default: Extra[key] = value ?? ""; break;
        }
    }
}
