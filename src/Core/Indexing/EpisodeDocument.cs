using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Notes;

namespace PodSearch.Core.Indexing;

/// <summary>
/// Maps an <see cref="Episode"/> to its Lucene document following <see cref="IndexSchema"/>, and back
/// (<see cref="ReadEpisode"/>). Pure and thread-safe: indexing threads call <see cref="From"/> in parallel.
/// </summary>
internal static class EpisodeDocument
{
    public static Document From(Episode episode)
    {
        var doc = new Document();
        AddIdentity(doc, episode);
        AddDisplay(doc, episode);
        AddText(doc, episode);
        AddFacets(doc, episode);
        AddNumbers(doc, episode);
        AddTranscript(doc, episode);
        AddBaseline(doc, episode);
        if (episode.Kind == EpisodeKind.Episode)
        {
            // Empty until the semantic stage fills it by a doc-values update in the same run; Lucene only
            // updates doc-values fields that the index already knows.
            doc.Add(new BinaryDocValuesField(Semantic.SemanticFields.PassageVectors, new BytesRef()));
        }
        return doc;
    }

    /// <summary>The whole episode back from a stored document: the JSON plus the stored transcript turns.</summary>
    public static Episode ReadEpisode(Document doc)
    {
        var json = doc.Get(IndexSchema.EpisodeJson) ?? throw new InvalidOperationException("document has no stored episode JSON");
        var episode = EpisodeJson.Deserialize(json);
        var texts = doc.GetValues(IndexSchema.Transcript);
        var speakers = doc.GetValues(IndexSchema.TranscriptSpeaker);
        if (texts is null || texts.Length == 0)
            return episode;
        var turns = new TranscriptTurn[texts.Length];
        for (var i = 0; i < texts.Length; i++)
            turns[i] = new TranscriptTurn(speakers is not null && i < speakers.Length ? speakers[i] : "", texts[i]);
        return episode with { Transcript = turns };
    }

    private static void AddIdentity(Document doc, Episode episode)
    {
        doc.Add(new Field(IndexSchema.Id, episode.Id, IndexFieldTypes.ExactStored));
        doc.Add(new SortedDocValuesField(IndexSchema.Id, new BytesRef(episode.Id)));
        doc.Add(new Field(IndexSchema.ContentHash, episode.ContentHash, IndexFieldTypes.ExactStored));
        doc.Add(new BinaryDocValuesField(IndexSchema.ContentHash, new BytesRef(episode.ContentHash)));
        doc.Add(new Field(IndexSchema.SourcePath, episode.SourcePath, IndexFieldTypes.ExactStored));
        doc.Add(new SortedDocValuesField(IndexSchema.SourcePath, new BytesRef(episode.SourcePath)));
        var kind = episode.Kind == EpisodeKind.Episode ? IndexSchema.KindEpisode : IndexSchema.KindOther;
        doc.Add(new Field(IndexSchema.Kind, kind, IndexFieldTypes.ExactStored));
        doc.Add(new SortedDocValuesField(IndexSchema.Kind, new BytesRef(kind)));
    }

    private static void AddDisplay(Document doc, Episode episode)
    {
        doc.Add(new Field(IndexSchema.Title, episode.Title, IndexFieldTypes.StoredTextWithOffsets));
        if (!string.IsNullOrEmpty(episode.PodcastTitle))
            doc.Add(new StoredField(IndexSchema.PodcastTitle, episode.PodcastTitle));
        if (episode.Date is { } date)
            doc.Add(new Int64Field(IndexSchema.DateTicks, date.Ticks, Field.Store.YES));
        // Stored without the transcript: that is stored turn by turn below and would otherwise be kept twice.
        doc.Add(new StoredField(IndexSchema.EpisodeJson, EpisodeJson.Serialize(episode with { Transcript = [] })));
    }

    private static void AddText(Document doc, Episode episode)
    {
        var all = new List<string>(16) { episode.Title };
        if (!string.IsNullOrWhiteSpace(episode.Summary))
        {
            doc.Add(new Field(IndexSchema.Summary, episode.Summary, IndexFieldTypes.StoredTextWithOffsets));
            all.Add(episode.Summary);
        }
        foreach (var topic in episode.Topics)
            AddTextValue(doc, IndexSchema.Topics, topic.Text, IndexFieldTypes.StoredTextWithOffsets, all);
        foreach (var name in episode.Guests)
            AddTextValue(doc, IndexSchema.GuestsText, name, IndexFieldTypes.Text, all);
        foreach (var name in episode.Hosts)
            AddTextValue(doc, IndexSchema.HostsText, name, IndexFieldTypes.Text, all);
        foreach (var group in episode.Picks)
            foreach (var item in group.Items)
                AddTextValue(doc, IndexSchema.PicksText, item.Text, IndexFieldTypes.StoredTextWithOffsets, all);
        foreach (var link in episode.Links)
            AddTextValue(doc, IndexSchema.LinksText, link.Text, IndexFieldTypes.Text, all);
        foreach (var sponsor in episode.Sponsors)
            AddTextValue(doc, IndexSchema.SponsorsText, sponsor, IndexFieldTypes.Text, all);
        foreach (var text in all)
            doc.Add(new Field(IndexSchema.All, text, IndexFieldTypes.Text));
    }

