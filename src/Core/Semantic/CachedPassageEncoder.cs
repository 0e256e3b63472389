using PodSearch.Core.Embeddings;
using PodSearch.Core.Embeddings.Onnx;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Semantic;

/// <summary>
/// The sentence encoder's indexing step: splits every episode into passages, takes the vectors of passages
/// seen before from the <see cref="PassageVectorCache"/>, encodes the rest in one pass over all episodes
/// (length-sorted batches on every core, <see cref="OnnxSentenceEmbedder.EncodeMany"/>), shows progress, and
/// packs each episode's vectors (<see cref="PassageVectorCodec"/>).
/// </summary>
internal sealed class CachedPassageEncoder(OnnxSentenceEmbedder embedder, PassageVectorCache? cache, SemanticIndexOptions options)
{
    /// <returns>The packed vectors per episode, the passages in all, and how many of them were encoded (not cached).</returns>
    public (byte[][] Vectors, int Passages, int Encoded) Encode(IReadOnlyList<Episode> episodes)
    {
        var split = new List<Passage>[episodes.Count];
        Parallel.For(0, episodes.Count, i => split[i] = PassageSplitter.Split(episodes[i], options.Transcripts));
        var keys = split.Select(passages => passages.Select(p => PassageVectorCache.KeyOf(p.Text)).ToArray()).ToArray();

        // Each distinct text not in the cache is encoded once, however many episodes share it (sponsor reads).
        var missing = new Dictionary<UInt128, string>();
        for (var e = 0; e < episodes.Count; e++)
            for (var p = 0; p < split[e].Count; p++)
                if (cache is null || !cache.TryGet(keys[e][p], out _))
                    missing.TryAdd(keys[e][p], split[e][p].Text);

        var fresh = new Dictionary<UInt128, float[]>(missing.Count);
        if (missing.Count > 0)
        {
            var texts = missing.Values.ToList();
            var progress = options.Progress is { } output ? new EncodingProgress(output, options.ProgressOnTerminal, texts.Count) : null;
            var encoded = embedder.EncodeMany(texts, options.EncodingThreads, progress is null ? null : progress.Advance);
            progress?.Finish();
            var k = 0;
            foreach (var key in missing.Keys)
            {
                fresh[key] = encoded[k];
                cache?.Add(key, encoded[k]);
                k++;
            }
            cache?.Save();
        }

        var result = new byte[episodes.Count][];
        var total = 0;
        for (var e = 0; e < episodes.Count; e++)
        {
            var kept = new List<(int, float[])>(split[e].Count);
            for (var p = 0; p < split[e].Count; p++)
            {
                var vector = fresh.TryGetValue(keys[e][p], out var v) ? v : cache!.TryGet(keys[e][p], out var c) ? c : throw new InvalidOperationException("passage vector lost");
                if (vector.AsSpan().IndexOfAnyExcept(0f) >= 0)
                    kept.Add((p, vector));
            }
            total += split[e].Count;
            result[e] = PassageVectorCodec.Encode(kept, embedder.Dimensions);
        }
        return (result, total, missing.Count);
    }
}
