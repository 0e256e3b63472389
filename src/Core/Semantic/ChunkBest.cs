namespace PodSearch.Core.Semantic;

/// <summary>A chunk's best row per view and episode, and the episodes it saw, in the order it first saw them.</summary>
internal sealed class ChunkBest
{
    private readonly int episodes;
    private readonly float[] scores;
    private readonly int[] rows;
    private readonly List<int> touched = new(1024);
    private readonly bool[] seen;

    public ChunkBest(int views, int episodes)
    {
        this.episodes = episodes;
        scores = new float[views * episodes];
        scores.AsSpan().Fill(float.NegativeInfinity);
        rows = new int[views * episodes];
        seen = new bool[episodes];
    }

    /// <summary>Row <paramref name="row"/> of <paramref name="episode"/> scored <paramref name="score"/> (before the query's scale) in the views whose bits are set.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Offer(ulong views, int episode, int row, float score)
    {
        if (!seen[episode])
        {
            seen[episode] = true;
            touched.Add(episode);
        }
        if (views == 1)
        {
            // View 0 alone, the usual case: no loop over bits.
            if (score > scores[episode])
            {
                scores[episode] = score;
                rows[episode] = row;
            }
            return;
        }
        for (var at = episode; views != 0; at += episodes, views >>= 1)
        {
            if ((views & 1) != 0 && score > scores[at])
            {
                scores[at] = score;
                rows[at] = row;
            }
        }
    }

    /// <summary>Per view, the best <paramref name="depth"/> episodes seen, as hits (scores times <paramref name="queryScale"/>).</summary>
    public List<SemanticHit>[] Top(ScannedSegment segment, float queryScale, int depth)
    {
        var vectors = segment.Vectors;
        var views = scores.Length / Math.Max(1, episodes);
        var result = new List<SemanticHit>[views];
        for (var v = 0; v < views; v++)
        {
            var offset = v * episodes;
            var queue = new PriorityQueue<int, float>(depth + 1);
            foreach (var episode in touched)
            {
                var score = scores[offset + episode];
                if (score == float.NegativeInfinity)
                    continue;
                if (queue.Count < depth)
                    queue.Enqueue(episode, score);
                else if (depth > 0 && score > scores[offset + queue.Peek()])
                    queue.EnqueueDequeue(episode, score);
            }
            result[v] = new List<SemanticHit>(queue.Count);
            foreach (var (episode, score) in queue.UnorderedItems)
                result[v].Add(new SemanticHit(segment.Leaf.DocBase + vectors.Episodes[episode], score * queryScale, vectors.Ordinals[rows[offset + episode]]));
        }
        return result;
    }
}
