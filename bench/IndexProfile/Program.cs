using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

// Splits the cost of indexing a notes folder into stages, each timed as wall and CPU seconds:
// read files, parse, analyse every text field, build documents, and the whole EpisodeIndexer run.
// Usage: dotnet run -c Release -- <notes-dir> [stage ...]   (stages: read parse analyze document index)
var root = args.Length > 0 ? args[0] : "../shared/corpus/devchat";
var stages = args.Length > 1 ? args[1..] : ["read", "parse", "analyze", "document", "index"];
var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Where(f => !f.Contains("/_")).ToArray();
var parser = new NoteParser(root);
Episode[]? episodes = null;

foreach (var stage in stages)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    switch (stage)
    {
        case "read":
            Parallel.ForEach(files, f => File.ReadAllBytes(f));
            break;
        case "parse":
            episodes = new Episode[files.Length];
            Parallel.For(0, files.Length, i => episodes[i] = parser.ParseFile(files[i]));
            break;
        case "analyze":
            episodes ??= files.Select(parser.ParseFile).ToArray();
            long tokens = 0;
            Parallel.ForEach(episodes, e =>
            {
                var doc = EpisodeDocument.From(e);
                foreach (var field in doc.Fields)
                {
                    if (!field.IndexableFieldType.IsIndexed || !field.IndexableFieldType.IsTokenized)
                        continue;
                    using var stream = field.GetTokenStream(Analyzers.Default.Index);
                    stream.Reset();
                    while (stream.IncrementToken())
                        Interlocked.Increment(ref tokens);
                    stream.End();
                }
            });
            Console.WriteLine($"  {tokens} tokens");
            break;
        case "chains":
            episodes ??= files.Take(300).Select(parser.ParseFile).ToArray();
            var texts = episodes.SelectMany(e => e.Transcript.Select(t => t.Text)).ToArray();
            Console.WriteLine($"  {texts.Sum(t => (long)t.Length) / 1e6:0.0} M chars");
            foreach (var (name, analyzer) in AnalyzerChains.All())
            {
                var c0 = Process.GetCurrentProcess().TotalProcessorTime;
                long n = 0;
                for (var round = 0; round < 2; round++)
                    foreach (var text in texts)
                    {
                        using var stream = analyzer.GetTokenStream("f", text);
                        stream.Reset();
                        while (stream.IncrementToken())
                            n++;
                        stream.End();
                    }
                Console.WriteLine($"  {name,-28} {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds / 2,6:0.000} s cpu/round, {n / 2} tokens");
            }
            break;
        case "writer":
            episodes ??= files.AsParallel().Select(parser.ParseFile).ToArray();
            WriterVariants.Run(episodes);
            break;
        case "document":
            episodes ??= files.Select(parser.ParseFile).ToArray();
            Parallel.ForEach(episodes, e => EpisodeDocument.From(e));
            break;
        case "index":
            var index = Path.Combine(Path.GetTempPath(), "podsearch-profile-" + Environment.ProcessId);
            var report = new EpisodeIndexer(new IndexingOptions { NotesRoot = root, IndexPath = index, Full = true }).Run();
            Console.WriteLine($"  {report.Indexed} indexed, {report.IndexSizeBytes / 1e6:0.0} MB");
            Directory.Delete(index, recursive: true);
            break;
    }
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine($"{stage,-9} wall {wall.Elapsed.TotalSeconds,6:0.00} s  cpu {used.TotalSeconds,6:0.00} s");
}
