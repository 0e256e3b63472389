using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>The linear algebra behind the domain vectors, checked against matrices whose answers are known by construction.</summary>
public sealed class DenseMathTests
{
    [Fact]
    public void SymmetricEigenReconstructsTheMatrix()
    {
        var random = new Random(3);
        const int n = 12;
        var m = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var j = i; j < n; j++)
                m[i * n + j] = m[j * n + i] = random.NextDouble() - 0.5;

        var (values, vectors) = DenseMath.SymmetricEigen(m, n);

        Assert.True(values.Zip(values.Skip(1)).All(p => p.First >= p.Second), "eigenvalues descending");
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                double sum = 0;
                for (var k = 0; k < n; k++)
                    sum += vectors[i * n + k] * values[k] * vectors[j * n + k];
                Assert.Equal(m[i * n + j], sum, 1e-9);
            }
    }

    [Fact]
    public void RandomizedSvdFindsTheSingularValuesOfALowRankMatrix()
    {
        // M = U diag(s) Uᵀ with orthonormal U (a scaled Hadamard-like sign pattern), so its singular values are s.
        const int n = 64;
        double[] s = [9, 5, 3, 2];
        var u = new double[n, s.Length];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < s.Length; k++)
                u[i, k] = (System.Numerics.BitOperations.PopCount((uint)(i & (k + 1) * 5)) % 2 == 0 ? 1 : -1) / Math.Sqrt(n);
        // Orthonormalise the columns (Gram-Schmidt) so the construction is exact whatever the sign pattern.
        for (var k = 0; k < s.Length; k++)
        {
            for (var j = 0; j < k; j++)
            {
                double dot = 0;
                for (var i = 0; i < n; i++) dot += u[i, k] * u[i, j];
                for (var i = 0; i < n; i++) u[i, k] -= dot * u[i, j];
            }
            var norm = Math.Sqrt(Enumerable.Range(0, n).Sum(i => u[i, k] * u[i, k]));
            for (var i = 0; i < n; i++) u[i, k] /= norm;
        }
        var starts = new int[n + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double v = 0;
                for (var k = 0; k < s.Length; k++) v += u[i, k] * s[k] * u[j, k];
                columns.Add(j);
                values.Add((float)v);
            }
            starts[i + 1] = columns.Count;
        }
        var matrix = new SparseMatrix(n, starts, [.. columns], [.. values]);

        var (_, singular) = RandomizedSvd.Compute(matrix, rank: 4, oversample: 8, powerIterations: 2);

        for (var k = 0; k < s.Length; k++)
            Assert.Equal(s[k], singular[k], 1e-3);
    }
}
