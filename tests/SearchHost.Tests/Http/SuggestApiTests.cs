using System.Net;
using System.Text.Json;

namespace PodSearch.SearchHost.Tests.Http;

[Collection("host")]
public sealed class SuggestApiTests(HostFixture fixture)
{
    private readonly HttpClient client = fixture.Client;

    private async Task<List<JsonElement>> Suggest(string q)
    {
        var body = await ApiAssert.Json(await client.GetAsync("api/suggest?q=" + Uri.EscapeDataString(q)));
        Assert.Equal(q, body.GetProperty("query").GetString());
        return body.GetProperty("suggestions").EnumerateArray().ToList();
    }

    [Fact]
    public async Task PeopleAreSuggestedByPrefixOfAnyNameWithTheirEpisodeCount()
    {
        var suggestions = await Suggest("dvor");
        var ilse = suggestions.First(s => s.GetProperty("text").GetString() == "Ilse Dvořák");
        Assert.Equal("guest", ilse.GetProperty("kind").GetString());
        Assert.Equal("guest", ilse.GetProperty("field").GetString());
        Assert.Equal(fixture.Episodes.Count(e => e.Guests.Contains("Ilse Dvořák")), ilse.GetProperty("count").GetInt32());
        Assert.False(ilse.GetProperty("typo").GetBoolean());
    }

    [Fact]
    public async Task TitlesShowsAndTagsAreSuggested()
    {
        var title = (await Suggest("chaos dri")).First();
        Assert.Equal("episode", title.GetProperty("kind").GetString());
        Assert.Equal("night-shift-ops/nso-011-chaos-drills-with-ilse-dvorak", title.GetProperty("value").GetString());
        Assert.Contains(await Suggest("night shift"), s => s.GetProperty("kind").GetString() == "show" && s.GetProperty("value").GetString() == "night-shift-ops");
        Assert.Contains(await Suggest("observab"), s => s.GetProperty("kind").GetString() == "tag");
    }

    [Fact]
    public async Task OneTypoStillFindsTheName()
    {
        var swapped = await Suggest("lindqivst"); // neighbours swapped
        Assert.Contains(swapped, s => s.GetProperty("text").GetString() == "Marek Lindqvist" && s.GetProperty("typo").GetBoolean());
        var missing = await Suggest("Kettl Tomas");
        Assert.DoesNotContain(missing, s => s.GetProperty("text").GetString() == "Tomas Kettle"); // words in the wrong order
        Assert.Contains(await Suggest("Tomas Ketle"), s => s.GetProperty("text").GetString() == "Tomas Kettle");
        Assert.Empty(await Suggest("zzzzqqq"));
    }

    [Fact]
    public async Task SuggestRequiresQ()
    {
        await ApiAssert.Problem(await client.GetAsync("api/suggest"), HttpStatusCode.BadRequest, "missing_parameter", "q");
        await ApiAssert.Problem(await client.GetAsync("api/suggest?q=ab&limit=500"), HttpStatusCode.BadRequest, "limit_out_of_range", "limit");
    }
}
