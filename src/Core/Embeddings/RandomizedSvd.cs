namespace PodSearch.Core.Embeddings;

/// <summary>
/// Truncated SVD of a large sparse matrix by randomized subspace iteration (Halko, Martinsson and Tropp
/// 2011): project on a random subspace a little wider than the rank wanted, sharpen it with a few power
/// iterations, then solve the small problem exactly. Deterministic for a given seed.
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Returns the top <paramref name="rank"/> left singular vectors (row-major, Size x rank) and singular values.</summary>
    public static (float[] LeftVectors, double[] SingularValues) Compute(SparseMatrix m, int rank, int oversample = 16, int powerIterations = 3, int seed = 17)
    {
        var n = m.Size;
        var width = Math.Min(rank + oversample, n);
        rank = Math.Min(rank, width);
        var random = new Random(seed);
        var omega = new float[n * width];
        for (var i = 0; i < omega.Length; i++)
            omega[i] = Gaussian(random);

        var q = m.Multiply(omega, width);
        DenseMath.Orthonormalize(q, n, width);
        for (var it = 0; it < powerIterations; it++)
        {
            var z = m.TransposeMultiply(q, width);
            DenseMath.Orthonormalize(z, n, width);
            q = m.Multiply(z, width);
            DenseMath.Orthonormalize(q, n, width);
        }

        // B = QᵀM; its left singular vectors are the eigenvectors of BBᵀ = (MᵀQ)ᵀ(MᵀQ).
        var c = m.TransposeMultiply(q, width);
        var bbt = DenseMath.Gram(c, n, width);
        var (eigenvalues, eigenvectors) = DenseMath.SymmetricEigen(bbt, width);

        var left = new float[n * rank];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
        {
            for (var j = 0; j < rank; j++)
            {
                double s = 0;
                for (var k = 0; k < width; k++)
                    s += q[row * width + k] * eigenvectors[k * width + j];
                left[row * rank + j] = (float)s;
            }
        });
        var singular = eigenvalues.Take(rank).Select(e => Math.Sqrt(Math.Max(e, 0))).ToArray();
        return (left, singular);
    }

    private static float Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
