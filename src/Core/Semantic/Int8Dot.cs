using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Dot product of two int8 vectors into an int32, the inner loop of exact semantic search. Int8 reads a
/// quarter of the memory of float32, and memory is what a scan over every passage costs; TensorPrimitives
/// has no widening int8 dot product, hence the AVX2 path (sign-extend to int16, multiply-add pairs to int32).
/// </summary>
internal static class Int8Dot
{
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var length = a.Length;
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && length >= 16)
        {
            var accumulator = Vector256<int>.Zero;
            ref var ra = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a);
            ref var rb = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b);
            for (; i <= length - 16; i += 16)
            {
                var va = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ra, (nuint)i));
                var vb = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref rb, (nuint)i));
                accumulator = Avx2.Add(accumulator, Avx2.MultiplyAddAdjacent(va, vb));
            }
            sum = Vector256.Sum(accumulator);
        }
        for (; i < length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
