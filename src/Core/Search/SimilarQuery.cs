using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Search;

/// <summary>
/// "More like this" for one episode: the telling words of its title, summary, topics and transcript
/// (MoreLikeThis picks them by tf-idf), plus its guests and tags as exact values, minus itself.
/// Built from the stored episode, so it works whether or not the index keeps term vectors.
/// </summary>
internal static class SimilarQuery
{
    private const int TranscriptChars = 20_000;

    public static Query Build(IndexReader reader, Analyzer analyzer, Episode episode)
    {
        var query = new BooleanQuery();
        AddLike(query, reader, analyzer, IndexSchema.Title, episode.Title, 2f, minDocFreq: 1);
        AddLike(query, reader, analyzer, IndexSchema.Summary, episode.Summary, 1.5f, minDocFreq: 2);
        AddLike(query, reader, analyzer, IndexSchema.Topics, string.Join('\n', episode.Topics.Select(t => t.Text)), 1f, minDocFreq: 2);
        var transcript = string.Join('\n', episode.Transcript.Select(t => t.Text));
        AddLike(query, reader, analyzer, IndexSchema.Transcript, transcript.Length > TranscriptChars ? transcript[..TranscriptChars] : transcript, 0.5f, minDocFreq: 3);
        foreach (var guest in episode.Guests)
            query.Add(new TermQuery(new Term(IndexSchema.Guest, guest)) { Boost = 1.5f }, Occur.SHOULD);
        foreach (var tag in episode.Tags)
            query.Add(new TermQuery(new Term(IndexSchema.Tag, tag)) { Boost = 0.3f }, Occur.SHOULD);
        query.Add(new TermQuery(new Term(IndexSchema.Id, episode.Id)), Occur.MUST_NOT);
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            query.Add(new TermQuery(new Term(IndexSchema.Podcast, episode.Podcast)), Occur.SHOULD);
        return query;
    }

    private static void AddLike(BooleanQuery into, IndexReader reader, Analyzer analyzer, string field, string? text, float boost, int minDocFreq)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var like = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = minDocFreq,
            MaxQueryTerms = 20,
            MinWordLen = 3,
        };
        using var textReader = new StringReader(text);
        var query = like.Like(textReader, field);
        if (query is BooleanQuery { Clauses.Count: 0 })
            return;
        query.Boost = boost;
        into.Add(query, Occur.SHOULD);
    }
}
