using System.Numerics.Tensors;

namespace PodSearch.Core.Embeddings;

/// <summary>A square sparse matrix in compressed-row form, with the dense products randomized SVD needs.</summary>
internal sealed class SparseMatrix(int size, int[] rowStarts, int[] columns, float[] values)
{
    public int Size { get; } = size;
    public int NonZeros => values.Length;

    /// <summary>Returns this matrix times the row-major dense matrix <paramref name="dense"/> (Size x width).</summary>
    public float[] Multiply(float[] dense, int width)
    {
        var result = new float[Size * width];
        Parallel.For(0, Size, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
        {
            var target = result.AsSpan(row * width, width);
            for (var k = rowStarts[row]; k < rowStarts[row + 1]; k++)
                TensorPrimitives.MultiplyAdd(dense.AsSpan(columns[k] * width, width), values[k], target, target);
        });
        return result;
    }

    /// <summary>Returns the transpose of this matrix times <paramref name="dense"/> (Size x width).</summary>
    public float[] TransposeMultiply(float[] dense, int width)
    {
        var result = new float[Size * width];
        for (var row = 0; row < Size; row++)
        {
            var source = dense.AsSpan(row * width, width);
            for (var k = rowStarts[row]; k < rowStarts[row + 1]; k++)
            {
                var target = result.AsSpan(columns[k] * width, width);
                TensorPrimitives.MultiplyAdd(source, values[k], target, target);
            }
        }
        return result;
    }
}
