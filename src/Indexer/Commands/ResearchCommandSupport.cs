using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;

namespace PodSearch.Indexer.Commands;

/// <summary>What the research commands (<c>person</c>, <c>picks</c>, <c>links</c>) share: opening the catalog and writing exports.</summary>
internal static class ResearchCommandSupport
{
    /// <summary>Runs <paramref name="body"/> with the catalog of <c>--index DIR</c> (default <c>index</c>); a missing index exits 1 with how to build it.</summary>
    public static int WithCatalog(string indexPath, Func<ResearchCatalog, int> body)
    {
        try
        {
            using var provider = new ResearchCatalogProvider(indexPath);
            return body(provider.Get());
        }
        catch (ResearchIndexMissingException ex)
        {
            Console.Error.WriteLine($"podsearch: {ex.Message}");
            return 1;
        }
        catch (ResearchRequestException ex)
        {
            throw new CliUsageException($"--{ex.Parameter}: {ex.Message}");
        }
    }

    /// <summary>Reads <c>--format csv|jsonl</c>; null when absent.</summary>
    public static ExportFormat? Format(CliArguments args)
    {
        var text = args.Option("format");
        if (text is null)
            return null;
        return ExportFormats.Parse(text) ?? throw new CliUsageException($"--format must be csv or jsonl, not '{text}'");
    }

    /// <summary>Streams rows to standard output in the export format, one line at a time.</summary>
    public static int Export<T>(ExportFormat format, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        new RowExportWriter<T>(format, columns).WriteAll(output, rows);
        output.Flush();
        return 0;
    }

    public static string? Date(EpisodeCard card) => card.DateText ?? "undated";
}
