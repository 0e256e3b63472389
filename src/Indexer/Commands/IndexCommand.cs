using System.Diagnostics;
using System.Globalization;
using PodSearch.Core.Indexing;

namespace PodSearch.Indexer.Commands;

/// <summary>
/// <c>podsearch index &lt;notes-dir&gt; [--index DIR] [--full] [--synonyms FILE] [--verbose] [--encoder minilm|arctic-xs|onnx --model DIR|sif [--vectors FILE]] [--transcripts] [--no-vectors]</c>:
/// builds or updates the index and prints progress lines and a closing summary. Passages are embedded with the
/// packaged MiniLM sentence encoder unless <c>--encoder</c> names another: arctic-xs, a user's ONNX export, or
/// the word vectors (sif); <c>--transcripts</c> also embeds transcript windows. <c>--synonyms FILE</c> keeps a
/// user synonym file with the index (applied at query time); <c>--full</c> re-parses every note; <c>--verbose</c>
/// lists every warning and the timings. Exit 0 even when some notes were skipped (the count is in the
/// summary); 1 for a fatal error (notes folder missing, index not writable, model files bad); 2 for bad usage.
/// </summary>
internal sealed class IndexCommand : ICliCommand
{
    private const int WarningsShownByDefault = 20;

    public string Name => "index";

    public string Summary => "Index a folder of notes (only what changed, unless --full), or check an index with --check.";

