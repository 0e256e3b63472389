using PodSearch.Core.Semantic;

namespace PodSearch.Core.Tests.Semantic;

public sealed class Int8DotTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(384)]
    public void BiasedPaddedRowsGiveThePlainInt8DotProduct(int dimensions)
    {
        var random = new Random(dimensions);
        var stride = Int8Dot.PaddedLength(dimensions);
        Assert.Equal(0, stride % Int8Dot.RowAlignment);
        for (var trial = 0; trial < 50; trial++)
        {
            // Extremes included: the int8 range is -127..127 after quantisation.
            var a = Enumerable.Range(0, dimensions).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var b = Enumerable.Range(0, dimensions).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            if (trial == 0)
                Array.Fill(a, (sbyte)-127);
            var expected = 0;
            for (var i = 0; i < dimensions; i++)
                expected += a[i] * b[i];

            var row = new byte[stride];
            Int8Dot.WriteBiased(a.Select(v => (byte)v).ToArray(), row);
            var query = new sbyte[stride];
            b.CopyTo(query, 0);
            Assert.Equal(expected, Int8Dot.Dot(row, query, b.Sum(v => v)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(33)]
    public void DotsGiveEachRowsPlainDotProductFourAtATimeOrNot(int rowCount)
    {
        const int dimensions = 200;
        var random = new Random(rowCount);
        var stride = Int8Dot.PaddedLength(dimensions);
        var query = new sbyte[stride];
        for (var i = 0; i < dimensions; i++)
            query[i] = (sbyte)random.Next(-127, 128);
        var rows = new byte[rowCount * stride];
        var plain = new sbyte[rowCount][];
        for (var r = 0; r < rowCount; r++)
        {
            plain[r] = Enumerable.Range(0, dimensions).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            Int8Dot.WriteBiased(plain[r].Select(v => (byte)v).ToArray(), rows.AsSpan(r * stride, stride));
        }

        var expected = Enumerable.Range(0, rowCount).Select(r => Enumerable.Range(0, dimensions).Sum(i => plain[r][i] * query[i])).ToArray();
        var dots = new int[rowCount];
        Int8Dot.Dots(rows, rowCount, query, query.Sum(v => v), dots);
        Assert.Equal(expected, dots);
    }
}
