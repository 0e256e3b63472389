using System.Diagnostics;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Learns word vectors from the notes being indexed, for the field's own vocabulary that general
/// vectors lack (<c>kubernetes</c>, <c>graphql</c>) or misread (<c>erlang</c>, <c>docker</c>): counts
/// co-occurrences in a small window, turns them into positive pointwise mutual information with context
/// smoothing (Levy, Goldberg and Dagan 2015), and keeps the top singular directions of that matrix,
/// weighted by the square root of their singular values.
/// </summary>
internal sealed class DomainVectorLearner
{
    public int Dimensions { get; init; } = 100;
    public int MinCount { get; init; } = 5;
    public int MaxVocabulary { get; init; } = 30000;
    public int Window { get; init; } = 5;
    /// <summary>Context distribution smoothing exponent: keeps rare contexts from getting huge PMI.</summary>
    public double ContextSmoothing { get; init; } = 0.75;
    public double EigenWeight { get; init; } = 0.5;

    /// <summary>Learns vectors from token sequences (a sequence is a unit such as one transcript turn; windows never cross them).</summary>
    public DomainVectors Learn(IReadOnlyList<IReadOnlyList<string>> sequences, TextWriter? log = null)
    {
        var clock = Stopwatch.StartNew();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long totalTokens = 0;
        foreach (var sequence in sequences)
            foreach (var token in sequence)
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
                totalTokens++;
            }

        var vocabulary = counts
            .Where(kv => kv.Value >= MinCount && !StopWords.All.Contains(kv.Key) && !IsNumber(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxVocabulary).Select(kv => kv.Key).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
            ids[vocabulary[i]] = i;

        var matrix = BuildPpmi(sequences, ids, vocabulary.Length);
        log?.WriteLine($"domain vectors: {vocabulary.Length} words, {matrix.NonZeros} PPMI entries ({clock.Elapsed.TotalSeconds:F1} s)");
        var rank = Math.Min(Dimensions, Math.Max(1, vocabulary.Length - 1));
        var (left, singular) = RandomizedSvd.Compute(matrix, rank);
        for (var row = 0; row < vocabulary.Length; row++)
        {
            var span = left.AsSpan(row * rank, rank);
            for (var j = 0; j < rank; j++)
                span[j] *= (float)Math.Pow(singular[j], EigenWeight);
            VectorMath.Normalize(span);
        }
        log?.WriteLine($"domain vectors: SVD rank {rank} done ({clock.Elapsed.TotalSeconds:F1} s)");
        return new DomainVectors(WordVectors.FromFloats(vocabulary, left, rank), counts, totalTokens);
    }

    private SparseMatrix BuildPpmi(IReadOnlyList<IReadOnlyList<string>> sequences, Dictionary<string, int> ids, int size)
    {
        // Symmetric counts, keyed by (smaller id, larger id), weighted 1/distance as GloVe does.
        var pairs = new Dictionary<long, float>();
        var window = new List<int>(256);
        foreach (var sequence in sequences)
        {
            window.Clear();
            foreach (var token in sequence)
                if (ids.TryGetValue(token, out var id))
                    window.Add(id);
            for (var i = 0; i < window.Count; i++)
            {
                var a = window[i];
                var end = Math.Min(window.Count, i + 1 + Window);
                for (var j = i + 1; j < end; j++)
                {
                    var b = window[j];
                    if (a == b)
                        continue;
                    var key = a < b ? (long)a * size + b : (long)b * size + a;
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, key, out _) += 1f / (j - i);
                }
            }
        }

        var rowSums = new double[size];
        double total = 0;
        foreach (var (key, value) in pairs)
        {
            rowSums[key / size] += value;
            rowSums[key % size] += value;
            total += 2 * value;
        }
        var contextMass = new double[size];
        double contextTotal = 0;
        for (var i = 0; i < size; i++)
        {
            contextMass[i] = Math.Pow(rowSums[i], ContextSmoothing);
            contextTotal += contextMass[i];
        }

        var perRow = new List<(int Column, float Value)>[size];
        for (var i = 0; i < size; i++)
            perRow[i] = [];
        foreach (var (key, value) in pairs)
        {
            var a = (int)(key / size);
            var b = (int)(key % size);
            Add(a, b);
            Add(b, a);

            void Add(int row, int column)
            {
                // log( P(w,c) / (P(w) * P_smoothed(c)) )
                var pmi = Math.Log(value / total) - Math.Log(rowSums[row] / total) - Math.Log(contextMass[column] / contextTotal);
                if (pmi > 0)
                    perRow[row].Add((column, (float)pmi));
            }
        }

        var starts = new int[size + 1];
        for (var i = 0; i < size; i++)
            starts[i + 1] = starts[i] + perRow[i].Count;
        var columns = new int[starts[size]];
        var values = new float[starts[size]];
        for (var i = 0; i < size; i++)
        {
            var k = starts[i];
            foreach (var (column, value) in perRow[i].OrderBy(e => e.Column))
            {
                columns[k] = column;
                values[k++] = value;
            }
        }
        return new SparseMatrix(size, starts, columns, values);
    }

    private static bool IsNumber(string token) => token.All(char.IsDigit);
}
