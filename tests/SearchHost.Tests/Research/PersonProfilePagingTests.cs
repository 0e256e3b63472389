using System.Net;
using System.Text.Json;
using PodSearch.SearchHost.Tests.Http;

namespace PodSearch.SearchHost.Tests.Research;

/// <summary>
/// <c>/api/people/{id}</c>'s optional paging of episodes and picks (<c>episodesLimit</c>, <c>episodesOffset</c>,
/// <c>picksLimit</c>, <c>picksOffset</c>) and its lookup by name. Slices are checked against the unpaged profile,
/// which must stay exactly as it was without the parameters.
/// </summary>
[Collection("host")]
public sealed class PersonProfilePagingTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    private static IReadOnlyList<string> EpisodeIds(JsonElement profile) =>
        profile.GetProperty("episodes").EnumerateArray().Select(e => e.GetProperty("episode").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task WithAllTheWholeProfileHasNoPageMembers()
    {
        var profile = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak?all=true"));
        Assert.False(profile.TryGetProperty("episodesPage", out _));
        Assert.False(profile.TryGetProperty("picksPage", out _));
        Assert.Equal(profile.GetProperty("appearances").GetInt32(), profile.GetProperty("episodes").GetArrayLength());
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?all=true&episodesLimit=2"), HttpStatusCode.BadRequest, "invalid_parameter", "all");
    }

    [Fact]
    public async Task WithoutParametersBothListsArePagedFiftyAtATime()
    {
        var profile = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak"));
        var episodes = profile.GetProperty("episodesPage");
        Assert.Equal(0, episodes.GetProperty("offset").GetInt32());
        Assert.Equal(50, episodes.GetProperty("limit").GetInt32());
        Assert.Equal(profile.GetProperty("appearances").GetInt32(), episodes.GetProperty("total").GetInt32());
        Assert.Equal(50, profile.GetProperty("picksPage").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task EpisodesPageIsASliceOfTheDateOrderedListAndSaysTheTotal()
    {
        var full = EpisodeIds(await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak")));
        Assert.True(full.Count >= 3, "the fixture needs a person with three episodes");

        var first = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak?episodesLimit=2"));
        Assert.Equal(full.Take(2), EpisodeIds(first));
        var page = first.GetProperty("episodesPage");
        Assert.Equal(0, page.GetProperty("offset").GetInt32());
        Assert.Equal(2, page.GetProperty("limit").GetInt32());
        Assert.Equal(full.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("nextOffset").GetInt32());
        Assert.Equal(50, first.GetProperty("picksPage").GetProperty("limit").GetInt32()); // the other list keeps its default page

        var rest = await ApiAssert.Json(await client.GetAsync("api/people/ilse-dvorak?episodesOffset=2&episodesLimit=50"));
        Assert.Equal(full.Skip(2), EpisodeIds(rest));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("episodesPage").GetProperty("nextOffset").ValueKind);
        // The rest of the profile does not depend on the page.
        Assert.Equal(first.GetProperty("appearances").GetInt32(), rest.GetProperty("appearances").GetInt32());
        Assert.Equal(first.GetProperty("first").GetRawText(), rest.GetProperty("first").GetRawText());
    }

    [Fact]
    public async Task PicksPageCutsThePickList()
    {
        var full = await ApiAssert.Json(await client.GetAsync("api/people/pavel-moreau"));
        var total = full.GetProperty("picks").GetArrayLength();
        Assert.True(total >= 2, "the fixture needs a person with two picks");
        var paged = await ApiAssert.Json(await client.GetAsync("api/people/pavel-moreau?picksLimit=1&picksOffset=1"));
        Assert.Equal(1, paged.GetProperty("picks").GetArrayLength());
        Assert.Equal(full.GetProperty("picks")[1].GetRawText(), paged.GetProperty("picks")[0].GetRawText());
        Assert.Equal(total, paged.GetProperty("picksPage").GetProperty("total").GetInt32());
        Assert.Equal(full.GetProperty("episodes").GetArrayLength(), paged.GetProperty("episodes").GetArrayLength());
    }

    [Fact]
    public async Task CsvExportHonoursTheEpisodesPage()
    {
        var all = (await client.GetStringAsync("api/people/ilse-dvorak?format=csv")).TrimEnd('\n').Split('\n');
        var paged = (await client.GetStringAsync("api/people/ilse-dvorak?format=csv&episodesLimit=1&episodesOffset=1")).TrimEnd('\n').Split('\n');
        Assert.Equal([all[0], all[2]], paged);
    }

    [Fact]
    public async Task AProfileIsFoundByNameInAnySpelling()
    {
        foreach (var name in new[] { "Ilse Dvořák", "ilse dvorak" })
        {
            var profile = await ApiAssert.Json(await client.GetAsync("api/people/" + Uri.EscapeDataString(name)));
            Assert.Equal("ilse-dvorak", profile.GetProperty("id").GetString());
        }
        var with = await ApiAssert.Json(await client.GetAsync("api/people/" + Uri.EscapeDataString("Ilse Dvořák") + "/with"));
        Assert.Equal("ilse-dvorak", with.GetProperty("id").GetString());
    }

    [Fact]
    public async Task BadPagingParametersAreProblemsNamingThem()
    {
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?episodesLimit=0"), HttpStatusCode.BadRequest, "limit_out_of_range", "episodesLimit");
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?episodesLimit=1001"), HttpStatusCode.BadRequest, "limit_out_of_range", "episodesLimit");
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?episodesOffset=-1"), HttpStatusCode.BadRequest, "offset_out_of_range", "episodesOffset");
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?picksOffset=many"), HttpStatusCode.BadRequest, "invalid_parameter", "picksOffset");
        await ApiAssert.Problem(await client.GetAsync("api/people/ilse-dvorak?episodeLimit=5"), HttpStatusCode.BadRequest, "unknown_parameter", "episodeLimit");
    }

    [Fact]
    public async Task PagingParametersAreInTheOpenApiDocument()
    {
        var document = await ApiAssert.Json(await client.GetAsync("openapi/v1.json"));
        var parameters = document.GetProperty("paths").GetProperty("/api/people/{id}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "episodesLimit", "episodesOffset", "picksLimit", "picksOffset" }, parameters);
    }
}
