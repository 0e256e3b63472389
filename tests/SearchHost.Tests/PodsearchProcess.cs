using System.Diagnostics;
using System.Text;

namespace PodSearch.SearchHost.Tests;

/// <summary>Runs the real <c>podsearch</c> command in a separate process (another writer, or a host to stop with SIGTERM).</summary>
internal sealed class PodsearchProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PodsearchProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "podsearch.dll");

    public int Id => process.Id;

    public string Output { get { lock (output) return output.ToString(); } }

    public static PodsearchProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return new PodsearchProcess(Process.Start(info)!);
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var run = Start(args);
        var code = await run.WaitAsync(timeout);
        return (code, run.Output);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit(); // drains the output readers
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
