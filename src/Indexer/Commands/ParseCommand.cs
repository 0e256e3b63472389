using PodSearch.Core.Notes;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch parse &lt;file-or-dir&gt; [--json]</c>: parses notes and prints one line per note (JSON lines with
/// <c>--json</c>, in the <see cref="EpisodeJson"/> shape), then a count of episodes, other notes and warnings on stderr.
/// </summary>
internal sealed class ParseCommand : ICliCommand
{
    public string Name => "parse";

    public string Summary => "Parse notes (a file or a folder) and print the episode records, with every warning.";

    public CliWords? Words { get; } = new("path", "A note file or a folder of notes.");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("json", "One JSON object a line, the parsed episode record.", CliValue.Flag),
    ];

    public int Run(CliArguments args)
    {
        var json = args.Flag("json");
        args.RejectUnknown();
        if (args.Positionals.Count != 1)
            throw new CliUsageException("expected one file or folder: podsearch parse <file-or-dir> [--json]");
        var target = Path.GetFullPath(args.Positionals[0]);
        string root;
        List<string> files;
        if (File.Exists(target))
        {
            // A single note lives in <root>/<show>/<file>.md.
            root = Path.GetDirectoryName(Path.GetDirectoryName(target)!) ?? "/";
            files = [target];
        }
        else if (Directory.Exists(target))
        {
            var direct = Directory.EnumerateFiles(target, "*.md").Any();
            root = direct ? Path.GetDirectoryName(target) ?? target : target;
            files = Directory.EnumerateFiles(target, "*.md", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('_') || p.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        else
        {
            Console.Error.WriteLine($"podsearch parse: no such file or folder: {args.Positionals[0]}");
            return 1;
        }

        var parser = new NoteParser(root);
        int episodes = 0, others = 0, warnings = 0;
        using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var episode in files.AsParallel().AsOrdered().Select(parser.ParseFile))
        {
            if (episode.Kind == EpisodeKind.Episode) episodes++; else others++;
            warnings += episode.Warnings.Count;
            if (json)
            {
                output.WriteLine(EpisodeJson.Serialize(episode));
                continue;
            }
            output.WriteLine($"{episode.Id}\t{episode.Kind.ToString().ToLowerInvariant()}\t{episode.Title}");
            foreach (var warning in episode.Warnings)
                output.WriteLine($"  warning: {episode.SourcePath}:{warning.Line}: {warning.Message}");
        }
        output.Flush();
        Console.Error.WriteLine($"{files.Count} notes: {episodes} episodes, {others} other, {warnings} warnings");
        return 0;
    }
}
