namespace PodSearch.Indexer.Commands;

/// <summary>
/// The arguments after the command name: positionals, <c>--name value</c> options (repeatable) and
/// <c>--flag</c> switches. Commands declare which flags take no value, so <c>--json</c> never eats a positional.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly HashSet<string> missingValue = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args, IReadOnlySet<string> flagNames)
    {
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? inlineValue = null;
                var eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    inlineValue = name[(eq + 1)..];
                    name = name[..eq];
                }
                if (flagNames.Contains(name) && inlineValue is null)
                {
                    flags.Add(name);
                    continue;
                }
                // The next word is this option's value unless it is itself an option: `--guest --index idx` is a missing
                // guest, not a guest called "--index". A value starting with -- is given as --guest=--odd.
                var hasValue = inlineValue is not null || (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal));
                if (!hasValue)
                {
                    missingValue.Add(name);
                    continue;
                }
                var value = inlineValue ?? args[++i];
                if (!options.TryGetValue(name, out var list))
                    options[name] = list = [];
                list.Add(value);
                continue;
            }
            positionals.Add(arg);
        }
        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool Flag(string name)
    {
        read.Add(name);
        return flags.Contains(name);
    }

    public string? Option(string name)
    {
        Read(name);
        return options.TryGetValue(name, out var list) ? list[^1] : null;
    }

    public IReadOnlyList<string> Options(string name)
    {
        Read(name);
        return options.TryGetValue(name, out var list) ? list : [];
    }

    private void Read(string name)
    {
        read.Add(name);
        if (missingValue.Contains(name))
            throw new CliUsageException($"option --{name} needs a value");
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

    /// <summary>Call after reading every option: an option the command never asked for is a mistake, not something to ignore.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.Concat(flags).Concat(missingValue).Where(n => !read.Contains(n)).ToList();
        if (unknown.Count == 0)
            return;
        var closest = read.Select(known => (known, distance: Distance(unknown[0], known))).Where(c => c.distance <= 2).OrderBy(c => c.distance).FirstOrDefault();
        throw new CliUsageException($"unknown option --{unknown[0]}" + (closest.known is null ? "" : $"; did you mean --{closest.known}?"));
    }

    /// <summary>Edit distance (insert, delete, replace) between two option names, for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

/// <summary>A usage mistake: the message is shown and the exit code is 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
