using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace PodSearch.Core.Embeddings.Onnx;

/// <summary>
/// Passage and query vectors from a sentence-transformers model exported to ONNX (all-MiniLM-L6-v2,
/// bge-small-en, ...), for users who have one: WordPiece ids in, the token states out, averaged over the real
/// (unpadded) tokens and scaled to unit length, as sentence-transformers' mean pooling does. A model whose
/// output is already pooled (<c>[batch, dim]</c>) is only normalised. Thread-safe; dispose to free the session.
/// </summary>
public sealed class OnnxSentenceEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>Texts per model call: bounds the padded tensor when one episode has hundreds of passages.</summary>
    private const int BatchSize = 16;
    /// <summary>Distinct recent queries whose vectors are kept (<see cref="QueryVectorCache"/>); 0 when the
    /// environment sets <c>PODSEARCH_QUERY_CACHE=0</c>, so a benchmark times the encoding of every query.</summary>
    private static readonly int QueriesKept = Environment.GetEnvironmentVariable("PODSEARCH_QUERY_CACHE") == "0" ? 0 : 512;

    private readonly InferenceSession session;
    private readonly WordPieceInputs inputs;
    private readonly string outputName;
    private readonly bool takesAttentionMask;
    private readonly bool takesTokenTypes;
    private readonly string queryPrefix;
    private readonly QueryVectorCache recentQueries = new(QueriesKept);

    private OnnxSentenceEmbedder(OnnxModelFolder folder, string fingerprint, InferenceSession session, WordPieceInputs inputs, OnnxEncoderSettings settings)
    {
        this.session = session;
        this.inputs = inputs;
        queryPrefix = settings.QueryPrefix;
        Folder = folder.Folder;
        Fingerprint = fingerprint;
        var declared = session.InputMetadata;
        if (!declared.ContainsKey("input_ids"))
            throw Bad(folder, $"has no input 'input_ids' (it declares {string.Join(", ", declared.Keys)})");
        foreach (var (name, meta) in declared)
        {
            if (name is not ("input_ids" or "attention_mask" or "token_type_ids"))
                throw Bad(folder, $"declares input '{name}', which a sentence encoder does not take");
            if (meta.ElementDataType != TensorElementType.Int64)
                throw Bad(folder, $"wants input '{name}' as {meta.ElementDataType}; only int64 ids are supported");
        }
        takesAttentionMask = declared.ContainsKey("attention_mask");
        takesTokenTypes = declared.ContainsKey("token_type_ids");
        outputName = session.OutputMetadata.ContainsKey("last_hidden_state") ? "last_hidden_state" : session.OutputNames[0];
        if (session.OutputMetadata[outputName].ElementDataType != TensorElementType.Float)
            throw Bad(folder, $"gives output '{outputName}' as {session.OutputMetadata[outputName].ElementDataType}; only float32 is supported");
        // One short text through the model: finds the width (exports often leave it symbolic) and proves the
        // model runs, so a broken file fails here and not in the middle of indexing.
        try
        {
            Dimensions = Run([inputs.Tokenize("probe")])[0].Length;
        }
        catch (OnnxRuntimeException ex)
        {
            throw Bad(folder, $"does not run on token ids ({ex.Message})", ex);
        }
        if (Dimensions is 0 or > ushort.MaxValue)
            throw Bad(folder, $"gives vectors of {Dimensions} dimensions");
        Name = settings.Key is { } key
            ? $"{key}-v1(sha256={fingerprint[..12]},max={folder.MaxTokens},{Dimensions}d)"
            : $"onnx-v1({Path.GetFileName(folder.Folder.TrimEnd(Path.DirectorySeparatorChar))},sha256={fingerprint[..12]},max={folder.MaxTokens},{Dimensions}d)";
    }

    public string Name { get; }
    public int Dimensions { get; }
    /// <summary>The model folder (absolute).</summary>
    public string Folder { get; }
    /// <summary>SHA-256 of model.onnx.</summary>
    public string Fingerprint { get; }

    /// <summary>Loads the model in <paramref name="folder"/>; with <paramref name="expectedFingerprint"/>, refuses a model.onnx that differs.</summary>
    /// <exception cref="EmbeddingModelException">A file is missing, unreadable, changed or not a sentence encoder; the message names it.</exception>
    public static OnnxSentenceEmbedder Open(string folder, string? expectedFingerprint = null, OnnxEncoderSettings? settings = null)
    {
        settings ??= OnnxEncoderSettings.UserModel;
        var files = OnnxModelFolder.Open(folder);
        var fingerprint = files.ComputeFingerprint();
        if (expectedFingerprint is not null && !string.Equals(fingerprint, expectedFingerprint, StringComparison.OrdinalIgnoreCase))
            throw new EmbeddingModelException($"{files.ModelPath} changed since the index was built (sha256 {fingerprint[..12]}, index has {expectedFingerprint[..Math.Min(12, expectedFingerprint.Length)]}); re-run podsearch index");
        var inputs = WordPieceInputs.Open(files);
        var session = CreateSession(files);
        try
        {
            return new OnnxSentenceEmbedder(files, fingerprint, session, inputs, settings);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts) => EncodeMany(texts, workers: 1, progress: null);

    /// <summary>The query with the model's query prefix; recent queries come from <see cref="QueryVectorCache"/>.</summary>
    public float[] EncodeQuery(string text) =>
        recentQueries.GetOrAdd(text, query => Encode([queryPrefix + query])[0]);

    /// <summary>
    /// Many texts at once, the indexing path: all are tokenized first and sorted by length, so each batch holds
    /// texts of about one length and little of the tensor is padding; <paramref name="workers"/> batches run at
    /// a time on the one session (ONNX Runtime runs concurrent calls; each call uses one thread, so the cores
    /// are shared by batches rather than split inside a small matrix product).
    /// </summary>
    /// <param name="texts">The passages.</param>
    /// <param name="workers">Batches run at once: the cores to use.</param>
    /// <param name="progress">Called with the number of texts each finished batch held.</param>
    public float[][] EncodeMany(IReadOnlyList<string> texts, int workers, Action<int>? progress)
    {
        var ids = new int[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, i => ids[i] = inputs.Tokenize(texts[i]));
        // Batches of similar lengths waste less on padding; each result goes back to its text's place. Longest
        // first, so the slowest batches do not end up alone on one core at the end.
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => ids[i].Length).ToArray();
        var result = new float[texts.Count][];
        var batches = order.Chunk(BatchSize).ToList();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, chunk =>
        {
            var vectors = Run(chunk.Select(i => ids[i]).ToList());
            for (var k = 0; k < chunk.Length; k++)
                result[chunk[k]] = vectors[k];
            progress?.Invoke(chunk.Length);
        });
        return result;
    }

    public void Dispose() => session.Dispose();

    private float[][] Run(IReadOnlyList<int[]> batch)
    {
        var (ids, mask, length) = inputs.Pad(batch);
        long[] shape = [batch.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        var feed = new Dictionary<string, OrtValue>(StringComparer.Ordinal) { ["input_ids"] = idsValue };
        if (takesAttentionMask)
            feed["attention_mask"] = maskValue;
        if (takesTokenTypes)
            feed["token_type_ids"] = typesValue; // one segment: every token is type 0
        using var options = new RunOptions();
        using var outputs = session.Run(options, feed, [outputName]);
        var output = outputs[0];
        var dims = output.GetTensorTypeAndShape().Shape;
        var values = output.GetTensorDataAsSpan<float>();
        return dims.Length switch
        {
            3 when dims[0] == batch.Count && dims[1] == length => MeanPool(values, mask, batch.Count, length, (int)dims[2]),
            2 when dims[0] == batch.Count => Rows(values, batch.Count, (int)dims[1]),
            _ => throw new EmbeddingModelException(
                $"model output '{outputName}' has shape [{string.Join(", ", dims)}] for {batch.Count} texts of {length} tokens; expected [batch, tokens, dim] or [batch, dim]"),
        };
    }

    /// <summary>Per row, the average of the states whose mask is 1, scaled to unit length.</summary>
    internal static float[][] MeanPool(ReadOnlySpan<float> states, ReadOnlySpan<long> mask, int rows, int length, int dimensions)
    {
        var result = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            var sum = new float[dimensions];
            var count = 0;
            for (var t = 0; t < length; t++)
            {
                if (mask[row * length + t] == 0)
                    continue;
                System.Numerics.Tensors.TensorPrimitives.Add(sum, states.Slice((row * length + t) * dimensions, dimensions), sum);
                count++;
            }
            if (count > 0)
                System.Numerics.Tensors.TensorPrimitives.Divide(sum, count, sum);
            VectorMath.Normalize(sum);
            result[row] = sum;
        }
        return result;
    }

    private static float[][] Rows(ReadOnlySpan<float> values, int rows, int dimensions)
    {
        var result = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            result[row] = values.Slice(row * dimensions, dimensions).ToArray();
            VectorMath.Normalize(result[row]);
        }
        return result;
    }

    private static InferenceSession CreateSession(OnnxModelFolder files)
    {
        // One thread per call: indexing runs one batch per core (EncodeMany), and a query is a single short text.
        // Full graph optimisation fuses attention and layer norms; it costs a fraction of a second at load.
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            return new InferenceSession(files.ModelPath, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new EmbeddingModelException($"{files.ModelPath} is not a loadable ONNX model ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new EmbeddingModelException($"the ONNX runtime's native library could not be loaded for {files.ModelPath} ({ex.Message})", ex);
        }
        finally
        {
            options.Dispose();
        }
    }

    private static EmbeddingModelException Bad(OnnxModelFolder folder, string what, Exception? inner = null) =>
        new($"{folder.ModelPath} {what}", inner);
}
