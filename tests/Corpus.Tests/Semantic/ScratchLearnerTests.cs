using System.Diagnostics;
using PodSearch.Core.Embeddings;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Semantic;

public sealed class ScratchLearnerTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var clock = Stopwatch.StartNew();
        var sequences = new List<IReadOnlyList<string>>();
        foreach (var file in Directory.EnumerateFiles("../../../../../../shared/corpus/devchat", "*.md", SearchOption.AllDirectories))
            foreach (var line in File.ReadLines(file))
            {
                var t = WordTokenizer.Tokenize(line);
                if (t.Count > 0) sequences.Add(t);
            }
        output.WriteLine($"read {sequences.Count} lines {sequences.Sum(s => s.Count)} tokens {clock.Elapsed.TotalSeconds:F1}s");
        var log = new StringWriter();
        var learned = new DomainVectorLearner().Learn(sequences, log);
        output.WriteLine(log.ToString());
        output.WriteLine($"total {clock.Elapsed.TotalSeconds:F1}s");
        foreach (var w in new[] { "erlang", "docker", "kubernetes", "graphql", "webpack", "fault", "crash", "beam", "testing", "react" })
        {
            if (!learned.Vectors.TryGetIndex(w, out var i)) { output.WriteLine($"{w}: -"); continue; }
            output.WriteLine($"{w}: " + string.Join(", ", VectorMath.Neighbours(learned.Vectors, i, 8).Select(n => $"{n.Word} {n.Similarity:F2}")));
        }
    }
}
