using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace PodSearch.Core.Semantic;

/// <summary>
/// Packs one episode's passage vectors into the bytes of its document's BinaryDocValues field, so the
/// vectors are written, committed, merged and deleted together with the episode itself. Layout:
/// <c>version:u8, count:u16, dimensions:u16</c>, then per passage <c>ordinal:u16, scale:f32</c>, then
/// <c>count x dimensions</c> int8 values. A passage's ordinal is its position in
/// <see cref="PassageSplitter.Split"/>, from which snippets are rebuilt.
/// </summary>
internal static class PassageVectorCodec
{
    private const byte FormatVersion = 1;
    private const int HeaderBytes = 5;
    private const int PerPassageBytes = 6;

    public static byte[] Encode(IReadOnlyList<(int Ordinal, float[] Vector)> passages, int dimensions)
    {
        var count = Math.Min(passages.Count, ushort.MaxValue);
        var bytes = new byte[HeaderBytes + count * (PerPassageBytes + dimensions)];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(1), (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(3), (ushort)dimensions);
        var values = bytes.AsSpan(HeaderBytes + count * PerPassageBytes);
        for (var p = 0; p < count; p++)
        {
            var (ordinal, vector) = passages[p];
            var meta = bytes.AsSpan(HeaderBytes + p * PerPassageBytes);
            BinaryPrimitives.WriteUInt16LittleEndian(meta, (ushort)Math.Min(ordinal, ushort.MaxValue));
            var scale = Quantize(vector, values.Slice(p * dimensions, dimensions));
            BinaryPrimitives.WriteSingleLittleEndian(meta[2..], scale);
        }
        return bytes;
    }

    /// <summary>Int8 quantisation with one scale per vector: value ≈ scale × q. Returns the scale.</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<byte> target)
    {
        var max = MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = max > 0 ? max / 127f : 1f;
        for (var d = 0; d < vector.Length; d++)
            target[d] = (byte)(sbyte)Math.Clamp(MathF.Round(vector[d] / scale), -127, 127);
        return scale;
    }

    /// <summary>Reads the header; false for an empty value (an episode without vectors) or another format.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> bytes, out int count, out int dimensions)
    {
        count = dimensions = 0;
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion)
            return false;
        count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[1..]);
        dimensions = BinaryPrimitives.ReadUInt16LittleEndian(bytes[3..]);
        return bytes.Length == HeaderBytes + count * (PerPassageBytes + dimensions);
    }

    public static (int Ordinal, float Scale) ReadPassage(ReadOnlySpan<byte> bytes, int passage)
    {
        var meta = bytes.Slice(HeaderBytes + passage * PerPassageBytes, PerPassageBytes);
        return (BinaryPrimitives.ReadUInt16LittleEndian(meta), BinaryPrimitives.ReadSingleLittleEndian(meta[2..]));
    }

    public static ReadOnlySpan<byte> Values(ReadOnlySpan<byte> bytes, int count) => bytes[(HeaderBytes + count * PerPassageBytes)..];
}
