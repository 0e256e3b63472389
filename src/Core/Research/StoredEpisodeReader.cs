using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Research;

/// <summary>
/// Streams the episodes stored in an index (the JSON copy in <see cref="IndexSchema.EpisodeJson"/>) one live
/// document at a time, so a caller that keeps only what it needs never holds every transcript at once.
/// </summary>
internal static class StoredEpisodeReader
{
    private static readonly HashSet<string> EpisodeField = [IndexSchema.EpisodeJson];

    public static IEnumerable<Episode> ReadAll(IndexReader reader)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
                continue;
            var json = reader.Document(doc, EpisodeField).Get(IndexSchema.EpisodeJson);
            if (json is null)
                continue;
            yield return EpisodeJson.Deserialize(json);
        }
    }

    /// <summary>One stored episode by id, or null.</summary>
    public static Episode? ReadOne(IndexReader reader, string id)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        foreach (var context in reader.Leaves)
        {
            var docs = context.AtomicReader.GetTermDocsEnum(new Term(IndexSchema.Id, id));
            if (docs is null)
                continue;
            while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                var doc = context.DocBase + docs.DocID;
                if (liveDocs is not null && !liveDocs.Get(doc))
                    continue;
                if (reader.Document(doc, EpisodeField).Get(IndexSchema.EpisodeJson) is { } json)
                    return EpisodeJson.Deserialize(json);
            }
        }
        return null;
    }
}
