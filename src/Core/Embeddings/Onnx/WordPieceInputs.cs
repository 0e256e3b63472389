using Microsoft.ML.Tokenizers;

namespace PodSearch.Core.Embeddings.Onnx;

/// <summary>
/// Texts to the id sequences a BERT-style model reads: WordPiece ids cut to fit, between [CLS] and [SEP],
/// and a batch of them padded to its longest with an attention mask. Thread-safe (the tokenizer is immutable).
/// </summary>
internal sealed class WordPieceInputs
{
    private readonly BertTokenizer tokenizer;
    private readonly int maxTokens;
    private readonly bool stripAccents;

    private WordPieceInputs(BertTokenizer tokenizer, int maxTokens, bool stripAccents)
    {
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
        this.stripAccents = stripAccents;
    }

    /// <exception cref="EmbeddingModelException">vocab.txt is empty or lacks the special tokens.</exception>
    public static WordPieceInputs Open(OnnxModelFolder folder)
    {
        try
        {
            var tokenizer = BertTokenizer.Create(folder.VocabPath, new BertOptions
            {
                LowerCaseBeforeTokenization = folder.LowerCase,
            });
            return new WordPieceInputs(tokenizer, folder.MaxTokens, folder.StripAccents);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IOException or KeyNotFoundException)
        {
            throw new EmbeddingModelException($"{folder.VocabPath} is not a usable WordPiece vocabulary ({ex.Message})", ex);
        }
    }

    /// <summary>One text's ids, [CLS] and [SEP] included, at most the model's token limit.</summary>
    public int[] Tokenize(string text)
    {
        // Cut the words, not the special tokens: the model was trained with [SEP] closing every input.
        if (stripAccents)
            text = WithoutAccents(text);
        var words = tokenizer.EncodeToIds(text, maxTokens - 2, addSpecialTokens: false, out _, out _);
        var ids = new int[words.Count + 2];
        ids[0] = tokenizer.ClassificationTokenId;
        for (var i = 0; i < words.Count; i++)
            ids[i + 1] = words[i];
        ids[^1] = tokenizer.SeparatorTokenId;
        return ids;
    }

    /// <summary>
    /// é -> e, as BERT's tokenizer does for uncased models. The build runs with invariant globalization, where
    /// string.Normalize leaves "é" whole (and so does the library's RemoveNonSpacingMarks), so Lucene's ASCII
    /// folding table does it, as for names in Analysis/NameKey; it also folds ligatures and curly quotes.
    /// </summary>
    private static string WithoutAccents(string text)
    {
        if (System.Text.Ascii.IsValid(text))
            return text;
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4]; // one char folds to at most four ("ﬃ" to "ffi")
        var length = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        return new string(folded, 0, length);
    }

    /// <summary>Row-major <c>[batch, longest]</c> ids and mask; padding is the vocabulary's [PAD] with mask 0.</summary>
    public (long[] Ids, long[] Mask, int Length) Pad(IReadOnlyList<int[]> batch)
    {
        var length = batch.Max(ids => ids.Length);
        var ids = new long[batch.Count * length];
        var mask = new long[batch.Count * length];
        Array.Fill(ids, tokenizer.PaddingTokenId);
        for (var row = 0; row < batch.Count; row++)
            for (var t = 0; t < batch[row].Length; t++)
            {
                ids[row * length + t] = batch[row][t];
                mask[row * length + t] = 1;
            }
        return (ids, mask, length);
    }
}
