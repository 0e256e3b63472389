using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Search;

/// <summary>
/// The stored <see cref="Episode"/> of a document, deserialised once per segment and kept while the
/// segment is open: hits, snippets and similar-episode queries all need it, and parsing a transcript's
/// JSON on every request would cost more than the search itself.
/// </summary>
internal static class EpisodeStore
{
    private static readonly ConditionalWeakTable<object, Episode?[]> PerSegment = new();
    private static readonly ISet<string> StoredFields = new HashSet<string> { IndexSchema.EpisodeJson, IndexSchema.Transcript, IndexSchema.TranscriptSpeaker };

    /// <summary>The episode of top-level document <paramref name="doc"/> of <paramref name="reader"/>.</summary>
    public static Episode Load(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var segment = leaf.AtomicReader;
        var cache = PerSegment.GetValue(segment.CoreCacheKey, _ => new Episode?[segment.MaxDoc]);
        var episode = Volatile.Read(ref cache[local]);
        if (episode is not null)
            return episode;
        episode = EpisodeDocument.ReadEpisode(segment.Document(local, StoredFields));
        Volatile.Write(ref cache[local], episode);
        return episode;
    }
}
