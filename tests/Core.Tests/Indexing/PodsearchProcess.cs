using System.Diagnostics;

namespace PodSearch.Core.Tests.Indexing;

/// <summary>Starts the real <c>podsearch</c> (the built podsearch.dll beside the tests) as a child process.</summary>
internal static class PodsearchProcess
{
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts podsearch with <paramref name="environment"/> added to this process's variables.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "podsearch.dll");
        Assert.True(File.Exists(dll), $"podsearch.dll not found at {dll}");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start podsearch");
    }

    /// <summary>Runs to the end (at most two minutes) and returns exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Run(string[])"/>, with <paramref name="environment"/> added.</summary>
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("podsearch did not finish within two minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
