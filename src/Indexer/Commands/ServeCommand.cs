using PodSearch.SearchHost;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch serve [--index DIR] [--urls URL]</c>: the search page and API, the same host as
/// <c>dotnet run --project src/SearchHost -- --index DIR --urls URL</c>. The host's other switches pass
/// through; the host validates every value and says which one is wrong.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    // The host's own list, so a switch added there (--result-cache, --public-url) cannot be missing here.
    private static readonly string[] HostSwitches = [.. SearchHostApp.SwitchNames];

    public bool RunsManySearches => true;

    public string Name => "serve";

    public string Summary => "Serve the search page and the JSON API (the same host as dotnet run --project src/SearchHost).";

    public CliWords? Words { get; } = null;

    public IReadOnlyList<CliOption> Options { get; } = [.. SearchHostApp.Switches.Select(s => new CliOption(s.Name, s.Description, ValueName: s.ValueName))];

    public int Run(CliArguments args)
    {
        if (args.Positionals.Count > 0)
            throw new CliUsageException($"serve takes no positional arguments, not '{args.Positionals[0]}' (use --index DIR)");
        var hostArgs = new List<string> { "--urls", args.Option("urls") ?? "http://127.0.0.1:5080" };
        foreach (var name in HostSwitches.Where(n => n != "urls"))
            if (args.Option(name) is { } value)
                hostArgs.AddRange(["--" + name, value]);
        args.RejectUnknown();
        return SearchHostApp.Run([.. hostArgs]);
    }
}
