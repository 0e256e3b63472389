using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PodSearch.Core.Analysis;
using PodSearch.Core.Indexing;

namespace PodSearch.Core.Tests.Analysis;

public sealed class AnalyzersTests
{
    internal static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Fact]
    public void ProseIsStemmedSoToleranceAndTolerantMeet()
    {
        var index = Analyzers.Default.Index;
        Assert.Equal(Tokens(index, IndexSchema.Summary, "fault tolerant"), Tokens(index, IndexSchema.Transcript, "Fault Tolerance"));
    }

    [Fact]
    public void ProseDropsPossessivesStopWordsCaseAndAccents()
    {
        var tokens = Tokens(Analyzers.Default.Index, IndexSchema.Title, "The Éric's Café and the Deployments");
        Assert.Equal(["eric", "cafe", "deploy"], tokens);
    }

    [Fact]
    public void PersonNamesFoldAccentsButAreNotStemmed()
    {
        var index = Analyzers.Default.Index;
        Assert.Equal(["sasa", "juric"], Tokens(index, IndexSchema.GuestsText, "Saša Jurić"));
        Assert.Equal(["sasa", "juric"], Tokens(index, IndexSchema.GuestsText, "Sasa Juric"));
        Assert.Equal(["james", "rogers"], Tokens(index, IndexSchema.HostsText, "James Rogers"));
    }

    [Fact]
    public void QueryAnalyzerExpandsDomainSynonymsBothWays()
    {
        var query = Analyzers.Default.Query;
        var index = Analyzers.Default.Index;
        var fromShort = Tokens(query, IndexSchema.Summary, "k8s");
        Assert.Contains(Tokens(index, IndexSchema.Summary, "Kubernetes").Single(), fromShort);
        var fromLong = Tokens(query, IndexSchema.Summary, "JavaScript");
        Assert.Contains(Tokens(index, IndexSchema.Summary, "JS").Single(), fromLong);
    }

    [Fact]
    public void IndexAnalyzerDoesNotExpandSynonyms()
    {
        Assert.Single(Tokens(Analyzers.Default.Index, IndexSchema.Summary, "k8s"));
    }

    [Fact]
    public void UserSynonymFileExtendsTheBuiltInList()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# ours\nfp, functionalprogramming\n");
            var analyzers = Analyzers.Create(file);
            var indexed = Tokens(analyzers.Index, IndexSchema.Summary, "functionalprogramming").Single();
            Assert.Contains(indexed, Tokens(analyzers.Query, IndexSchema.Summary, "fp"));
            Assert.Contains("javascript", Tokens(analyzers.Query, IndexSchema.Summary, "js"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void MissingUserSynonymFileIsAClearError()
    {
        var ex = Assert.Throws<SynonymFileException>(() => Analyzers.Create("/no/such/synonyms.txt"));
        Assert.Contains("/no/such/synonyms.txt", ex.Message);
    }

    [Fact]
    public void ExactFieldsKeepTheWholeValue()
    {
        Assert.Equal(["Francesco Cesarini"], Tokens(Analyzers.Default.Query, IndexSchema.Guest, "Francesco Cesarini"));
        Assert.Equal(["sasa juric"], Tokens(Analyzers.Default.Query, IndexSchema.GuestKey, "  Saša   JURIĆ "));
    }

    [Fact]
    public void MultiValuedTextFieldsHaveAPositionGap()
    {
        Assert.Equal(IndexSchema.ValueGap, Analyzers.Default.Index.GetPositionIncrementGap(IndexSchema.Transcript));
        Assert.Equal(IndexSchema.ValueGap, Analyzers.Default.Index.GetPositionIncrementGap(IndexSchema.GuestsText));
    }
}
