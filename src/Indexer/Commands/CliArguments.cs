namespace PodSearch.Indexer.Commands;

/// <summary>
/// A command's parsed arguments as System.CommandLine read them (see <see cref="PodsearchCommandLine"/>): the
/// positional words, the flags given, and each option's values in order. Commands check the values themselves
/// (or hand search options to the core's reader), so every message names the option as the user typed it.
/// </summary>
internal sealed class CliArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlySet<string> flags)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool Flag(string name)
    {
        read.Add(name);
        return flags.Contains(name);
    }

    /// <summary>The option's value (the last, if given twice); null when not given.</summary>
    public string? Option(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var list) && list.Count > 0 ? list[^1] : null;
    }

    public IReadOnlyList<string> Options(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var list) ? list : [];
    }

    public int? IntOption(string name, int min, int max)
    {
        var text = Option(name);
        if (text is null)
            return null;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw new CliUsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
        return value;
    }

    /// <summary>
    /// Call after reading every option. The parser refuses options a command does not declare; an option it declares
    /// but did not read here (the values of `--top` given to a listing that has no top) would be ignored silently.
    /// </summary>
    public void RejectUnknown()
    {
        var unread = options.Keys.Concat(flags).FirstOrDefault(n => !read.Contains(n));
        if (unread is not null)
            throw new CliUsageException($"option --{unread} does not apply here");
    }
}

/// <summary>A usage mistake: the message is shown and the exit code is 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
