using System.Numerics.Tensors;

namespace PodSearch.Core.Embeddings;

/// <summary>
/// The few dense linear-algebra steps of randomized SVD, on row-major tall matrices (rows x width, width
/// about a hundred) and small square ones. Written out here because no BLAS is available.
/// </summary>
internal static class DenseMath
{
    /// <summary>AᵀA for a tall row-major matrix A (rows x width).</summary>
    public static double[] Gram(float[] a, int rows, int width)
    {
        var gram = new float[width * width];
        for (var r = 0; r < rows; r++)
        {
            var row = a.AsSpan(r * width, width);
            for (var i = 0; i < width; i++)
            {
                var x = row[i];
                if (x == 0)
                    continue;
                var target = gram.AsSpan(i * width, width);
                TensorPrimitives.MultiplyAdd(row, x, target, target);
            }
        }
        return Array.ConvertAll(gram, v => (double)v);
    }

    /// <summary>
    /// Orthonormalises the columns of a tall matrix in place (Cholesky QR, run twice for accuracy). A ridge
    /// on the first pass keeps it defined when columns are dependent (a matrix of lower rank than asked
    /// for, as small corpora give); the second pass, on nearly orthonormal columns, restores accuracy.
    /// </summary>
    public static void Orthonormalize(float[] a, int rows, int width)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var gram = Gram(a, rows, width);
            var trace = 0.0;
            for (var i = 0; i < width; i++)
                trace += gram[i * width + i];
            for (var i = 0; i < width; i++)
                gram[i * width + i] += (pass == 0 ? 1e-4 : 1e-7) * trace / width + 1e-30;
            var upper = CholeskyUpper(gram, width);
            SolveRowsAgainstUpper(a, rows, width, upper);
        }
    }

    /// <summary>R with RᵀR = G (R upper triangular), for symmetric positive definite G.</summary>
    private static double[] CholeskyUpper(double[] g, int n)
    {
        var r = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var sum = g[j * n + j];
            for (var k = 0; k < j; k++)
                sum -= r[k * n + j] * r[k * n + j];
            var diagonal = Math.Sqrt(Math.Max(sum, 1e-30));
            r[j * n + j] = diagonal;
            for (var i = j + 1; i < n; i++)
            {
                var s = g[j * n + i];
                for (var k = 0; k < j; k++)
                    s -= r[k * n + j] * r[k * n + i];
                r[j * n + i] = s / diagonal;
            }
        }
        return r;
    }

    /// <summary>Replaces each row y of A by the x solving x R = y (that is, A becomes A R⁻¹).</summary>
    private static void SolveRowsAgainstUpper(float[] a, int rows, int width, double[] r)
    {
        Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
        {
            var y = a.AsSpan(row * width, width);
            Span<double> x = stackalloc double[width];
            for (var j = 0; j < width; j++)
            {
                double s = y[j];
                for (var k = 0; k < j; k++)
                    s -= x[k] * r[k * width + j];
                x[j] = s / r[j * width + j];
            }
            for (var j = 0; j < width; j++)
                y[j] = (float)x[j];
        });
    }

    /// <summary>
    /// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations. Returns eigenvalues in
    /// descending order and the matching eigenvectors as columns of a row-major n x n matrix.
    /// </summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int n)
    {
        var a = (double[])matrix.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
            v[i * n + i] = 1;
        for (var sweep = 0; sweep < 60; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
                for (var q = p + 1; q < n; q++)
                    off += a[p * n + q] * a[p * n + q];
            if (off < 1e-22)
                break;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[p * n + q];
                    if (Math.Abs(apq) < 1e-300 || !double.IsFinite(apq))
                        continue;
                    var theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0)
                        t = 1;
                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k * n + p];
                        var akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p * n + k];
                        var aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k * n + p];
                        var vkq = v[k * n + q];
                        v[k * n + p] = c * vkp - s * vkq;
                        v[k * n + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        var order = Enumerable.Range(0, n).OrderByDescending(i => a[i * n + i]).ToArray();
        var values = order.Select(i => a[i * n + i]).ToArray();
        var vectors = new double[n * n];
        for (var col = 0; col < n; col++)
            for (var row = 0; row < n; row++)
                vectors[row * n + col] = v[row * n + order[col]];
        return (values, vectors);
    }
}
