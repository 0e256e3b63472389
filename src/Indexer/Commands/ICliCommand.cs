namespace PodSearch.Indexer.Commands;

/// <summary>
/// One <c>podsearch</c> sub-command. Commands are found by reflection (see <see cref="CommandCatalog"/>),
/// so adding a command is adding one file; what it declares is what its <c>--help</c> lists and all it accepts.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The word after <c>podsearch</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>podsearch --help</c>, and the description of the command's own help.</summary>
    string Summary { get; }

    /// <summary>The free words the command takes (a query, an id, a folder); null when it takes none.</summary>
    CliWords? Words { get; }

    /// <summary>Every option the command reads.</summary>
    IReadOnlyList<CliOption> Options { get; }

    /// <summary>
    /// Whether the command answers many searches (a server, a benchmark, an evaluation): only then is it worth
    /// clustering the passage vectors when they are loaded (see Core's <c>SegmentVectors.ClusterOnLoad</c>).
    /// </summary>
    bool RunsManySearches => false;

    /// <summary>Runs the command; returns the process exit code (2 for bad usage).</summary>
    int Run(CliArguments args);
}
