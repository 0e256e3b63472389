namespace PodSearch.Core.Embeddings.Onnx;

/// <summary>
/// The vectors of the most recent distinct queries, so a repeated query (paging, facet clicks, the page asking
/// again as one types) skips the model. Least recently used goes first. Thread-safe; hands out copies. A capacity of
/// 0 keeps nothing (every query is encoded).
/// </summary>
internal sealed class QueryVectorCache(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> byText = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> recency = new();

    public float[] GetOrAdd(string text, Func<string, float[]> encode)
    {
        if (capacity <= 0)
            return encode(text);
        lock (gate)
        {
            if (byText.TryGetValue(text, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return (float[])node.Value.Vector.Clone();
            }
        }
        var vector = encode(text); // outside the lock: two requests may encode the same text once each
        lock (gate)
        {
            if (!byText.ContainsKey(text))
            {
                byText[text] = recency.AddFirst((text, vector));
                if (byText.Count > capacity)
                {
                    byText.Remove(recency.Last!.Value.Text);
                    recency.RemoveLast();
                }
            }
        }
        return (float[])vector.Clone();
    }
}
