using PodSearch.Core.Embeddings;
using PodSearch.Core.Embeddings.Onnx;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>
/// The ONNX sentence encoder on a tiny generated model (<see cref="TinyOnnxModel"/>): its vectors are checked
/// against a reference worked out here from the model's table and the token ids the WordPiece vocabulary
/// should give, and its bad-file errors against the file they must name.
/// </summary>
public sealed class OnnxSentenceEmbedderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "podsearch-onnx-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static int[] Ids(params string[] tokens) => tokens.Select(TinyOnnxModel.Id).ToArray();

    /// <summary>The mean of the tokens' states, scaled to unit length: sentence-transformers' mean pooling.</summary>
    private static float[] Reference(float[][] states, int[] ids)
    {
        var mean = new double[states[0].Length];
        foreach (var id in ids)
            for (var d = 0; d < mean.Length; d++)
                mean[d] += states[id][d] / ids.Length;
        var norm = Math.Sqrt(mean.Sum(v => v * v));
        return mean.Select(v => (float)(v / norm)).ToArray();
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var d = 0; d < expected.Length; d++)
            Assert.True(Math.Abs(expected[d] - actual[d]) < 1e-5, $"dimension {d}: expected {expected[d]}, got {actual[d]}");
    }

    [Fact]
    public void OnnxVectorsAreTheMaskedMeanOfTheTokenStatesInABatchOfDifferentLengths()
    {
        var states = TinyOnnxModel.Write(folder);
        using var embedder = OnnxSentenceEmbedder.Open(folder);
        string[] texts = ["Rust memory safety", "boats", "The bread and the dough, on a boat about the oven", "sail"];
        int[][] ids =
        [
            Ids("[CLS]", "rust", "memory", "safety", "[SEP]"),
            Ids("[CLS]", "boat", "##s", "[SEP]"),
            // The comma is no vocabulary entry: WordPiece gives [UNK] for it.
            Ids("[CLS]", "the", "bread", "and", "the", "dough", "[UNK]", "on", "a", "boat", "about", "the", "oven", "[SEP]"),
            Ids("[CLS]", "sail", "[SEP]"),
        ];

        var vectors = embedder.Encode(texts);

        Assert.Equal(8, embedder.Dimensions);
        Assert.Equal(texts.Length, vectors.Length);
        for (var i = 0; i < texts.Length; i++)
            AssertClose(Reference(states, ids[i]), vectors[i]);
        // Alone (no padding) a text gets the same vector as in the padded batch.
        for (var i = 0; i < texts.Length; i++)
            AssertClose(vectors[i], embedder.Encode([texts[i]])[0]);
    }

    [Fact]
    public void OnnxModelWithoutTokenTypesIsFedOnlyIdsAndMask()
    {
        var states = TinyOnnxModel.Write(folder, tokenTypes: false);
        using var embedder = OnnxSentenceEmbedder.Open(folder);

        var vector = embedder.Encode(["memory boats"])[0];

        AssertClose(Reference(states, Ids("[CLS]", "memory", "boat", "##s", "[SEP]")), vector);
    }

    [Fact]
    public void OnnxLongTextsAreCutAtTheConfiguredLengthKeepingSep()
    {
        var states = TinyOnnxModel.Write(folder);
        File.WriteAllText(Path.Combine(folder, "sentence_bert_config.json"), """{"max_seq_length": 4, "do_lower_case": false}""");
        File.WriteAllText(Path.Combine(folder, "config.json"), """{"max_position_embeddings": 512, "hidden_size": 8}""");
        using var embedder = OnnxSentenceEmbedder.Open(folder);

        var vector = embedder.Encode(["rust memory safety boat sail"])[0];

        AssertClose(Reference(states, Ids("[CLS]", "rust", "memory", "[SEP]")), vector);
        Assert.Contains("max=4", embedder.Name);
    }

    [Theory]
    [InlineData(null, "[CLS] oven sail [SEP]")]
    [InlineData("""{"do_lower_case": true, "strip_accents": false}""", "[CLS] [UNK] sail [SEP]")]
    [InlineData("""{"do_lower_case": false}""", "[CLS] [UNK] [UNK] [SEP]")]
    public void OnnxCasingAndAccentsFollowTheTokenizerConfig(string? tokenizerConfig, string expectedTokens)
    {
        var states = TinyOnnxModel.Write(folder);
        if (tokenizerConfig is not null)
            File.WriteAllText(Path.Combine(folder, "tokenizer_config.json"), tokenizerConfig);
        using var embedder = OnnxSentenceEmbedder.Open(folder);

        var vector = embedder.Encode(["Övén SAIL"])[0];

        AssertClose(Reference(states, Ids(expectedTokens.Split(' '))), vector);
    }

    [Fact]
    public void OnnxMaxLengthDefaultsTo256CappedByTheModelsPositions()
    {
        TinyOnnxModel.Write(folder);
        Assert.Equal(OnnxModelFolder.DefaultMaxTokens, OnnxModelFolder.Open(folder).MaxTokens);
        File.WriteAllText(Path.Combine(folder, "config.json"), """{"max_position_embeddings": 128}""");
        Assert.Equal(128, OnnxModelFolder.Open(folder).MaxTokens);
    }

    [Fact]
    public void OnnxNameAndFingerprintIdentifyTheModelFile()
    {
        TinyOnnxModel.Write(folder);
        using var embedder = OnnxSentenceEmbedder.Open(folder);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "model.onnx"))));

        Assert.Equal(expected, embedder.Fingerprint);
        Assert.Equal(Path.GetFullPath(folder), embedder.Folder);
        Assert.StartsWith($"onnx-v1({Path.GetFileName(folder)},sha256={expected[..12]},max=256,8d)", embedder.Name);
    }

    [Fact]
    public void OnnxMissingFolderOrFilesAreNamedInTheError()
    {
        var missing = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(folder, missing.Message);

        TinyOnnxModel.Write(folder);
        File.Delete(Path.Combine(folder, "vocab.txt"));
        var noVocab = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(Path.Combine(folder, "vocab.txt"), noVocab.Message);

        TinyOnnxModel.Write(folder);
        File.Delete(Path.Combine(folder, "model.onnx"));
        var noModel = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(Path.Combine(folder, "model.onnx"), noModel.Message);
    }

    [Fact]
    public void OnnxCorruptModelOrSettingsAreNamedInTheError()
    {
        TinyOnnxModel.Write(folder);
        var model = Path.Combine(folder, "model.onnx");
        var bytes = File.ReadAllBytes(model);
        File.WriteAllBytes(model, bytes[..(bytes.Length / 2)]); // a download cut short
        var truncated = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(model, truncated.Message);

        File.WriteAllText(model, "not a model at all");
        var garbage = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(model, garbage.Message);

        TinyOnnxModel.Write(folder);
        File.WriteAllText(Path.Combine(folder, "tokenizer_config.json"), "{ not json");
        var settings = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder));
        Assert.Contains(Path.Combine(folder, "tokenizer_config.json"), settings.Message);
    }

    [Fact]
    public void OnnxModelChangedSinceIndexingIsRefused()
    {
        TinyOnnxModel.Write(folder);
        var error = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.Open(folder, expectedFingerprint: new string('0', 64)));
        Assert.Contains("changed since the index was built", error.Message);
        Assert.Contains("model.onnx", error.Message);
    }

    [Fact]
    public void OnnxModelInAnOnnxSubfolderIsFound()
    {
        var states = TinyOnnxModel.Write(folder);
        Directory.CreateDirectory(Path.Combine(folder, "onnx"));
        File.Move(Path.Combine(folder, "model.onnx"), Path.Combine(folder, "onnx", "model.onnx"));
        using var embedder = OnnxSentenceEmbedder.Open(folder);

        AssertClose(Reference(states, Ids("[CLS]", "oven", "[SEP]")), embedder.Encode(["oven"])[0]);
    }
}
