using System.Globalization;
using System.Text;
using System.Xml;

namespace PodSearch.Core.Research.Feeds;

/// <summary>
/// Writes episodes as an RSS 2.0 or Atom 1.0 feed, newest first as given. Feeds are a page of at most a
/// hundred entries, so they are built in memory and returned as UTF-8 bytes.
/// </summary>
public static class EpisodeFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Rss(FeedChannel channel, IEnumerable<EpisodeCard> episodes)
    {
        return Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("link", channel.SiteUrl.AbsoluteUri);
            xml.WriteElementString("description", channel.Description);
            xml.WriteElementString("lastBuildDate", Rfc822(channel.Updated));
            xml.WriteElementString("generator", "PodSearch");
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", channel.SelfUrl.AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var episode in episodes)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", episode.Title);
                xml.WriteElementString("link", EpisodeUrl(channel, episode));
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString("podsearch:" + episode.Id);
                xml.WriteEndElement();
                if (episode.Date is { } date)
                    xml.WriteElementString("pubDate", Rfc822(date));
                xml.WriteElementString("category", episode.PodcastTitle ?? episode.Podcast);
                xml.WriteElementString("description", Description(episode));
                if (AudioUri(episode) is { } audio)
                {
                    xml.WriteStartElement("enclosure");
                    xml.WriteAttributeString("url", audio);
                    xml.WriteAttributeString("length", "0");
                    xml.WriteAttributeString("type", "audio/mpeg");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    public static byte[] Atom(FeedChannel channel, IEnumerable<EpisodeCard> episodes)
    {
        return Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, channel.Title);
            xml.WriteElementString("subtitle", AtomNamespace, channel.Description);
            xml.WriteElementString("id", AtomNamespace, channel.SelfUrl.AbsoluteUri);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(channel.Updated));
            WriteAtomLink(xml, channel.SelfUrl.AbsoluteUri, "self", "application/atom+xml");
            WriteAtomLink(xml, channel.SiteUrl.AbsoluteUri, "alternate", "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "PodSearch");
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "PodSearch");
            foreach (var episode in episodes)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, episode.Title);
                xml.WriteElementString("id", AtomNamespace, EpisodeUrl(channel, episode));
                // Atom requires <updated>; an undated episode falls back to the feed's time.
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(episode.Date ?? channel.Updated));
                if (episode.Date is { } date)
                    xml.WriteElementString("published", AtomNamespace, Rfc3339(date));
                WriteAtomLink(xml, EpisodeUrl(channel, episode), "alternate", "text/html");
                if (AudioUri(episode) is { } audio)
                    WriteAtomLink(xml, audio, "enclosure", "audio/mpeg");
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", episode.Podcast);
                xml.WriteAttributeString("label", episode.PodcastTitle ?? episode.Podcast);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Description(episode));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = false }))
        {
            xml.WriteStartDocument();
            body(new CleanTextXmlWriter(xml));
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteAtomLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // The episode view of this host's search page: the note's own path belongs to the show's site, not to this host (it answered 404).
    private static string EpisodeUrl(FeedChannel channel, EpisodeCard episode) =>
        new Uri(channel.SiteUrl, "?episode=" + Uri.EscapeDataString(episode.Id)).AbsoluteUri;

    // Only absolute http(s) audio URLs make a usable enclosure.
    private static string? AudioUri(EpisodeCard episode) =>
        Uri.TryCreate(episode.AudioUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string Description(EpisodeCard episode)
    {
        var people = episode.Guests.Count > 0 ? "With " + string.Join(", ", episode.Guests) + ". " : "";
        var show = (episode.PodcastTitle ?? episode.Podcast) + (episode.DateText is { } d ? ", " + d : "") + ". ";
        return show + people + (episode.Summary ?? "");
    }

    // Notes keep wall-clock times without a zone; feeds state them as UTC.
    private static string Rfc822(DateTime date) =>
        DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    private static string Rfc3339(DateTime date) =>
        DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
