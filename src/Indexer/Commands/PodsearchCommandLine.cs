using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// The <c>podsearch</c> command line on System.CommandLine: one sub-command per <see cref="ICliCommand"/>, its options
/// from the command's declarations (search options from the core's parameter list). System.CommandLine parses, types
/// the values and writes the help; this class adds the rules our users rely on: exit 2 for any usage error with the
/// command's name in front, "unknown option --x; did you mean --y?", a value-taking option followed by another option
/// is a missing value (not a guest called "--index"), and the exit codes at the end of every help.
/// </summary>
internal static class PodsearchCommandLine
{
    public const string ExitCodes = "Exit codes: 0 success, 1 a runtime failure, 2 a usage error.";

    public static int Run(string[] args)
    {
        var root = new Command("podsearch", "Full-text and semantic search over podcast show notes: index a folder of notes, then search it or serve it.");
        var help = new HelpOption();
        help.Action = new HelpWithExitCodes((SynchronousCommandLineAction)help.Action!);
        var version = new Option<bool>("--version") { Description = "Show the version and the index schema it writes." };
        root.Options.Add(help);
        root.Options.Add(version);
        root.SetAction(result =>
        {
            if (result.GetValue(version))
            {
                Console.WriteLine(VersionText());
                return 0;
            }
            // No command: the list of commands, as a usage error (nothing was asked).
            new HelpWithExitCodes(new HelpAction()).Invoke(result);
            return 2;
        });
        var declared = new Dictionary<Command, DeclaredCommand>();
        foreach (var command in CommandCatalog.All.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var sub = Declare(command);
            declared[sub.Command] = sub;
            root.Subcommands.Add(sub.Command);
        }

        // "@file" is a search for @file, not a file of arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var target = parsed.CommandResult.Command;
        if (declared.TryGetValue(target, out var chosen) && Mistake(parsed, chosen) is { } mistake)
            return Usage(chosen.Source.Name, mistake);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExitCodes)
        {
            if (target == root)
                return Usage(null, parsed.UnmatchedTokens.Count > 0
                    ? $"unknown command '{parsed.UnmatchedTokens[0]}' (see podsearch --help)"
                    : parsed.Errors[0].Message);
            return Usage(target.Name, parsed.Errors[0].Message);
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = Console.Out, Error = Console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            return Usage(target.Name, ex.Message);
        }
    }

    public static string VersionText()
    {
        var assembly = typeof(CommandCatalog).Assembly.GetName();
        return $"podsearch {assembly.Version?.ToString(3) ?? "0.0.0"} (index schema {Core.Indexing.IndexSchema.Version})";
    }

    private static int Usage(string? command, string message)
    {
        Console.Error.WriteLine(command is null ? $"podsearch: {message}" : $"podsearch {command}: {message} (see podsearch {command} --help)");
        return 2;
    }

    /// <summary>A command's System.CommandLine form, with its declarations to read the parse back by.</summary>
    private sealed record DeclaredCommand(ICliCommand Source, Command Command, Argument<string[]>? Words, IReadOnlyList<(CliOption Declared, Option Option)> Options);

    private static DeclaredCommand Declare(ICliCommand source)
    {
        var command = new Command(source.Name, source.Summary);
        Argument<string[]>? words = null;
        if (source.Words is { } w)
        {
            words = new Argument<string[]>(w.Name) { Description = w.Description, Arity = ArgumentArity.ZeroOrMore };
            command.Arguments.Add(words);
        }
        var options = new List<(CliOption, Option)>();
        foreach (var declared in source.Options)
        {
            Option option = declared.Value switch
            {
                CliValue.Flag => new Option<bool>("--" + declared.Name),
                CliValue.Repeated => new Option<string[]>("--" + declared.Name) { AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore },
                CliValue.Integer => new Option<int>("--" + declared.Name),
                _ => new Option<string>("--" + declared.Name),
            };
            option.Description = declared.Description;
            if (declared.Value != CliValue.Flag)
                option.HelpName = declared.ValueName;
            command.Options.Add(option);
            options.Add((declared, option));
        }
        var result = new DeclaredCommand(source, command, words, options);
        command.SetAction(parsed =>
        {
            // A one-off search scans every passage rather than first spending half a second clustering them.
            Core.Semantic.SegmentVectors.ClusterOnLoad = source.RunsManySearches;
            return source.Run(Arguments(parsed, result));
        });
        return result;
    }

    /// <summary>The parse as the commands read it: positional words, flags, option values as given.</summary>
    private static CliArguments Arguments(ParseResult parsed, DeclaredCommand command)
    {
        var words = command.Words is null ? [] : parsed.GetResult(command.Words)?.Tokens.Select(t => t.Value).ToList() ?? [];
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (declared, option) in command.Options)
        {
            if (parsed.GetResult(option) is not { Implicit: false } given)
                continue;
            if (declared.Value == CliValue.Flag)
            {
                if (parsed.GetValue((Option<bool>)option))
                    flags.Add(declared.Name);
            }
            else
                values[declared.Name] = given.Tokens.Select(t => t.Value).ToList();
        }
        return new CliArguments(words, values, flags);
    }

    /// <summary>The usage mistakes System.CommandLine lets through or words differently; null when there is none.</summary>
    private static string? Mistake(ParseResult parsed, DeclaredCommand command)
    {
        var names = command.Options.Select(o => "--" + o.Declared.Name).Append("--help").ToHashSet(StringComparer.Ordinal);
        foreach (var (declared, option) in command.Options)
        {
            if (declared.Value == CliValue.Flag || parsed.GetResult(option) is not { Implicit: false } given)
                continue;
            // `--guest --index idx`: the next word was another option, so --guest has no value.
            if (given.Tokens.Count == 0 || given.Tokens.Any(t => names.Contains(t.Value)))
                return $"option --{declared.Name} needs a value";
        }
        // Before a bare `--`, a word starting with -- is an option, even where the command also takes free words.
        var beforeDoubleDash = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).ToList();
        var wordTokens = command.Words is null ? [] : parsed.GetResult(command.Words)?.Tokens ?? [];
        var unknown = parsed.UnmatchedTokens
            .Concat(wordTokens.Where(t => beforeDoubleDash.Any(b => ReferenceEquals(b, t))).Select(t => t.Value))
            .FirstOrDefault(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2);
        if (unknown is null)
            return parsed.UnmatchedTokens.Count > 0 ? $"unexpected argument '{parsed.UnmatchedTokens[0]}'" : null;
        var name = unknown.Split('=')[0];
        var closest = names.Select(known => (known, distance: Core.Search.EditDistance.Compute(name, known)))
            .Where(c => c.distance <= 2).OrderBy(c => c.distance).FirstOrDefault();
        return $"unknown option {name}" + (closest.known is null ? "" : $"; did you mean {closest.known}?");
    }

    /// <summary>System.CommandLine's help, then the exit codes (the same for every command).</summary>
    private sealed class HelpWithExitCodes(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            Console.WriteLine(ExitCodes);
            return 0;
        }
    }
}
