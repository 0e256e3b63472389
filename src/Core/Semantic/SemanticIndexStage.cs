using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Embeddings;
using PodSearch.Core.Embeddings.Onnx;
using PodSearch.Core.Embeddings.Packaged;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The indexing step that gives each episode its passage vectors, run by <see cref="EpisodeIndexer"/> after
/// the lexical documents are written (it rewrites each embedded episode's document with its vectors) and
/// before the one commit: so vectors, documents and the model file
/// all belong to the same commit. Incremental runs keep the committed model and embed only the episodes
/// written in this run; the model is learned again when none is usable, when its inputs changed (general
/// vectors, passage splitting, weights), or when a large share of the notes changed.
/// </summary>
internal sealed class SemanticIndexStage(SemanticIndexOptions options)
{
    private string? keptModelFile;

    /// <summary>Short description of what the stage did, for the indexing summary.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>
    /// Embeds what needs embedding, rewriting those documents through <paramref name="writer"/>, and returns the
    /// commit user data to add, or null when nothing changed (no commit needed for vectors).
    /// </summary>
    /// <param name="writer">Opens (or returns) the run's writer; documents written in this run are already added to it.</param>
    /// <param name="indexPath">The index folder, where the model file is written.</param>
    /// <param name="previous">The last commit before this run, or null (new index or full rebuild).</param>
    /// <param name="written">Episodes (re)written in this run.</param>
    /// <param name="removed">Ids deleted in this run.</param>
    public Dictionary<string, string>? Apply(Func<IndexWriter> writer, string indexPath, DirectoryReader? previous,
        IReadOnlyCollection<Episode> written, IReadOnlySet<string> removed)
    {
        var clock = Stopwatch.StartNew();
        var log = options.Log;
        IReadOnlyDictionary<string, string> previousData = previous?.IndexCommit.UserData is { } data ? new Dictionary<string, string>(data) : new Dictionary<string, string>();
        if (options.EffectiveEncoder != SemanticIndexOptions.SifEncoder)
            return ApplyOnnx(writer, previous, previousData, written, removed, clock);
        var generalSignature = FileSignature(options.GeneralVectorsPath);
        var settings = Settings();
        var previousModel = previousData.TryGetValue(SemanticFields.ModelKey, out var m) ? m : null;
        var sameInputs = previousModel is not null
            && previousData.GetValueOrDefault(SemanticFields.GeneralVectorsKey + ".file") == generalSignature
            && previousData.GetValueOrDefault(SemanticFields.SettingsKey) == settings;

        var episodesWritten = written.Where(e => e.Kind == EpisodeKind.Episode).ToList();
        if (sameInputs && episodesWritten.Count == 0 && removed.Count == 0)
            return Unchanged(written, previousData);

        SifEmbedder? embedder = null;
        var episodesInIndex = previous is null ? 0 : CountEpisodes(previous);
        var relearn = !sameInputs || episodesWritten.Count > options.RelearnFraction * Math.Max(1, episodesInIndex);
        if (!relearn)
        {
            try
            {
                embedder = new SifEmbedder(SifModelFile.Load(Path.Combine(indexPath, previousModel!)));
                keptModelFile = previousModel;
            }
            catch (EmbeddingModelException ex)
            {
                log?.WriteLine($"vectors: {ex.Message}; learning a new model");
            }
        }

        var toEmbed = episodesWritten;
        string modelFile;
        if (embedder is null)
        {
            toEmbed = AllEpisodes(previous, removed, episodesWritten);
            embedder = Learn(toEmbed);
            modelFile = SifModelFile.Save(embedder.Parts, indexPath);
        }
        else
        {
            modelFile = keptModelFile!;
        }

        WriteVectors(writer(), toEmbed, Embed(embedder, toEmbed, options.Transcripts));
        Summary = $"vectors: {toEmbed.Count} episodes embedded with {embedder.Name} ({clock.Elapsed.TotalSeconds:F1} s)";
        log?.WriteLine(Summary);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SemanticFields.ModelKey] = modelFile,
            [SemanticFields.EncoderKey] = embedder.Name,
            [SemanticFields.GeneralVectorsKey] = embedder.Parts.GeneralSource,
            [SemanticFields.GeneralVectorsKey + ".file"] = generalSignature,
            [SemanticFields.SettingsKey] = settings,
        };
    }

    /// <summary>
    /// Fails fast, before any note is read, when the encoder is unknown or its files are missing: the ONNX model
    /// folder's, or a packaged encoder's package (loading the model for real happens in <see cref="Apply"/>).
    /// </summary>
    /// <exception cref="IndexingException">The encoder is unknown, or its files are missing.</exception>
    public static void CheckModelFiles(SemanticIndexOptions? options)
    {
        if (options is null || options.EffectiveEncoder == SemanticIndexOptions.SifEncoder)
            return;
        try
        {
            if (options.OnnxModelPath is { } folder)
                OnnxModelFolder.Open(folder);
            else
                PackagedModelFiles.LocateAssembly(Packaged(options.Encoder));
        }
        catch (EmbeddingModelException ex)
        {
            throw new IndexingException(ex.Message, ex);
        }
    }

    private static PackagedEncoder Packaged(string key) =>
        PackagedEncoder.Find(key) ?? throw new EmbeddingModelException(
            $"unknown encoder '{key}' (expected {string.Join(", ", PackagedEncoder.All.Select(e => e.Key))}, {SemanticIndexOptions.OnnxEncoder} or {SemanticIndexOptions.SifEncoder})");

    /// <summary>The sentence encoder of this run: a packaged one, or the user's ONNX export.</summary>
    private OnnxSentenceEmbedder OpenSentenceEncoder()
    {
        try
        {
            return options.OnnxModelPath is { } folder
                ? OnnxSentenceEmbedder.Open(folder)
                : PackagedEmbedder.Open(Packaged(options.Encoder), cacheRoot: options.CacheRoot);
        }
        catch (EmbeddingModelException ex)
        {
            throw new IndexingException($"{(options.OnnxModelPath is null ? options.Encoder : "ONNX")} encoder unusable: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The sentence encoder's run: nothing to learn, so only whether the committed vectors came from this same
    /// model (name and model.onnx hash) and passage settings decides between embedding this run's episodes and
    /// all of them. Passages seen before (any index, same model) come from the vector cache.
    /// </summary>
    private Dictionary<string, string>? ApplyOnnx(Func<IndexWriter> writer, DirectoryReader? previous,
        IReadOnlyDictionary<string, string> previousData, IReadOnlyCollection<Episode> written, IReadOnlySet<string> removed, Stopwatch clock)
    {
        using var embedder = OpenSentenceEncoder();
        var settings = $"splitter={PassageSplitter.Version};transcripts={(options.Transcripts ? 1 : 0)}";
        var sameModel = previousData.GetValueOrDefault(SemanticFields.OnnxFingerprintKey) == embedder.Fingerprint
            && previousData.GetValueOrDefault(SemanticFields.EncoderKey) == embedder.Name
            && previousData.GetValueOrDefault(SemanticFields.SettingsKey) == settings;
        var episodesWritten = written.Where(e => e.Kind == EpisodeKind.Episode).ToList();
        if (sameModel && episodesWritten.Count == 0 && removed.Count == 0)
            return Unchanged(written, previousData);
        var toEmbed = sameModel ? episodesWritten : AllEpisodes(previous, removed, episodesWritten);
        var cache = options.UseVectorCache
            ? PassageVectorCache.Open(options.CacheRoot ?? CacheFolder.Root, embedder.Name, embedder.Dimensions)
            : null;
        var encodeClock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (vectors, passages, encoded) = new CachedPassageEncoder(embedder, cache, options).Encode(toEmbed);
        var encodeSeconds = encodeClock.Elapsed.TotalSeconds;
        // Process CPU over encoding wall time: 200% means both cores of this machine were busy, which the
        // encoder's parallel sessions are meant to achieve; only worth printing when something was encoded.
        var cpuShare = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / Math.Max(0.001, encodeSeconds);
        var cpu = encoded > 0 ? string.Create(CultureInfo.InvariantCulture, $", CPU {cpuShare * 100:0}% of one core") : "";
        WriteVectors(writer(), toEmbed, vectors);
        var seconds = clock.Elapsed.TotalSeconds;
        Summary = string.Create(CultureInfo.InvariantCulture,
            $"vectors: {toEmbed.Count} episodes embedded with {embedder.Name} ({seconds:F1} s): {passages} passages{(options.Transcripts ? " with transcripts" : "")}, {encoded} encoded ({encoded / Math.Max(0.001, encodeSeconds):0} passages/s{cpu}), {passages - encoded} from the cache or repeated");
        options.Log?.WriteLine(Summary);
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SemanticFields.EncoderKey] = embedder.Name,
            [SemanticFields.OnnxFingerprintKey] = embedder.Fingerprint,
            [SemanticFields.SettingsKey] = settings,
        };
        if (options.OnnxModelPath is null)
            data[SemanticFields.PackagedEncoderKey] = Packaged(options.Encoder).Key;
        else
            data[SemanticFields.OnnxModelKey] = embedder.Folder;
        return data;
    }

    /// <summary>
    /// No vectors to write. Null when the run wrote nothing at all; otherwise the run commits anyway (a page that
    /// is no episode changed), and the commit's user data replaces the last one's, so the semantic keys go along.
    /// </summary>
    private Dictionary<string, string>? Unchanged(IReadOnlyCollection<Episode> written, IReadOnlyDictionary<string, string> previousData)
    {
        Summary = "vectors: unchanged";
        return written.Count == 0
            ? null
            : previousData.Where(p => p.Key.StartsWith("podsearch.semantic.", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every episode of the index after this run: the stored ones not removed, with this run's in their place.</summary>
    private static List<Episode> AllEpisodes(DirectoryReader? previous, IReadOnlySet<string> removed, IReadOnlyList<Episode> episodesWritten)
    {
        var all = new Dictionary<string, Episode>(StringComparer.Ordinal);
        if (previous is not null)
            foreach (var episode in StoredEpisodes(previous))
                if (!removed.Contains(episode.Id))
                    all[episode.Id] = episode;
        foreach (var episode in episodesWritten)
            all[episode.Id] = episode;
        return all.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    private static void WriteVectors(IndexWriter target, IReadOnlyList<Episode> toEmbed, byte[][] vectors)
    {
        for (var i = 0; i < toEmbed.Count; i++)
        {
            // The whole document is written again rather than its doc value updated in place: Lucene.Net's
            // doc-values updates lost some values when documents came from several indexing threads.
            var document = EpisodeDocument.From(toEmbed[i]);
            document.RemoveFields(SemanticFields.PassageVectors);
            document.Add(new BinaryDocValuesField(SemanticFields.PassageVectors, new BytesRef(vectors[i])));
            target.UpdateDocument(new Term(IndexSchema.Id, toEmbed[i].Id), document);
        }
        // Each rewrite leaves the first copy as a deleted document until a merge: after a full run that is a
        // second copy of every stored transcript (the index was 116 MB instead of about 60). When the rewritten
        // share is large, merge the deletions away before the commit, so the committed index is compact.
        // MaxDoc counts the new copies too, so MaxDoc - rewrites is the index before this step.
        var before = Math.Max(1, target.MaxDoc - toEmbed.Count);
        if (toEmbed.Count >= RewriteShareToMerge * before)
            target.ForceMergeDeletes(doWait: true);
    }

    /// <summary>Rewritten documents, as a share of the index, from which deletions are merged away in the same run.</summary>
    private const double RewriteShareToMerge = 0.2;

    /// <summary>After the commit: deletes model files no commit refers to any more (open searchers keep theirs in memory).</summary>
    public static void DeleteUnusedModels(string indexPath, string? current)
    {
        if (current is null)
            return;
        foreach (var file in Directory.EnumerateFiles(indexPath, "semantic-*.model*"))
        {
            if (Path.GetFileName(file) == current)
                continue;
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Best effort: a leftover file costs disk space, never correctness.
            }
        }
    }

    private SifEmbedder Learn(IReadOnlyList<Episode> episodes)
    {
        WordVectors? general = null;
        if (options.GeneralVectorsPath is { } path)
        {
            try
            {
                general = WordVectors.Load(path);
            }
            catch (EmbeddingModelException ex)
            {
                options.Log?.WriteLine($"vectors: general word vectors unusable ({ex.Message}); using domain vectors only");
            }
        }
        else
        {
            options.Log?.WriteLine("vectors: no general word vectors (run scripts/fetch-vectors.sh); using domain vectors only");
        }
        var passages = episodes.SelectMany(e => PassageSplitter.Split(e, options.Transcripts).Select(p => p.Text)).ToList();
        var builder = new SifModelBuilder
        {
            GeneralWeight = options.GeneralWeight,
            DomainWeight = options.DomainWeight,
            DomainDimensions = options.DomainDimensions,
            SplitterVersion = PassageSplitter.Version,
        };
        return builder.Build(passages, general, options.Log);
    }

    /// <summary>The word-vector encoder's path: cheap per text, so one episode per core and no cache.</summary>
    internal static byte[][] Embed(ITextEmbedder embedder, IReadOnlyList<Episode> episodes, bool transcripts)
    {
        var result = new byte[episodes.Count][];
        Parallel.For(0, episodes.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var passages = PassageSplitter.Split(episodes[i], transcripts);
            var encoded = embedder.Encode(passages.Select(p => p.Text).ToList());
            var kept = new List<(int, float[])>(passages.Count);
            for (var p = 0; p < encoded.Length; p++)
                if (encoded[p].AsSpan().IndexOfAnyExcept(0f) >= 0)
                    kept.Add((p, encoded[p]));
            result[i] = PassageVectorCodec.Encode(kept, embedder.Dimensions);
        });
        return result;
    }

    private string Settings() => string.Create(CultureInfo.InvariantCulture,
        $"splitter={PassageSplitter.Version};transcripts={(options.Transcripts ? 1 : 0)};wg={options.GeneralWeight};wd={options.DomainWeight};dd={options.DomainDimensions}");

    private static string FileSignature(string? path)
    {
        if (path is null || !File.Exists(path))
            return "none";
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}");
    }

    private static int CountEpisodes(DirectoryReader reader) =>
        reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.KindEpisode));

    private static IEnumerable<Episode> StoredEpisodes(DirectoryReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                var document = segment.Document(doc);
                if (document.Get(IndexSchema.Kind) != IndexSchema.KindEpisode)
                    continue;
                yield return EpisodeDocument.ReadEpisode(document);
            }
        }
    }
}
