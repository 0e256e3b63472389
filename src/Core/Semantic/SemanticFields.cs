namespace PodSearch.Core.Semantic;

/// <summary>The index field and commit user-data keys that semantic search adds to the schema.</summary>
internal static class SemanticFields
{
    /// <summary>BinaryDocValues on each episode's document: its passage vectors (<see cref="PassageVectorCodec"/>).</summary>
    public const string PassageVectors = "passage_vectors";
    /// <summary>Commit user data: the file name of the semantic model in the index folder.</summary>
    public const string ModelKey = "podsearch.semantic.model";
    /// <summary>Commit user data: the encoder's name (<see cref="Embeddings.ITextEmbedder.Name"/>).</summary>
    public const string EncoderKey = "podsearch.semantic.encoder";
    /// <summary>Commit user data: SHA-256 of the general word vectors the model was built with, or <c>none</c>.</summary>
    public const string GeneralVectorsKey = "podsearch.semantic.general_vectors";
    /// <summary>Commit user data: the ONNX model folder (absolute) when passages were embedded by <see cref="Embeddings.Onnx.OnnxSentenceEmbedder"/>; absent for SIF.</summary>
    public const string OnnxModelKey = "podsearch.semantic.onnx.folder";
    /// <summary>Commit user data: the packaged encoder's key (<c>minilm</c>, <c>arctic-xs</c>) when passages were embedded by one; queries extract the same package's model.</summary>
    public const string PackagedEncoderKey = "podsearch.semantic.packaged";
    /// <summary>Commit user data: SHA-256 of that folder's model.onnx; queries refuse a model that differs.</summary>
    public const string OnnxFingerprintKey = "podsearch.semantic.onnx.sha256";
    /// <summary>Commit user data: the settings the model was built with; other settings mean learning it again.</summary>
    public const string SettingsKey = "podsearch.semantic.settings";
}
