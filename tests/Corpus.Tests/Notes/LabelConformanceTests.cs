using System.Text.Json;
using PodSearch.Core.Notes;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Notes;

/// <summary>
/// Must-show 1: the parser against hand labels (rules in ../shared/corpus/LABELS.md), one score per label set: the
/// corpus's own <c>labels.jsonl</c>, our added labels, and our held-back labels (tests/Corpus.Tests/Labels). Prints
/// precision, recall and F1 per field, names compared by <see cref="PersonName.Fold"/>, and asserts each field's
/// required F1 (or, where it is not reached yet, the floor measured so far, so that it cannot regress). The
/// held-back set prints totals only: its misses are never looked at while rules are written.
/// </summary>
public sealed class LabelConformanceTests(ITestOutputHelper output)
{
    /// <summary>Field and required F1 from the issue.</summary>
    private static readonly (string Field, double Target)[] Fields =
    [
        ("hosts", 0.97),
        ("guests", 0.97),
        ("picks_by", 0.97),
        ("sponsors", 0.95),
    ];

    /// <summary>Floors reached so far per label set, asserted until the target is met (floor == target).</summary>
    private static readonly Dictionary<string, double[]> Floors = new()
    {
        ["shared"] = [0.97, 0.97, 0.97, 0.95],
        ["added"] = [0.97, 0.97, 0.97, 0.95],
        // Measured once after each round of rules: 2026-12-03 hosts 0.938, guests 0.844; 2026-12-04 (issue 14 rules:
        // transcript guests, name slips, title lists, non-person pickers) hosts 0.948, guests 0.892, still below target.
        ["heldback"] = [0.94, 0.89, 0.97, 0.95],
    };

    public static TheoryData<string> LabelSets => ["shared", "added", "heldback"];

    [SkippableTheory]
    [MemberData(nameof(LabelSets))]
    public void PeopleAndSponsorsMatchTheHandLabels(string labelSet)
    {
        Skip.If(SharedCorpus.Devchat is null, "../shared/corpus is not present");
        var file = labelSet == "shared" ? SharedCorpus.Labels! : Path.Combine(AppContext.BaseDirectory, "Labels", $"labels-{labelSet}.jsonl");
        Skip.If(!File.Exists(file), $"{file} is not present");
        var printMisses = labelSet != "heldback";
        var parser = new NoteParser(SharedCorpus.Devchat!);
        var scores = Fields.ToDictionary(f => f.Field, _ => new FieldScore());
        var labelled = 0;
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var label = JsonDocument.Parse(line);
            var id = label.RootElement.GetProperty("id").GetString()!;
            var note = Path.Combine(SharedCorpus.Devchat!, id + ".md");
            Assert.True(File.Exists(note), $"labelled note {id} is missing from the corpus");
            var episode = parser.ParseFile(note);
            labelled++;
            var parsed = new Dictionary<string, IEnumerable<string>>
            {
                ["hosts"] = episode.Hosts,
                ["guests"] = episode.Guests,
                ["picks_by"] = episode.Picks.Select(p => p.By).Where(b => b.Length > 0),
                ["sponsors"] = episode.Sponsors,
            };
            foreach (var (field, _) in Fields)
            {
                var expected = label.RootElement.GetProperty(field).EnumerateArray().Select(e => e.GetString()!);
                var misses = scores[field].Add(expected, parsed[field]);
                if (misses.Length > 0 && printMisses)
                    output.WriteLine($"  {field,-9} {id}: {misses}");
            }
        }

        Assert.True(labelled >= 40, $"only {labelled} labelled notes were read from {file}");
        var floors = Floors[labelSet];
        for (var i = 0; i < Fields.Length; i++)
        {
            var (field, target) = Fields[i];
            var score = scores[field];
            var report = $"{labelSet,-8} {field,-9} P={score.Precision:0.000} R={score.Recall:0.000} F1={score.F1:0.000} (target {target:0.00}, notes={labelled} tp={score.TruePositives} fp={score.FalsePositives} fn={score.FalseNegatives})";
            output.WriteLine(report);
            Console.WriteLine(report);
        }
        for (var i = 0; i < Fields.Length; i++)
        {
            var (field, target) = Fields[i];
            var required = Math.Min(floors[i], target);
            Assert.True(scores[field].F1 >= required, $"{labelSet} {field} F1 {scores[field].F1:0.000} fell below {required:0.000}");
        }
    }

    /// <summary>Micro-averaged counts over notes; each note's names are compared as sets of folded keys.</summary>
    private sealed class FieldScore
    {
        public int TruePositives { get; private set; }
        public int FalsePositives { get; private set; }
        public int FalseNegatives { get; private set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>Adds one note; returns a description of its misses ("" when it matches).</summary>
        public string Add(IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var want = expected.Select(PersonName.Fold).Where(k => k.Length > 0).ToHashSet();
            var got = actual.Select(PersonName.Fold).Where(k => k.Length > 0).ToHashSet();
            var hit = want.Intersect(got).Count();
            TruePositives += hit;
            FalsePositives += got.Count - hit;
            FalseNegatives += want.Count - hit;
            var missing = want.Except(got).ToList();
            var extra = got.Except(want).ToList();
            return missing.Count + extra.Count == 0 ? "" : $"missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]";
        }
    }
}
