using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;
using PodSearch.Core.Notes;

/// <summary>Indexes already-parsed episodes with variations of the document, to price each schema choice.</summary>
internal static class WriterVariants
{
    public static void Run(Episode[] episodes)
    {
        var variants = new (string Name, Func<Document, Document> Change)[]
        {
            ("baseline", d => d),
            ("baseline again", d => d),
            ("no stored transcript", d => Replace(d, IndexSchema.Transcript, f => new Field(f.Name, f.GetStringValue(), TextField.TYPE_NOT_STORED))),
            ("no offsets", d => ReplaceAll(d, f => f.IndexableFieldType.IndexOptions == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                ? new Field(f.Name, f.GetStringValue(), TextField.TYPE_STORED) : f)),
            ("no all field", d => Remove(d, IndexSchema.All)),
            ("no transcript", d => Remove(Remove(d, IndexSchema.Transcript), IndexSchema.TranscriptSpeaker)),
        };
        foreach (var (name, change) in variants)
        {
            var docs = episodes.Select(e => change(EpisodeDocument.From(e))).ToArray();
            var path = Path.Combine(Path.GetTempPath(), "podsearch-variant-" + Environment.ProcessId);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            using (var dir = FSDirectory.Open(path))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Default.Index)
                   { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 512, UseCompoundFile = false, Similarity = new BM25Similarity(),
                     MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 } }))
            {
                Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d => writer.AddDocument(d));
                writer.Commit();
            }
            var size = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine($"  {name,-22} wall {wall.Elapsed.TotalSeconds,6:0.00} s  cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,6:0.00} s  {size / 1e6:0.0} MB");
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static Document ReplaceAll(Document d, Func<IIndexableField, IIndexableField> change)
    {
        var copy = new Document();
        foreach (var f in d.Fields)
            copy.Add(change(f));
        return copy;
    }

    private static Document Replace(Document d, string field, Func<IIndexableField, IIndexableField> change) =>
        ReplaceAll(d, f => f.Name == field ? change(f) : f);

    private static Document Remove(Document d, string field)
    {
        var copy = new Document();
        foreach (var f in d.Fields.Where(f => f.Name != field))
            copy.Add(f);
        return copy;
    }
}