    private static void AddTextValue(Document doc, string field, string? value, Lucene.Net.Documents.FieldType type, List<string> all)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        doc.Add(new Field(field, value, type));
        all.Add(value);
    }

    private static void AddFacets(Document doc, Episode episode)
    {
        AddFacet(doc, IndexSchema.Podcast, episode.Podcast, stored: true);
        foreach (var value in Distinct(episode.Guests))
            AddPerson(doc, IndexSchema.Guest, IndexSchema.GuestKey, value);
        foreach (var value in Distinct(episode.Hosts))
            AddPerson(doc, IndexSchema.Host, IndexSchema.HostKey, value);
        foreach (var value in Distinct(episode.Picks.Select(p => p.By)))
            AddPerson(doc, IndexSchema.PicksBy, IndexSchema.PicksByKey, value, stored: false);
        foreach (var value in Distinct(episode.Tags))
            AddFacet(doc, IndexSchema.Tag, value, stored: false);
        foreach (var value in Distinct(episode.Links.Select(l => FacetValues.LinkDomain(l.Url))))
            AddFacet(doc, IndexSchema.LinkDomain, value, stored: false);
        if (episode.Date is { } date)
            AddFacet(doc, IndexSchema.Year, date.Year.ToString(CultureInfo.InvariantCulture), stored: false);
    }

    private static void AddPerson(Document doc, string field, string keyField, string name, bool stored = true)
    {
        AddFacet(doc, field, name, stored);
        var key = NameKey.Fold(name);
        if (key.Length > 0)
            doc.Add(new Field(keyField, key, IndexFieldTypes.ExactNotStored));
    }

    private static void AddFacet(Document doc, string field, string value, bool stored)
    {
        doc.Add(new Field(field, value, stored ? IndexFieldTypes.ExactStored : IndexFieldTypes.ExactNotStored));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>Display-normalised values, each once (a facet counts an episode once per value).</summary>
    private static IEnumerable<string> Distinct(IEnumerable<string?> values)
    {
        HashSet<string>? seen = null;
        foreach (var raw in values)
        {
            var value = FacetValues.Normalize(raw);
            if (value.Length == 0)
                continue;
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (seen.Add(value))
                yield return value;
        }
    }

    private static void AddNumbers(Document doc, Episode episode)
    {
        if (episode.Date is { } date)
            doc.Add(new NumericDocValuesField(IndexSchema.DateTicks, date.Ticks));
        if (episode.DurationSeconds is { } duration)
        {
            doc.Add(new Int32Field(IndexSchema.DurationSeconds, duration, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexSchema.DurationSeconds, duration));
        }
        if (episode.NumberValue is { } number)
        {
            doc.Add(new Int32Field(IndexSchema.EpisodeNumber, number, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexSchema.EpisodeNumber, number));
        }
    }

    /// <summary>Every text of the note in one unstored field, for the BM25 baseline of <c>podsearch eval</c>.</summary>
    private static void AddBaseline(Document doc, Episode episode)
    {
        IEnumerable<string?> texts = [episode.Title, .. episode.Tags, episode.Summary, .. episode.Topics.Select(t => t.Text),
            .. episode.Guests, .. episode.Hosts, .. episode.Picks.SelectMany(g => g.Items).Select(i => i.Text),
            .. episode.Links.Select(l => l.Text), .. episode.Sponsors, .. episode.Transcript.Select(t => t.Text)];
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
                doc.Add(new Field(IndexSchema.Baseline, text, IndexFieldTypes.TextFrequenciesOnly));
        }
    }

    /// <summary>Last, so the biggest stored values come after everything a hit list reads.</summary>
    private static void AddTranscript(Document doc, Episode episode)
    {
        foreach (var turn in episode.Transcript)
        {
            // Empty turns are kept (as "") so stored texts and speakers stay parallel and offsets predictable.
            doc.Add(new Field(IndexSchema.Transcript, turn.Text ?? "", IndexFieldTypes.StoredTextWithOffsets));
            doc.Add(new StoredField(IndexSchema.TranscriptSpeaker, turn.Speaker ?? ""));
        }
    }
}
