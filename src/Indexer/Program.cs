using PodSearch.Indexer.Commands;

// podsearch <command> [arguments]: parses the command name and hands over to one ICliCommand.
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: podsearch <command> [arguments]\n\ncommands:");
    foreach (var command in CommandCatalog.All.Values.OrderBy(c => c.Name))
        Console.WriteLine($"  {command.Name,-10} {command.Summary}");
    return args.Length == 0 ? 2 : 0;
}

if (args[0] is "--version" or "version")
{
    var assembly = typeof(CommandCatalog).Assembly.GetName();
    Console.WriteLine($"podsearch {assembly.Version?.ToString(3) ?? "0.0.0"} (index schema {PodSearch.Core.Indexing.IndexSchema.Version})");
    return 0;
}

if (!CommandCatalog.All.TryGetValue(args[0], out var selected))
{
    Console.Error.WriteLine($"podsearch: unknown command '{args[0]}' (see podsearch --help)");
    return 2;
}

// `podsearch search --help` (or -h, anywhere before a --): the command's usage, exit 0.
if (args[1..].TakeWhile(a => a != "--").Any(a => a is "--help" or "-h"))
{
    Console.WriteLine($"usage: podsearch {selected.Name} ...\n\n{selected.Summary}\n\nexit codes: 0 success, 1 a runtime failure, 2 a usage error");
    return 0;
}

// A one-off search scans every passage rather than first spending half a second clustering them.
PodSearch.Core.Semantic.SegmentVectors.ClusterOnLoad = selected.RunsManySearches;
try
{
    return selected.Run(new CliArguments(args[1..], selected.Flags));
}
catch (CliUsageException ex)
{
    Console.Error.WriteLine($"podsearch {selected.Name}: {ex.Message}");
    return 2;
}