    public CliWords? Words { get; } = new("notes-dir", "The folder of markdown notes (one subfolder per show, _data/ beside them).");

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Index.Describing("The index folder to write (default: index)."),
        new("full", "Rebuild every note, not only the changed ones.", CliValue.Flag),
        new("check", "Check the index instead: its commit, its files, its schema version.", CliValue.Flag),
        new("verbose", "Print every warning, not a count per kind.", CliValue.Flag),
        new("synonyms", "A synonyms file added to the built-in one (word, word, ... per line).", ValueName: "FILE"),
        new("encoder", "The sentence encoder for semantic search: minilm (default), arctic-xs, onnx (with --model) or sif (word vectors).", ValueName: "minilm|arctic-xs|onnx|sif"),
        new("model", "With --encoder onnx: a folder holding model.onnx and vocab.txt.", ValueName: "DIR"),
        new("vectors", "With --encoder sif: the general word vectors file.", ValueName: "FILE"),
        new("domain-dims", "With --encoder sif: dimensions of the vectors learnt from the notes (8 to 400).", CliValue.Integer, "N"),
        new("transcripts", "Also encode transcript passages (slow; off by default, see BENCHMARKS.md).", CliValue.Flag),
        new("no-vectors", "Lexical index only: no semantic vectors.", CliValue.Flag),
    ];

    public int Run(CliArguments args)
    {
        if (args.Flag("check"))
            return Check(args);
        if (args.Positionals.Count != 1)
            throw new CliUsageException("expected one notes folder: podsearch index <notes-dir> [--index DIR] [--full] [--synonyms FILE] [--verbose]");
        var verbose = args.Flag("verbose");
        var (encoder, onnxModel) = Encoder(args);
        var options = new IndexingOptions
        {
            NotesRoot = args.Positionals[0],
            IndexPath = args.Option("index") ?? "index",
            Full = args.Flag("full"),
            // Passage vectors for semantic search unless --no-vectors: the packaged sentence encoder by default;
            // for sif, general word vectors from --vectors or where scripts/fetch-vectors.sh puts them.
            Semantic = args.Flag("no-vectors") ? null : new PodSearch.Core.Semantic.SemanticIndexOptions
            {
                Encoder = encoder,
                GeneralVectorsPath = encoder == "sif" ? args.Option("vectors") ?? PodSearch.Core.Embeddings.GeneralVectorsLocator.Find() : null,
                OnnxModelPath = onnxModel,
                Transcripts = args.Flag("transcripts"),
                Progress = Console.Out,
                ProgressOnTerminal = !Console.IsOutputRedirected,
                DomainDimensions = args.IntOption("domain-dims", 8, 400) ?? PodSearch.Core.Semantic.SemanticIndexOptions.DefaultDomainDimensions,
                Log = verbose ? Console.Out : null,
            },
            SynonymsFile = args.Option("synonyms"),
        };
        args.RejectUnknown();

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // First Ctrl+C: stop cleanly (roll back, keep the last commit); a second one kills as usual.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var display = new ProgressDisplay(Console.Out, terminal: !Console.IsOutputRedirected);
        try
        {
            var report = new EpisodeIndexer(options).Run(display.Report, cancel.Token);
            display.Finish();
            PrintSummary(report, options, verbose);
            return 0;
        }
        catch (IndexingException ex)
        {
            display.Finish();
            Console.Error.WriteLine($"podsearch index: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            display.Finish();
            Console.Error.WriteLine("podsearch index: cancelled; the index is as it was after the last run");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary><c>podsearch index --check [--index DIR]</c>: Lucene's CheckIndex; exit 0 valid, 1 damaged (with how to recover).</summary>
    private static int Check(CliArguments args)
    {
        var indexPath = args.Option("index") ?? "index";
        var verbose = args.Flag("verbose");
        args.RejectUnknown();
        try
        {
            var result = IndexCheck.Run(indexPath, verbose ? Console.Out : null);
            Console.WriteLine(result.Summary);
            if (result.Recovery is { } recovery)
                Console.Error.WriteLine($"podsearch index: {recovery}");
            return result.Clean ? 0 : 1;
        }
        catch (IndexingException ex)
        {
            Console.Error.WriteLine($"podsearch index: {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// <c>--encoder minilm|arctic-xs|onnx|sif</c> (minilm by default) and the model folder of <c>--encoder onnx --model DIR</c>.
    /// </summary>
    private static (string Encoder, string? OnnxModel) Encoder(CliArguments args)
    {
        var encoder = args.Option("encoder") ?? PodSearch.Core.Semantic.SemanticIndexOptions.DefaultEncoder;
        var model = args.Option("model");
        if (encoder != "onnx" && model is not null)
            throw new CliUsageException("--model names an ONNX model folder; use it with --encoder onnx");
        if (encoder != "sif" && args.Option("vectors") is not null)
            throw new CliUsageException("--vectors (general word vectors) applies to the sif encoder only");
        if (encoder is not "sif" && args.Option("domain-dims") is not null)
            throw new CliUsageException("--domain-dims (learned word vectors) applies to the sif encoder only");
        switch (encoder)
        {
            case "sif":
                return (encoder, null);
            case "onnx":
                if (model is null)
                    throw new CliUsageException("--encoder onnx needs --model DIR (a folder with model.onnx and vocab.txt)");
                if (args.Flag("no-vectors"))
                    throw new CliUsageException("--encoder onnx and --no-vectors contradict each other");
                return (encoder, model);
            default:
                if (PodSearch.Core.Embeddings.Packaged.PackagedEncoder.Find(encoder) is null)
                    throw new CliUsageException($"unknown encoder '{encoder}' (expected minilm, arctic-xs, onnx or sif)");
                return (encoder.ToLowerInvariant(), null);
        }
    }

    private static void PrintSummary(IndexingReport report, IndexingOptions options, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        var mode = report.FullRebuildReason is { } reason ? $"full ({reason})" : "incremental";
        Console.WriteLine(string.Create(inv, $"indexed {options.NotesRoot} into {options.IndexPath} in {report.Elapsed.TotalSeconds:0.00} s, {mode}{(report.Committed ? "" : ", nothing changed")}"));
        Console.WriteLine(string.Create(inv, $"  notes read  {report.NotesRead,6}"));
        Console.WriteLine(string.Create(inv, $"  indexed     {report.Indexed,6}  ({report.IndexedEpisodes} episodes, {report.IndexedOthers} other)"));
        Console.WriteLine(string.Create(inv, $"  unchanged   {report.Unchanged,6}"));
        Console.WriteLine(string.Create(inv, $"  deleted     {report.Deleted,6}"));
        Console.WriteLine(string.Create(inv, $"  skipped     {report.Skipped.Count,6}"));
        Console.WriteLine(string.Create(inv, $"  warnings    {report.Warnings.Count,6}"));
        if (report.SemanticSummary is { } semantic)
            Console.WriteLine($"  {semantic}");
        Console.WriteLine(string.Create(inv, $"  index       {report.EpisodesInIndex} episodes, {report.OthersInIndex} other, {report.IndexSizeBytes / (1024.0 * 1024.0):0.0} MB"));
        if (verbose)
            Console.WriteLine(string.Create(inv, $"  time        {report.IndexingElapsed.TotalSeconds:0.00} s reading, parsing and adding; {report.CommitElapsed.TotalSeconds:0.00} s flush and commit"));
        if (report.Skipped.Count > 0)
        {
            Console.WriteLine("skipped:");
            foreach (var problem in report.Skipped)
                Console.WriteLine($"  {problem}");
        }
        if (report.Warnings.Count > 0)
        {
            var shown = verbose ? report.Warnings.Count : Math.Min(report.Warnings.Count, WarningsShownByDefault);
            Console.WriteLine(shown == report.Warnings.Count ? "warnings:" : $"warnings (first {shown} of {report.Warnings.Count}; --verbose shows all):");
            foreach (var problem in report.Warnings.Take(shown))
                Console.WriteLine($"  {problem}");
        }
    }

    /// <summary>One self-overwriting line on a terminal; a plain line per tenth of the run when redirected.</summary>
    private sealed class ProgressDisplay(TextWriter output, bool terminal)
    {
        private readonly Stopwatch sinceLast = Stopwatch.StartNew();
        private readonly System.Threading.Lock gate = new();
        private int lastTenth = -1;
        private bool lineOpen;

        public void Report(IndexingProgress progress)
        {
            if (progress.Total == 0)
                return;
            lock (gate)
            {
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"indexing: {progress.Done}/{progress.Total} notes ({100.0 * progress.Done / progress.Total:0}%), {progress.Indexed} written");
                if (terminal)
                {
                    if (sinceLast.ElapsedMilliseconds < 100 && progress.Done != progress.Total)
                        return;
                    sinceLast.Restart();
                    output.Write($"\r{text}\u001b[K");
                    lineOpen = true;
                    return;
                }
                var tenth = (int)(10L * progress.Done / progress.Total);
                if (tenth <= lastTenth)
                    return;
                lastTenth = tenth;
                output.WriteLine(text);
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                if (lineOpen)
                    output.Write("\r\u001b[K");
                lineOpen = false;
            }
        }
    }
}
