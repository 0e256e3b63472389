using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;
using PodSearch.Core.Research.Feeds;

namespace PodSearch.Core.Tests.Research;

public sealed class ExportAndFeedTests
{
    private readonly ResearchCatalog catalog = ResearchCatalog.Build(
    [
        .. ResearchEpisodes.Sample(),
        ResearchEpisodes.Make("kiln-hours/kh-002", "2021-06-01", guests: ["Quinn \"Q\" Adams, Jr."],
            title: "Commas, \"quotes\"\nand a line break", picks: [("Quinn Adams", [("A \u0001control char", null)])]),
    ]);

    /// <summary>A small RFC 4180 reader written for the test, independent of the writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    [Fact]
    public void CsvExportQuotesFieldsAndParsesBackToTheSameValues()
    {
        var output = new StringWriter();
        var writer = new RowExportWriter<EpisodeExportRow>(ExportFormat.Csv, ExportColumns.Episodes);
        var count = writer.WriteAll(output, catalog.Episodes.Select(e => new EpisodeExportRow(e)));
        var rows = ParseCsv(output.ToString());
        Assert.Equal(catalog.Episodes.Count, count);
        Assert.Equal(count + 1, rows.Count);
        Assert.Equal(ExportColumns.Episodes.Select(c => c.Name), rows[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var odd = rows.Single(r => r[0] == "kiln-hours/kh-002");
        Assert.Equal("Commas, \"quotes\"\nand a line break", odd[1]);
        Assert.Equal("/kiln-hours/kh-002", odd[rows[0].IndexOf("urlPath")]);
        Assert.Equal("2021-06-01", odd[rows[0].IndexOf("date")]);
        Assert.Equal("https://audio.example.org/kiln-hours/kh-002.mp3", odd[rows[0].IndexOf("audioUrl")]);
    }

    [Fact]
    public void JsonLinesExportHasOneObjectPerRowWithListsAsArrays()
    {
        var output = new StringWriter();
        var writer = new RowExportWriter<PickRecord>(ExportFormat.Jsonl, ExportColumns.Picks);
        writer.WriteAll(output, catalog.Picks);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(catalog.Picks.Count, lines.Length);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var book = parsed.Single(p => p.GetProperty("pick").GetString() == "Elixir in Action");
        Assert.Equal("Saša Jurić", book.GetProperty("by").GetString());
        Assert.Equal("/garden-talk/gt-001", book.GetProperty("urlPath").GetString());
        Assert.Equal("manning.com", book.GetProperty("domain").GetString());
        Assert.Equal(JsonValueKind.Null, parsed.First(p => p.GetProperty("pickUrl").ValueKind == JsonValueKind.Null).GetProperty("domain").ValueKind);
    }

    private static FeedChannel Channel() => new("Episodes with Marta", "Saved search", new Uri("http://127.0.0.1:5080/"),
        new Uri("http://127.0.0.1:5080/api/search.rss?guest=Marta"), new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc));

    [Fact]
    public void RssFeedParsesAsRss20WithEnclosuresAndLinks()
    {
        var bytes = EpisodeFeedWriter.Rss(Channel(), catalog.Episodes);
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Rss20FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.Equal("Episodes with Marta", feed.Title.Text);
        var items = feed.Items.ToList();
        Assert.Equal(catalog.Episodes.Select(e => e.Title), items.Select(i => i.Title.Text));
        var first = items.Single(i => i.Title.Text == "Episode gt-001");
        Assert.Equal(new Uri("http://127.0.0.1:5080/?episode=garden-talk%2Fgt-001"), first.Links.First(l => l.RelationshipType is null or "alternate").Uri);
        Assert.Equal("https://audio.example.org/garden-talk/gt-001.mp3", first.Links.Single(l => l.RelationshipType == "enclosure").Uri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2019, 1, 10, 0, 0, 0, TimeSpan.Zero), first.PublishDate);
    }

    [Fact]
    public void AtomFeedParsesAsAtom10()
    {
        var bytes = EpisodeFeedWriter.Atom(Channel(), catalog.Episodes);
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.Equal("http://127.0.0.1:5080/api/search.rss?guest=Marta", feed.Id);
        var entries = feed.Items.ToList();
        Assert.Equal(catalog.Episodes.Count, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("http://127.0.0.1:5080/", e.Id, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Links.Any(l => l.RelationshipType == "enclosure"));
        Assert.Equal(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero), entries[0].LastUpdatedTime);
    }
}
