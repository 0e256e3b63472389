using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using PodSearch.Core.Research.Exports;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>Issue 6, must-show 3: every episode of the shared corpus exports as CSV and JSON lines, complete and parseable.</summary>
public sealed class ExportCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void WholeCorpusExportsAsCsvWithOneRowPerEpisode()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var path = Path.GetTempFileName();
        try
        {
            using (var file = new StreamWriter(path))
                new RowExportWriter<EpisodeExportRow>(ExportFormat.Csv, ExportColumns.Episodes).WriteAll(file, catalog.Episodes.Select(e => new EpisodeExportRow(e)));
            // The framework's own RFC 4180 reader, independent of the writer.
            using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            var header = parser.ReadFields()!;
            var ids = new List<string>();
            while (!parser.EndOfData)
            {
                var fields = parser.ReadFields()!;
                Assert.Equal(header.Length, fields.Length);
                ids.Add(fields[Array.IndexOf(header, "episodeId")]);
                Assert.Equal("/" + ids[^1], fields[Array.IndexOf(header, "urlPath")]);
            }
            var expected = ResearchCorpus.Episodes!.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
            output.WriteLine($"CSV export: {ids.Count} rows for {expected.Count} episodes, {new FileInfo(path).Length / 1024} KiB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void WholeCorpusExportsAsJsonLinesWithOneObjectPerEpisode()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var text = new StringWriter();
        new RowExportWriter<EpisodeExportRow>(ExportFormat.Jsonl, ExportColumns.Episodes).WriteAll(text, catalog.Episodes.Select(e => new EpisodeExportRow(e)));
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byId = ResearchCorpus.Episodes!.ToDictionary(e => e.Id);
        Assert.Equal(byId.Count, lines.Length);
        foreach (var line in lines)
        {
            var row = JsonDocument.Parse(line).RootElement;
            var episode = byId[row.GetProperty("episodeId").GetString()!];
            Assert.Equal(episode.Title, row.GetProperty("title").GetString());
            Assert.Equal(episode.AudioUrl, row.GetProperty("audioUrl").GetString());
            Assert.Equal(episode.Guests, row.GetProperty("guests").EnumerateArray().Select(g => g.GetString()!));
        }
        output.WriteLine($"JSON lines export: {lines.Length} rows for {byId.Count} episodes");
    }
}
