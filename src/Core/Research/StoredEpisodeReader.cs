using Lucene.Net.Index;
using Lucene.Net.Util;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Research;

/// <summary>
/// Streams the episodes stored in an index one live document at a time. <see cref="ReadAll"/> reads the stored
/// episode JSON and the transcript's speaker labels but not the turns' text (the catalog needs who spoke, not
/// what was said), so building a catalog never loads every transcript.
/// </summary>
internal static class StoredEpisodeReader
{
    private static readonly HashSet<string> EpisodeField = [IndexSchema.EpisodeJson, IndexSchema.TranscriptSpeaker];

    public static IEnumerable<Episode> ReadAll(IndexReader reader)
    {
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
                continue;
            var stored = reader.Document(doc, EpisodeField);
            if (stored.Get(IndexSchema.EpisodeJson) is not { } json)
                continue;
            var speakers = stored.GetValues(IndexSchema.TranscriptSpeaker) ?? [];
            yield return EpisodeJson.Deserialize(json) with { Transcript = speakers.Select(s => new TranscriptTurn(s, "")).ToList() };
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
                return EpisodeDocument.ReadEpisode(reader.Document(doc));
            }
        }
        return null;
    }
}
