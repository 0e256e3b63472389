namespace PodSearch.Core.Search;

/// <summary>Picks the most frequent facet values from a count array without sorting all of them.</summary>
internal static class FacetTop
{
    /// <summary>
    /// Top values by count (ties by value, ordinal order); when values were left out, a last entry with a null
    /// value carries the sum of their counts.
    /// </summary>
    public static IReadOnlyList<FacetValue> Select(string[] values, int[] counts, int top, Func<int, bool>? accept = null)
    {
        // Min-heap of the best `top` ordinals: the root is the weakest kept entry.
        var heap = new PriorityQueue<int, (int Count, int NegOrdinal)>(Math.Min(top, counts.Length) + 1);
        var rest = 0;
        for (var ord = 0; ord < counts.Length; ord++)
        {
            var count = counts[ord];
            if (count == 0 || (accept is not null && !accept(ord)))
                continue;
            if (top <= 0)
            {
                rest += count;
                continue;
            }
            heap.Enqueue(ord, (count, -ord));
            if (heap.Count > top)
                rest += counts[heap.Dequeue()];
        }
        var result = new FacetValue[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var ord = heap.Dequeue();
            result[i] = new FacetValue(values[ord], counts[ord]);
        }
        return rest > 0 ? [.. result, new FacetValue(null, rest)] : result;
    }
}
