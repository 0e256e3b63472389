using PodSearch.Indexer.Commands;

// podsearch <command> [arguments]: System.CommandLine parses (PodsearchCommandLine) and one ICliCommand runs.
return PodsearchCommandLine.Run(args);
