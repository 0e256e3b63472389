namespace PodSearch.Core.Embeddings.Onnx;

/// <summary>How <see cref="OnnxSentenceEmbedder"/> presents a model: its name in the index and its query prefix.</summary>
/// <param name="Key">The packaged encoder's key (<c>minilm</c>), which names the encoder; null for a user's own export, named after its folder.</param>
/// <param name="QueryPrefix">Put before every query, not before passages (asymmetric models such as arctic-embed).</param>
public sealed record OnnxEncoderSettings(string? Key, string QueryPrefix)
{
    /// <summary>A user's own export (<c>--encoder onnx --model DIR</c>): symmetric, named after its folder.</summary>
    public static readonly OnnxEncoderSettings UserModel = new(null, "");
}
