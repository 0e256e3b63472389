using System.Text.RegularExpressions;
using PodSearch.Core.Research;
using PodSearch.Core.Research.Exports;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>
/// Must-show 3 of issue 14: an export of the whole shared corpus (episodes, picks, links, people) holds no HTML entity
/// (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>, <c>&amp;#39;</c>) and no markdown markup (<c>**</c>, <c>__</c>, <c>\_</c>, <c>\*</c>):
/// entities are decoded once at parse time and link texts come from the markdown inline tree.
/// </summary>
public sealed partial class CleanTextCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void WholeCorpusExportHasNoHtmlEntityAndNoMarkdownMarkup()
    {
        Skip.If(ResearchCorpus.Catalog is null, "../shared/corpus is not present");
        var catalog = ResearchCorpus.Catalog!;
        var exports = new Dictionary<string, string>
        {
            ["episodes"] = Export(ExportColumns.Episodes, catalog.Episodes.Select(e => new EpisodeExportRow(e))),
            ["picks"] = Export(ExportColumns.Picks, catalog.Picks),
            ["links"] = Export(ExportColumns.Links, catalog.Links),
            ["people"] = Export(ExportColumns.People, ResearchQueries.People(catalog, null, null, PeopleSort.Appearances)),
        };
        var offenders = new List<string>();
        foreach (var (name, jsonl) in exports)
        {
            var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var bad = lines.Select(l => (Line: l, Match: Dirty().Match(WithoutUrls(l)))).Where(x => x.Match.Success).ToList();
            output.WriteLine($"{name}: {lines.Length} rows, {bad.Count} with an entity or markup");
            Console.WriteLine($"clean text: {name}: {lines.Length} rows, {bad.Count} with an entity or markup");
            offenders.AddRange(bad.Take(10).Select(b => $"{name}: '{b.Match.Value}' in {Excerpt(b.Line, b.Match.Index)}"));
            Assert.True(lines.Length > 100, $"the {name} export has only {lines.Length} rows");
        }
        foreach (var offender in offenders)
            output.WriteLine("  " + offender);
        Assert.Matches(Dirty(), "Q&amp;A **bold** a\\_b &nbsp; &#39;");
        Assert.Empty(offenders);
    }

    /// <summary>What the index stores for each episode (its JSON, minus the transcript, which is stored turn by turn
    /// and searched, never exported) holds no entity or markup either: title, summary, topics, people, sponsors,
    /// link and pick texts.</summary>
    [SkippableFact]
    public void StoredEpisodeTextHasNoHtmlEntityAndNoMarkdownMarkup()
    {
        Skip.If(ResearchCorpus.Episodes is null, "../shared/corpus is not present");
        var offenders = new List<string>();
        var texts = 0;
        foreach (var episode in ResearchCorpus.Episodes!)
        {
            IEnumerable<string?> fields = [episode.Title, episode.Summary, .. episode.Topics.Select(t => t.Text), .. episode.Hosts, .. episode.Guests,
                .. episode.Sponsors, .. episode.Links.Select(l => l.Text), .. episode.Picks.Select(p => p.By), .. episode.Picks.SelectMany(p => p.Items.Select(i => i.Text))];
            foreach (var text in fields.OfType<string>())
            {
                texts++;
                if (Dirty().Match(WithoutBareUrls(text)) is { Success: true } match)
                    offenders.Add($"{episode.Id}: '{match.Value}' in {Excerpt(text, match.Index)}");
            }
        }
        output.WriteLine($"stored texts: {texts}, with an entity or markup: {offenders.Count}");
        Console.WriteLine($"clean text: stored episode texts: {texts}, with an entity or markup: {offenders.Count}");
        foreach (var offender in offenders.Take(30))
            output.WriteLine("  " + offender);
        Assert.Empty(offenders);
    }

    /// <summary>A link whose text is its URL keeps the URL's underscores and ampersands.</summary>
    private static string WithoutBareUrls(string text) => BareUrl().Replace(text, "");

    [GeneratedRegex(@"(?:https?://|www\.)\S+")]
    private static partial Regex BareUrl();

    /// <summary>Link texts written with escaped underscores inside a word (<c>[a\_b](url)</c>) keep them: every note that
    /// has one exports at least one link or pick text with an underscore between two letters or digits.</summary>
    [SkippableFact]
    public void IntrawordUnderscoresInLinkTextsAreKept()
    {
        Skip.If(ResearchCorpus.Catalog is null || Notes.SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var root = Notes.SharedCorpus.Devchat!;
        var withUnderscores = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_') && EscapedIntrawordUnderscoreLink().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')[..^3])
            .ToHashSet(StringComparer.Ordinal);
        var catalog = ResearchCorpus.Catalog!;
        var texts = catalog.Links.Select(l => (l.Episode.Id, l.Text)).Concat(catalog.Picks.Select(p => (p.Episode.Id, p.Text)));
        var kept = texts.Where(t => IntrawordUnderscore().IsMatch(t.Text)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var lost = withUnderscores.Where(id => !kept.Contains(id)).ToList();
        output.WriteLine($"notes with an escaped intraword underscore in a link text: {withUnderscores.Count}, kept in the export: {withUnderscores.Count - lost.Count}");
        Assert.True(withUnderscores.Count > 0, "no note with an escaped intraword underscore in a link text was found");
        Assert.Empty(lost);
    }

    [GeneratedRegex(@"\[[^\]\n]*[A-Za-z0-9]\\_[A-Za-z0-9][^\]\n]*\]\(")]
    private static partial Regex EscapedIntrawordUnderscoreLink();

    [GeneratedRegex(@"[A-Za-z0-9]_[A-Za-z0-9]")]
    private static partial Regex IntrawordUnderscore();

    private static string Export<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var text = new StringWriter();
        new RowExportWriter<T>(ExportFormat.Jsonl, columns).WriteAll(text, rows);
        return text.ToString();
    }

    /// <summary>URLs may carry underscores and ampersands legitimately; only text is judged.</summary>
    private static string WithoutUrls(string line) => Url().Replace(line, "\"\"");

    private static string Excerpt(string line, int at) => line.Substring(Math.Max(0, at - 60), Math.Min(120, line.Length - Math.Max(0, at - 60)));

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});|\*\*|__|\\[_*\[\]`]")]
    private static partial Regex Dirty();

    [GeneratedRegex(@"""(?:https?|mailto):[^""]*""")]
    private static partial Regex Url();
}
