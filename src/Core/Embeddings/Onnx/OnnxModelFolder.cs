using System.Security.Cryptography;
using System.Text.Json;

namespace PodSearch.Core.Embeddings.Onnx;

/// <summary>
/// The files of a sentence-transformers model exported to ONNX, as the user names them: a folder with
/// <c>model.onnx</c> (or <c>onnx/model.onnx</c>, the layout of many exports) and <c>vocab.txt</c>, and
/// optionally the JSON settings the export leaves beside them. Opening checks that the files are there and
/// reads the settings; it does not load the model (<see cref="OnnxSentenceEmbedder"/> does).
/// </summary>
internal sealed record OnnxModelFolder
{
    public const string ModelFileName = "model.onnx";
    public const string VocabFileName = "vocab.txt";
    /// <summary>Tokens per text when no setting says otherwise: what sentence-transformers uses for MiniLM.</summary>
    public const int DefaultMaxTokens = 256;

    /// <summary>The folder as given, made absolute.</summary>
    public required string Folder { get; init; }
    public required string ModelPath { get; init; }
    public required string VocabPath { get; init; }
    /// <summary>Most tokens per text, [CLS] and [SEP] included; longer texts are cut.</summary>
    public required int MaxTokens { get; init; }
    public required bool LowerCase { get; init; }
    /// <summary>Drop accents (é -> e) before WordPiece: as in BERT's tokenizer, uncased models do unless <c>strip_accents</c> says otherwise.</summary>
    public required bool StripAccents { get; init; }

    /// <exception cref="EmbeddingModelException">The folder, model.onnx or vocab.txt is missing, or a settings file is not valid JSON.</exception>
    public static OnnxModelFolder Open(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new EmbeddingModelException($"ONNX model folder '{root}' does not exist");
        var model = Path.Combine(root, ModelFileName);
        if (!File.Exists(model) && File.Exists(Path.Combine(root, "onnx", ModelFileName)))
            model = Path.Combine(root, "onnx", ModelFileName);
        if (!File.Exists(model))
            throw new EmbeddingModelException($"{model} is missing (export the model to ONNX into this folder)");
        var vocab = Path.Combine(root, VocabFileName);
        if (!File.Exists(vocab))
            throw new EmbeddingModelException($"{vocab} is missing (the WordPiece vocabulary belongs beside model.onnx)");

        // sentence_bert_config.json holds the length the model was trained to pool over; the tokenizer's and the
        // model's own limits only cap it, since their 512 is longer than most sentence models were trained on.
        var sentence = ReadJson(root, "sentence_bert_config.json");
        var tokenizer = ReadJson(root, "tokenizer_config.json");
        var config = ReadJson(root, "config.json");
        var maxTokens = Int(sentence, "max_seq_length") ?? DefaultMaxTokens;
        maxTokens = Math.Min(maxTokens, Int(tokenizer, "model_max_length") ?? int.MaxValue);
        maxTokens = Math.Min(maxTokens, Int(config, "max_position_embeddings") ?? int.MaxValue);
        var lowerCase = tokenizer is { } t && t.TryGetProperty("do_lower_case", out var lower) && lower.ValueKind is JsonValueKind.False
            ? false
            : true; // uncased BERT vocabularies are the common case (MiniLM, bge-small-en)
        var stripAccents = tokenizer is { } u && u.TryGetProperty("strip_accents", out var strip) && strip.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? strip.ValueKind == JsonValueKind.True
            : lowerCase;
        return new OnnxModelFolder
        {
            Folder = root,
            ModelPath = model,
            VocabPath = vocab,
            MaxTokens = Math.Max(3, maxTokens),
            LowerCase = lowerCase,
            StripAccents = stripAccents,
        };
    }

    /// <summary>SHA-256 of model.onnx (hex): the index records it so queries refuse a model changed since indexing.</summary>
    public string ComputeFingerprint()
    {
        try
        {
            using var stream = File.OpenRead(ModelPath);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EmbeddingModelException($"{ModelPath} could not be read ({ex.Message})", ex);
        }
    }

    private static JsonElement? ReadJson(string root, string name)
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
            return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new EmbeddingModelException($"{path} is not a JSON object");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new EmbeddingModelException($"{path} is not readable JSON ({ex.Message})", ex);
        }
    }

    private static int? Int(JsonElement? json, string property) =>
        json is { } o && o.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var n) && n > 0
            ? (int)Math.Min(n, int.MaxValue)
            : null;
}
