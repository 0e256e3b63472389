using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Dot products of int8 vectors into int32, the inner loop of exact semantic search. Int8 reads a quarter
/// of the memory of float32, and memory is what a scan over every passage costs.
/// </summary>
/// <remarks>
/// Passage values are kept biased (<c>value + 128</c>, a byte) in rows padded to
/// <see cref="RowAlignment"/> bytes, because the fastest instruction for this, VNNI's <c>vpdpbusd</c>,
/// multiplies unsigned by signed bytes: it does 32 products per instruction where AVX2 needs three
/// instructions for 16. The bias is taken out once per row: <c>Σ(v+128)·q = Σv·q + 128·Σq</c>. TensorPrimitives
/// has no widening int8 dot product, hence the intrinsics; the AVX2 and scalar paths give the same integers.
/// </remarks>
internal static class Int8Dot
{
    /// <summary>Rows are padded to this many bytes (padding holds the bias, the query's padding is zero).</summary>
    public const int RowAlignment = 32;
    public const int Bias = 128;

    public static int PaddedLength(int dimensions) => (dimensions + RowAlignment - 1) / RowAlignment * RowAlignment;

    /// <summary>
    /// <c>Σ row[i]·query[i] - bias·Σquery</c> over one padded row: the plain int8 dot product of the unbiased
    /// values. <paramref name="querySum"/> is <c>Σquery</c>; both spans have the same padded length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<byte> row, ReadOnlySpan<sbyte> query, int querySum) =>
        BiasedDot(row, query) - Bias * querySum;

    /// <summary>Rows per call of <see cref="Dots"/> that a caller's stack buffer should hold.</summary>
    public const int RowsPerBlock = 64;

    /// <summary>
    /// The dot products (as <see cref="Dot"/>) of <paramref name="count"/> consecutive padded rows starting at
    /// <paramref name="rows"/> with the query, into <paramref name="dots"/>: four rows at a time where VNNI runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // clustering calls it millions of times at start-up, before tiering would
    public static void Dots(ReadOnlySpan<byte> rows, int count, ReadOnlySpan<sbyte> query, int querySum, Span<int> dots)
    {
        var stride = query.Length;
        var bias = Bias * querySum;
        var r = 0;
        if (AvxVnni.IsSupported)
        {
            for (; r + RowsAtOnce <= count; r += RowsAtOnce)
            {
                FourBiasedDots(rows.Slice(r * stride, RowsAtOnce * stride), query, dots.Slice(r, RowsAtOnce));
                for (var k = r; k < r + RowsAtOnce; k++)
                    dots[k] -= bias;
            }
        }
        for (; r < count; r++)
            dots[r] = BiasedDot(rows.Slice(r * stride, stride), query) - bias;
    }

    private const int RowsAtOnce = 4;

    /// <summary>
    /// Four rows against the query at once, one accumulator each: a single row's sums form one dependency chain
    /// of <c>vpdpbusd</c>s (about five cycles each), four independent chains keep the unit busy, and each query
    /// load serves four rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FourBiasedDots(ReadOnlySpan<byte> rows, ReadOnlySpan<sbyte> query, Span<int> dots)
    {
        var stride = (nuint)query.Length;
        ref var r0 = ref MemoryMarshal.GetReference(rows);
        ref var r1 = ref Unsafe.Add(ref r0, stride);
        ref var r2 = ref Unsafe.Add(ref r1, stride);
        ref var r3 = ref Unsafe.Add(ref r2, stride);
        ref var q = ref Unsafe.As<sbyte, byte>(ref MemoryMarshal.GetReference(query));
        Vector256<int> a0 = default, a1 = default, a2 = default, a3 = default;
        for (nuint i = 0; i < stride; i += RowAlignment)
        {
            var vq = Vector256.LoadUnsafe(ref q, i).AsSByte();
            a0 = AvxVnni.MultiplyWideningAndAdd(a0, Vector256.LoadUnsafe(ref r0, i), vq);
            a1 = AvxVnni.MultiplyWideningAndAdd(a1, Vector256.LoadUnsafe(ref r1, i), vq);
            a2 = AvxVnni.MultiplyWideningAndAdd(a2, Vector256.LoadUnsafe(ref r2, i), vq);
            a3 = AvxVnni.MultiplyWideningAndAdd(a3, Vector256.LoadUnsafe(ref r3, i), vq);
        }
        dots[0] = Vector256.Sum(a0);
        dots[1] = Vector256.Sum(a1);
        dots[2] = Vector256.Sum(a2);
        dots[3] = Vector256.Sum(a3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int BiasedDot(ReadOnlySpan<byte> row, ReadOnlySpan<sbyte> query)
    {
        var length = query.Length;
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var q = ref Unsafe.As<sbyte, byte>(ref MemoryMarshal.GetReference(query));
        var i = 0;
        var sum = 0;
        if (AvxVnni.IsSupported && length >= 32)
        {
            var accumulator = Vector256<int>.Zero;
            for (; i <= length - 32; i += 32)
                accumulator = AvxVnni.MultiplyWideningAndAdd(accumulator,
                    Vector256.LoadUnsafe(ref r, (nuint)i), Vector256.LoadUnsafe(ref q, (nuint)i).AsSByte());
            sum = Vector256.Sum(accumulator);
        }
        else if (Avx2.IsSupported && length >= 16)
        {
            var accumulator = Vector256<int>.Zero;
            for (; i <= length - 16; i += 16)
            {
                var vr = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref r, (nuint)i)); // zero-extends
                var vq = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref q, (nuint)i).AsSByte());
                accumulator = Avx2.Add(accumulator, Avx2.MultiplyAddAdjacent(vr, vq));
            }
            sum = Vector256.Sum(accumulator);
        }
        for (; i < length; i++)
            sum += Unsafe.Add(ref r, i) * (sbyte)Unsafe.Add(ref q, i);
        return sum;
    }

    /// <summary>Adds the first <paramref name="target"/>.Length values of a biased row, unbiased and times <paramref name="scale"/>, to <paramref name="target"/>.</summary>
    public static void AddScaled(ReadOnlySpan<byte> row, float scale, Span<float> target)
    {
        for (var d = 0; d < target.Length; d++)
            target[d] += (row[d] - Bias) * scale;
    }

    /// <summary>Writes <paramref name="values"/> (int8 as bytes) biased into a padded row.</summary>
    public static void WriteBiased(ReadOnlySpan<byte> values, Span<byte> row)
    {
        row.Fill(Bias);
        for (var d = 0; d < values.Length; d++)
            row[d] = (byte)((sbyte)values[d] + Bias);
    }
}
