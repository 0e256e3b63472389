using PodSearch.Core.Notes;

namespace PodSearch.Indexer.Output;

/// <summary>The human form of one episode for <c>podsearch show</c>.</summary>
internal static class EpisodeText
{
    public static void Write(TextWriter output, Episode episode)
    {
        output.WriteLine(ConsoleStyle.Bold(episode.Title));
        var line = new List<string> { episode.PodcastTitle ?? episode.Podcast };
        if (episode.Number is not null)
            line.Add("#" + episode.Number);
        if (episode.Date is { } date)
            line.Add(date.ToString("yyyy-MM-dd"));
        if (episode.DurationSeconds is { } seconds)
            line.Add(TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss"));
        output.WriteLine(ConsoleStyle.Accent(string.Join(" · ", line)));
        Field("id", episode.Id);
        Field("guests", string.Join(", ", episode.Guests));
        Field("hosts", string.Join(", ", episode.Hosts));
        Field("tags", string.Join(", ", episode.Tags));
        Field("sponsors", string.Join(", ", episode.Sponsors));
        if (!string.IsNullOrWhiteSpace(episode.Summary))
        {
            output.WriteLine();
            output.WriteLine(episode.Summary);
        }
        Section("topics", episode.Topics.Select(t => t.Time is null ? t.Text : $"{t.Time}  {t.Text}"));
        Section("links", episode.Links.Select(l => $"{l.Text}  {ConsoleStyle.Dim(l.Url)}"));
        Section("picks", episode.Picks.SelectMany(g => g.Items.Select(i => $"{g.By}: {i.Text}")));
        if (episode.Transcript.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(ConsoleStyle.Dim($"transcript: {episode.Transcript.Count} turns by {string.Join(", ", episode.Transcript.Select(t => t.Speaker).Distinct())}"));
        }

        void Field(string name, string value)
        {
            if (value.Length > 0)
                output.WriteLine($"{ConsoleStyle.Dim(name + ":")} {value}");
        }

        void Section(string name, IEnumerable<string> lines)
        {
            var items = lines.ToList();
            if (items.Count == 0)
                return;
            output.WriteLine();
            output.WriteLine(ConsoleStyle.Bold(name));
            foreach (var item in items)
                output.WriteLine("  " + item);
        }
    }
}
