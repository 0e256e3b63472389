namespace PodSearch.SearchHost.Tests;

/// <summary>
/// Runs <c>podsearch</c>'s real entry point in this process with the console captured: a hundred runs in a second
/// instead of a process each. Only for tests of collections that run alone (the console is process-wide;
/// the entry point also turns off clustering of passage vectors loaded after it, as for any one-off search).
/// </summary>
internal static class InProcessCli
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        lock (Gate)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            var output = new StringWriter();
            var errors = new StringWriter();
            try
            {
                Console.SetOut(output);
                Console.SetError(errors);
                var entry = typeof(Indexer.Commands.CommandCatalog).Assembly.EntryPoint!;
                var code = (int)entry.Invoke(null, [args])!;
                return (code, output.ToString(), errors.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }
}
