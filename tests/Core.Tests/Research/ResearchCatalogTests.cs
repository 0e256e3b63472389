using PodSearch.Core.People;
using PodSearch.Core.Research;

namespace PodSearch.Core.Tests.Research;

public sealed class ResearchCatalogTests
{
    private readonly ResearchCatalog catalog = ResearchCatalog.Build(ResearchEpisodes.Sample());

    [Fact]
    public void PicksAreRecordsWithPersonEpisodeDateAndDomain()
    {
        Assert.Equal(7, catalog.Picks.Count);
        var book = catalog.Picks.Single(p => p.Text == "Elixir in Action");
        Assert.Equal("sasa-juric", book.PersonId);
        Assert.Equal("manning.com", book.Domain);
        Assert.Equal("garden-talk/gt-001", book.Episode.Id);
        Assert.Equal("/garden-talk/gt-001", book.Episode.UrlPath);
        // Newest first.
        Assert.Equal("kiln-hours/kh-001", catalog.Picks[0].Episode.Id);
    }

    [Fact]
    public void PickTextMatchesStemmedWordsInAnyOrder()
    {
        var result = PickSearch.Run(catalog, new PickQuery { Text = "property based testing" });
        Assert.Equal(2, result.Total);
        Assert.Equal(["marta-nunez", "charles-max-wood"], result.Picks.Select(p => p.PersonId));
        Assert.Equal(0, PickSearch.Run(catalog, new PickQuery { Text = "property quantum" }).Total);
    }

    [Fact]
    public void PicksFilterByPersonInAnySpellingYearAndDomain()
    {
        Assert.Equal(3, PickSearch.Run(catalog, new PickQuery { By = "Chuck" }).Total);
        Assert.Equal(3, PickSearch.Run(catalog, new PickQuery { By = "charles max wood" }).Total);
        Assert.Equal(2, PickSearch.Run(catalog, new PickQuery { By = "Charles Max Wood", Year = 2019 }).Total);
        var github = PickSearch.Run(catalog, new PickQuery { Domain = "github.com" });
        Assert.Equal("Rails tips", Assert.Single(github.Picks).Text);
        var nobody = PickSearch.Run(catalog, new PickQuery { By = "Zed Nobody" });
        Assert.Equal(0, nobody.Total);
        Assert.NotNull(nobody.Notice);
    }

    [Fact]
    public void PickFacetsCountEveryMatch()
    {
        var result = PickSearch.Run(catalog, new PickQuery { Limit = 1 });
        Assert.Single(result.Picks);
        Assert.Equal(7, result.Total);
        var byPerson = result.Facets["by"].ToDictionary(v => v.Id ?? v.Value, v => v.Count);
        Assert.Equal(3, byPerson["charles-max-wood"]);
        Assert.Equal(1, byPerson["dave-ostrowski"]);
        Assert.Equal(new[] { ("2019", 4), ("2020", 2), ("2021", 1) }, result.Facets["year"].Select(v => (v.Value, v.Count)).OrderBy(v => v.Value));
    }

    [Fact]
    public void MostPickedJoinsSameUrlAndSameText()
    {
        var most = PickSearch.Run(catalog, new PickQuery()).MostPicked;
        Assert.Equal(2, most.Count);
        // propertesting.com/book and .../book/ are one page, picked by Chuck and by Marta.
        var book = most.Single(m => m.Url?.Contains("propertesting", StringComparison.Ordinal) == true);
        Assert.Equal(2, book.Count);
        Assert.Equal(2, book.Pickers.Count);
        // "Hiking boots" has no URL but the same text, picked in two episodes by one person.
        var boots = most.Single(m => m.Text == "Hiking boots");
        Assert.Equal(2, boots.Episodes);
    }

    [Fact]
    public void LinksByDomainIncludeSubDomainsAndCountPerDomain()
    {
        var result = LinkSearch.Run(catalog, new LinkQuery { Domain = "github.com" });
        Assert.Equal(2, result.TotalEpisodes);
        Assert.Equal(["garden-talk/gt-002", "garden-talk/gt-001"], result.Episodes.Select(e => e.Episode.Id));
        Assert.Equal(["gist.github.com", "github.com"], result.Domains.Select(d => d.Domain).Order(StringComparer.Ordinal));
        var all = LinkSearch.Run(catalog, new LinkQuery());
        Assert.Equal(3, all.TotalLinks);
        Assert.Equal(1, LinkSearch.Run(catalog, new LinkQuery { Text = "talk" }).TotalEpisodes);
        Assert.Equal(1, LinkSearch.Run(catalog, new LinkQuery { Domain = "https://github.com/sasa1977/" }).TotalLinks);
    }

    [Fact]
    public void ProfileGivesRolesPerShowTimelineCoAppearancesAndPicks()
    {
        var marta = catalog.People.ById("marta-nunez")!;
        var profile = PeopleQueries.Profile(catalog, marta);
        Assert.Equal("Marta Núñez", profile.Name);
        Assert.Equal(3, profile.Appearances);
        Assert.Equal(2, profile.Roles["host"]);
        Assert.Equal(1, profile.Roles["guest"]);
        Assert.Equal(["garden-talk", "kiln-hours"], profile.Shows.Select(s => s.Podcast));
        Assert.Equal("garden-talk/gt-001", profile.First!.Episode.Id);
        Assert.Equal("kiln-hours/kh-001", profile.Last!.Episode.Id);
        Assert.Equal(["garden-talk/gt-001", "garden-talk/gt-002", "kiln-hours/kh-001"], profile.Episodes.Select(e => e.Episode.Id));
        var co = profile.CoAppearances.ToDictionary(c => c.Id!, c => c.Count);
        Assert.Equal(2, co["charles-max-wood"]);
        Assert.Equal(2, co["sasa-juric"]);
        Assert.Equal(1, co["dave-ostrowski"]);
        Assert.Equal("Property-based testing book", Assert.Single(profile.Picks).Text);
    }

    [Fact]
    public void PeopleListFiltersByPrefixAndRoleAndSorts()
    {
        var guests = PeopleQueries.List(catalog, null, PersonRole.Guest, PeopleSort.Appearances).ToList();
        Assert.Equal(["sasa-juric", "dave-kimura", "marta-nunez"], guests.Select(p => p.Id));
        var byName = PeopleQueries.List(catalog, "da", null, PeopleSort.Name).Select(p => p.Id).ToList();
        Assert.Equal(["dave-garden-talk", "dave-kimura", "dave-ostrowski"], byName);
        Assert.Equal(["sasa-juric"], PeopleQueries.List(catalog, "jur", null, PeopleSort.Name).Select(p => p.Id));
    }
}
