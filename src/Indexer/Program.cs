using PodSearch.Indexer.Commands;

// podsearch <command> [arguments]: parses the command name and hands over to one ICliCommand.
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: podsearch <command> [arguments]\n\ncommands:");
    foreach (var command in CommandCatalog.All.Values.OrderBy(c => c.Name))
        Console.WriteLine($"  {command.Name,-10} {command.Summary}");
    return args.Length == 0 ? 2 : 0;
}

if (!CommandCatalog.All.TryGetValue(args[0], out var selected))
{
    Console.Error.WriteLine($"podsearch: unknown command '{args[0]}' (see podsearch --help)");
    return 2;
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
