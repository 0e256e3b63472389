using System.Diagnostics;
using System.Numerics.Tensors;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// Builds the <see cref="SifEmbedder"/> for a set of notes at indexing time: learns the domain vectors
/// from the passages, keeps the general vectors the notes (and common queries) can use, and finds each
/// part's common component on a sample of the passages.
/// </summary>
internal sealed class SifModelBuilder
{
    /// <summary>General words kept even when the notes never use them, so queries phrased in everyday words still have vectors.</summary>
    public int CommonGeneralWords { get; init; } = 50000;
    public float GeneralWeight { get; init; } = 1f;
    public float DomainWeight { get; init; } = 1f;
    public int DomainDimensions { get; init; } = 100;
    public int SplitterVersion { get; init; }

    public SifEmbedder Build(IReadOnlyList<string> passages, WordVectors? general, TextWriter? log = null)
    {
        var clock = Stopwatch.StartNew();
        var sequences = new IReadOnlyList<string>[passages.Count];
        Parallel.For(0, passages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => sequences[i] = WordTokenizer.Tokenize(passages[i]));
        var learned = new DomainVectorLearner { Dimensions = DomainDimensions }.Learn(sequences, log);

        var generalSubset = general?.Subset((word, rank) => rank < CommonGeneralWords || learned.TokenCounts.ContainsKey(word));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in learned.TokenCounts)
            if ((generalSubset?.TryGetIndex(word, out _) ?? false) || learned.Vectors.TryGetIndex(word, out _))
                counts[word] = count;

        var parts = new SifModelParts
        {
            General = generalSubset,
            GeneralSource = general?.ContentHash ?? "none",
            Domain = learned.Vectors,
            TokenCounts = counts,
            TotalTokens = learned.TotalTokens,
            GeneralWeight = GeneralWeight,
            DomainWeight = DomainWeight,
            SplitterVersion = SplitterVersion,
        };
        var draft = new SifEmbedder(parts);
        var (generalCommon, domainCommon) = CommonComponents(draft, passages);
        log?.WriteLine($"semantic model: {generalSubset?.Count ?? 0} general words, {learned.Vectors.Count} domain words ({clock.Elapsed.TotalSeconds:F1} s)");
        return new SifEmbedder(parts with { GeneralCommon = generalCommon, DomainCommon = domainCommon });
    }

    /// <summary>The first principal direction (uncentred) of each part's normalised passage vectors, from a sample.</summary>
    private static (float[]? General, float[]? Domain) CommonComponents(SifEmbedder draft, IReadOnlyList<string> passages)
    {
        const int sampleSize = 8000;
        var step = Math.Max(1, passages.Count / sampleSize);
        var generalScatter = new double[draft.GeneralDimensions * draft.GeneralDimensions];
        var domainScatter = new double[draft.DomainDimensions * draft.DomainDimensions];
        var general = new float[draft.GeneralDimensions];
        var domain = new float[draft.DomainDimensions];
        for (var i = 0; i < passages.Count; i += step)
        {
            Array.Clear(general);
            Array.Clear(domain);
            draft.AccumulateWords(passages[i], general, domain);
            AddOuter(general, generalScatter);
            AddOuter(domain, domainScatter);
        }
        return (TopDirection(generalScatter, draft.GeneralDimensions), TopDirection(domainScatter, draft.DomainDimensions));
    }

    private static void AddOuter(float[] v, double[] scatter)
    {
        VectorMath.Normalize(v);
        for (var a = 0; a < v.Length; a++)
            for (var b = 0; b < v.Length; b++)
                scatter[a * v.Length + b] += v[a] * v[b];
    }

    private static float[]? TopDirection(double[] scatter, int n)
    {
        if (n == 0)
            return null;
        var (_, vectors) = DenseMath.SymmetricEigen(scatter, n);
        var direction = new float[n];
        for (var i = 0; i < n; i++)
            direction[i] = (float)vectors[i * n];
        var norm = TensorPrimitives.Norm(direction);
        return norm > 0 ? direction : null;
    }
}
