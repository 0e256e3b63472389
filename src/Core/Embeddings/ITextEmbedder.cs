namespace PodSearch.Core.Embeddings;

/// <summary>
/// Turns texts into unit-length vectors whose dot product says how alike their meanings are. One
/// implementation per provider: <see cref="SifEmbedder"/> (word vectors, the default, needs no download at
/// search time), <see cref="Onnx.OnnxSentenceEmbedder"/> (a sentence-transformers model the user has, exported
/// to ONNX) and <see cref="HashingEmbedder"/> (tiny and deterministic, for tests).
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its version; the index records it, and queries must use the same one.</summary>
    string Name { get; }

    int Dimensions { get; }

    /// <summary>One vector per text, each of length <see cref="Dimensions"/> and unit length (all zeros when nothing in the text is known).</summary>
    float[][] Encode(IReadOnlyList<string> texts);

    /// <summary>
    /// A search query's vector. Asymmetric models want queries marked (arctic-embed's retrieval prefix), and an
    /// encoder may keep recent ones; the default encodes the text as a passage. The array is the caller's.
    /// </summary>
    float[] EncodeQuery(string text) => Encode([text])[0];
}
