using PodSearch.Core.Embeddings.Onnx;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>The query vector cache: repeated queries skip the encoder, the least recent goes first, capacity 0 keeps nothing.</summary>
public sealed class QueryVectorCacheTests
{
    private int calls;

    private float[] Encode(string text)
    {
        calls++;
        return [text.Length, calls];
    }

    [Fact]
    public void ARepeatedQueryIsEncodedOnceAndCallersGetTheirOwnCopy()
    {
        var cache = new QueryVectorCache(4);

        var first = cache.GetOrAdd("erlang", Encode);
        first[0] = -1; // a caller that scribbles on its vector must not change what the next caller gets
        var second = cache.GetOrAdd("erlang", Encode);

        Assert.Equal(1, calls);
        Assert.Equal([6f, 1f], second);
    }

    [Fact]
    public void TheLeastRecentlyUsedQueryIsDroppedFirst()
    {
        var cache = new QueryVectorCache(2);
        cache.GetOrAdd("a", Encode);
        cache.GetOrAdd("b", Encode);
        cache.GetOrAdd("a", Encode); // a is now the most recent
        cache.GetOrAdd("c", Encode); // drops b

        cache.GetOrAdd("a", Encode);
        Assert.Equal(3, calls);
        cache.GetOrAdd("b", Encode);
        Assert.Equal(4, calls);
    }

    [Fact]
    public void CapacityZeroEncodesEveryTime()
    {
        var cache = new QueryVectorCache(0);

        cache.GetOrAdd("erlang", Encode);
        cache.GetOrAdd("erlang", Encode);

        Assert.Equal(2, calls);
    }
}
