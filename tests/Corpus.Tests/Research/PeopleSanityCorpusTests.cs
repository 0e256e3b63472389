using PodSearch.Core.People;
using PodSearch.Core.Research;
using Xunit.Abstractions;

namespace PodSearch.Corpus.Tests.Research;

/// <summary>
/// Must-show 2 of issue 14: over the person index of the whole shared corpus, no person is more than four words, a
/// show's name, or first names glued together ("Joe Amy Charles"). Every offender is listed before the test fails.
/// </summary>
public sealed class PeopleSanityCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void NoPersonIsLongerThanFourWordsAShowOrGluedFirstNames()
    {
        Skip.If(ResearchCorpus.Catalog is null || ResearchCorpus.Episodes is null, "../shared/corpus is not present");
        var people = ResearchCorpus.Catalog!.People.People;
        var showTitles = ResearchCorpus.Episodes!.Select(e => e.PodcastTitle).OfType<string>().Select(PersonNameKey.Fold).ToHashSet(StringComparer.Ordinal);
        // A first name: any word that appears alone as a person somewhere in the corpus ("Joe", "Amy", "Charles").
        var firstNames = people.Where(p => PersonNameKey.Words(p.Name).Length == 1).Select(p => PersonNameKey.Fold(p.Name)).ToHashSet(StringComparer.Ordinal);
        var offenders = new List<string>();
        foreach (var person in people)
        {
            var words = PersonNameKey.Words(person.Name);
            if (words.Length > 4)
                offenders.Add($"{person.Name}: more than four words");
            if (showTitles.Contains(PersonNameKey.Fold(person.Name)))
                offenders.Add($"{person.Name}: a show's name");
            // Two or more words that are each someone's first name, and no variant of the person is a real full
            // name seen elsewhere: "Charles Dave Eric" (but not "Jack Reid", whose surname is nobody's first name).
            if (words.Length >= 3 && words.All(firstNames.Contains))
                offenders.Add($"{person.Name}: first names glued together");
        }
        output.WriteLine($"people: {people.Count}, offenders: {offenders.Count}");
        Console.WriteLine($"people sanity: {people.Count} people, offenders: {offenders.Count}");
        foreach (var offender in offenders)
            output.WriteLine("  " + offender);
        Assert.True(people.Count > 300, $"only {people.Count} people in the index");
        Assert.Empty(offenders);
    }
}
