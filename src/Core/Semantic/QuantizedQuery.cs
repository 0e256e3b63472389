namespace PodSearch.Core.Semantic;

/// <summary>The query as int8 (zero padding up to the row stride), its scale and the sum of its values (see <see cref="Int8Dot.Dot"/>).</summary>
internal sealed record QuantizedQuery(sbyte[] Values, float Scale, int Sum)
{
    public static QuantizedQuery Of(ReadOnlySpan<float> query)
    {
        var stride = Int8Dot.PaddedLength(query.Length);
        var bytes = new byte[stride];
        var scale = PassageVectorCodec.Quantize(query, bytes.AsSpan(0, query.Length));
        var values = new sbyte[stride];
        var sum = 0;
        for (var i = 0; i < stride; i++)
        {
            values[i] = (sbyte)bytes[i];
            sum += values[i];
        }
        return new QuantizedQuery(values, scale, sum);
    }
}
