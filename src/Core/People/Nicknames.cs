namespace PodSearch.Core.People;

/// <summary>
/// Common English short forms of first names, so a panel entry <c>Chuck</c> can meet <c>Charles Max Wood</c>.
/// Used only to pick among the people already present in one episode or show, never to merge two full names.
/// </summary>
internal static class Nicknames
{
    private static readonly Dictionary<string, string[]> FormalNames = new(StringComparer.Ordinal)
    {
        ["chuck"] = ["charles"], ["charlie"] = ["charles"],
        ["bob"] = ["robert"], ["rob"] = ["robert"], ["robby"] = ["robert"], ["bobby"] = ["robert"],
        ["bill"] = ["william"], ["will"] = ["william"], ["billy"] = ["william"],
        ["dave"] = ["david"], ["mike"] = ["michael"], ["mick"] = ["michael"],
        ["joe"] = ["joseph"], ["joey"] = ["joseph"], ["jim"] = ["james"], ["jimmy"] = ["james"], ["jamie"] = ["james"],
        ["tom"] = ["thomas"], ["tommy"] = ["thomas"], ["chris"] = ["christopher", "christian", "christine", "christina"],
        ["dan"] = ["daniel"], ["danny"] = ["daniel"], ["matt"] = ["matthew"], ["nick"] = ["nicholas", "nicolas"],
        ["steve"] = ["steven", "stephen"], ["tony"] = ["anthony"], ["ben"] = ["benjamin"], ["sam"] = ["samuel", "samantha"],
        ["alex"] = ["alexander", "alexandra"], ["andy"] = ["andrew"], ["drew"] = ["andrew"], ["ed"] = ["edward"],
        ["ted"] = ["edward", "theodore"], ["jon"] = ["jonathan"], ["josh"] = ["joshua"], ["pete"] = ["peter"],
        ["rick"] = ["richard"], ["rich"] = ["richard"], ["dick"] = ["richard"], ["tim"] = ["timothy"],
        ["zach"] = ["zachary"], ["zack"] = ["zachary"], ["kate"] = ["katherine", "kathryn", "catherine"],
        ["katie"] = ["katherine", "kathryn"], ["liz"] = ["elizabeth"], ["beth"] = ["elizabeth"],
        ["greg"] = ["gregory"], ["jeff"] = ["jeffrey"], ["ken"] = ["kenneth"], ["larry"] = ["lawrence"],
        ["len"] = ["leonard"], ["phil"] = ["phillip", "philip"], ["ron"] = ["ronald"], ["ray"] = ["raymond"],
        ["fred"] = ["frederick"], ["gabe"] = ["gabriel"], ["jake"] = ["jacob"], ["nate"] = ["nathan", "nathaniel"],
        ["vic"] = ["victor"], ["walt"] = ["walter"], ["max"] = ["maxwell", "maximilian"], ["manu"] = ["manuel"],
        ["jen"] = ["jennifer"], ["jenn"] = ["jennifer"], ["becky"] = ["rebecca"], ["sue"] = ["susan"],
        ["abby"] = ["abigail"], ["pat"] = ["patrick", "patricia"], ["cam"] = ["cameron"], ["dom"] = ["dominic"],
    };

    /// <summary>True when <paramref name="shortName"/> (folded) may stand for a person whose first name is <paramref name="firstName"/> (folded).</summary>
    public static bool MayStandFor(string shortName, string firstName)
    {
        if (shortName == firstName)
            return true;
        if (FormalNames.TryGetValue(shortName, out var formal) && formal.Contains(firstName))
            return true;
        // Both may be short forms of the same formal name (Rob and Bob).
        return FormalNames.TryGetValue(firstName, out var firstFormal)
            && formal is not null && formal.Intersect(firstFormal).Any();
    }
}
