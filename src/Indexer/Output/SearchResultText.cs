using System.Globalization;
using PodSearch.Core.Search;

namespace PodSearch.Indexer.Output;

/// <summary>The human form of a <see cref="SearchResult"/>: a numbered list with show, date, people and marked snippets.</summary>
internal static class SearchResultText
{
    public static void Write(TextWriter output, SearchResult result, int offset)
    {
        var plural = result.Total == 1 ? "episode" : "episodes";
        output.WriteLine(ConsoleStyle.Dim($"{result.Total.ToString("N0", CultureInfo.InvariantCulture)} {plural} ({result.TookMs:0.0} ms)"));
        if (result.Suggestion is not null)
            output.WriteLine($"did you mean: {ConsoleStyle.Bold(result.Suggestion)}");
        var number = offset;
        foreach (var hit in result.Hits)
        {
            number++;
            output.WriteLine();
            output.WriteLine($"{number,3}. {ConsoleStyle.Bold(hit.Title)}");
            var line = new List<string> { hit.PodcastTitle ?? hit.Podcast };
            if (hit.Date is not null)
                line.Add(hit.Date);
            if (hit.Guests.Count > 0)
                line.Add("with " + string.Join(", ", hit.Guests));
            output.WriteLine("     " + ConsoleStyle.Accent(string.Join(" · ", line)));
            if (hit.Hosts.Count > 0)
                output.WriteLine("     " + ConsoleStyle.Dim("hosts: " + string.Join(", ", hit.Hosts)));
            foreach (var snippet in hit.Snippets)
            {
                var label = snippet.Speaker is null ? snippet.Field : $"{snippet.Field}, {snippet.Speaker}";
                output.WriteLine($"     {ConsoleStyle.Dim(label + ":")} {ConsoleStyle.Snippet(snippet.Text)}");
            }
            output.WriteLine("     " + ConsoleStyle.Dim(hit.Id));
        }
        foreach (var (field, values) in result.Facets)
        {
            output.WriteLine();
            // A show reads as its title, with the slug that --podcast takes beside it.
            var shown = values.Select(v => v.Value is null ? $"other values ({v.Count})"
                : v.Label is null ? $"{v.Value} ({v.Count})" : $"{v.Label} [{v.Value}] ({v.Count})");
            output.WriteLine($"{ConsoleStyle.Bold(field)}: {string.Join(", ", shown)}");
        }
    }
}
