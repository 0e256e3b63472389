using System.Text;
using PodSearch.Core.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Notes;

/// <summary>
/// Property test over mutated real notes (read from ../shared/corpus at run time, nothing copied): random cuts,
/// headings duplicated or removed, case-changing letters (<c>İ</c>, <c>ß</c>, <c>ﬁ</c>), CRLF, tabs and no-break
/// spaces. No exception may escape the parser, no section reader may fail, and when the front matter is left intact
/// the title and date are those of the unmutated note.
/// </summary>
public sealed class MutatedNoteTests(ITestOutputHelper output)
{
    private const int Seed = 14;
    private const int NotesSampled = 400;
    private const int MutationsPerNote = 4;

    [SkippableFact]
    public void MutatedNotesNeverLoseTheirFrontMatterOrThrow()
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var root = SharedCorpus.Devchat!;
        var random = new Random(Seed);
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var sample = files.OrderBy(_ => random.Next()).Take(NotesSampled).ToList();
        var parser = new NoteParser(root);
        var failures = new List<string>();
        var parses = 0;
        foreach (var file in sample)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var original = File.ReadAllText(file);
            var baseline = parser.Parse(relative, original);
            var bodyStart = BodyStart(original);
            for (var m = 0; m < MutationsPerNote; m++)
            {
                var (mutated, name, frontMatterIntact) = Mutate(original, bodyStart, random);
                Episode episode;
                parses++;
                try
                {
                    episode = parser.Parse(relative, mutated);
                }
                catch (Exception ex)
                {
                    failures.Add($"{relative} [{name}]: escaped {ex.GetType().Name}: {ex.Message}");
                    continue;
                }
                foreach (var warning in episode.Warnings.Where(w => w.Fatal || w.FailedSection is not null))
                    failures.Add($"{relative} [{name}]: line {warning.Line}: {warning.Message}");
                if (frontMatterIntact && bodyStart > 0)
                {
                    if (episode.Title != baseline.Title)
                        failures.Add($"{relative} [{name}]: title '{episode.Title}' != '{baseline.Title}'");
                    if (episode.Date != baseline.Date)
                        failures.Add($"{relative} [{name}]: date {episode.Date} != {baseline.Date}");
                }
            }
        }
        output.WriteLine($"mutated parses: {parses}, failures: {failures.Count}");
        Console.WriteLine($"mutated parses: {parses}, failures: {failures.Count}");
        foreach (var failure in failures.Take(40))
            output.WriteLine("  " + failure);
        Assert.True(parses >= NotesSampled * MutationsPerNote / 2, $"only {parses} mutated parses");
        Assert.Empty(failures);
    }

    /// <summary>Index just after the closing <c>---</c> of the front matter, 0 when there is none.</summary>
    private static int BodyStart(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
            return 0;
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
            return 0;
        var end = text.IndexOf('\n', close + 4);
        return end < 0 ? text.Length : end + 1;
    }

    private static readonly string[] CaseChangers = ["İ", "ß", "ﬁ", "İstanbul", "Straße", "ﬁle", "ǅ", "ẞ"];

    private static (string Text, string Name, bool FrontMatterIntact) Mutate(string text, int bodyStart, Random random)
    {
        var body = text[bodyStart..];
        var head = text[..bodyStart];
        switch (random.Next(8))
        {
            case 0: // random cut inside the body
                return (head + body[..random.Next(body.Length + 1)], "cut body", true);
            case 1: // random cut anywhere, the front matter may be broken
                return (text[..random.Next(text.Length + 1)], "cut anywhere", false);
            case 2:
                return (head + EditHeadings(body, random, duplicate: true), "heading duplicated", true);
            case 3:
                return (head + EditHeadings(body, random, duplicate: false), "heading removed", true);
            case 4: // case-changing letters sprinkled over the body, before names and in picks
                var builder = new StringBuilder(body);
                for (var i = 0; i < 1 + random.Next(12) && builder.Length > 0; i++)
                    builder.Insert(random.Next(builder.Length), CaseChangers[random.Next(CaseChangers.Length)]);
                return (head + builder, "İ ß ﬁ", true);
            case 5:
                return (text.Replace("\r\n", "\n").Replace("\n", "\r\n"), "CRLF", true);
            case 6:
                return (head + Sprinkle(body, ' ', '\t', random), "tabs", true);
            default:
                return (head + Sprinkle(body, ' ', '\u00A0', random), "NBSP", true);
        }
    }

    private static string Sprinkle(string body, char from, char to, Random random)
    {
        var chars = body.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] == from && random.Next(3) == 0)
                chars[i] = to;
        return new string(chars);
    }

    private static string EditHeadings(string body, Random random, bool duplicate)
    {
        var lines = body.Split('\n').ToList();
        var headings = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].StartsWith('#') || (lines[i].StartsWith("**") && lines[i].TrimEnd().EndsWith("**")))
            .ToList();
        if (headings.Count == 0)
            return body;
        var at = headings[random.Next(headings.Count)];
        if (duplicate)
            lines.Insert(random.Next(lines.Count + 1), lines[at]);
        else
            lines.RemoveAt(at);
        return string.Join('\n', lines);
    }
}
