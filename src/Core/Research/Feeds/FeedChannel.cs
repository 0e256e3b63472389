namespace PodSearch.Core.Research.Feeds;

/// <summary>
/// What a saved-search feed says about itself. <see cref="SiteUrl"/> is the absolute base that episode URL
/// paths are joined to; <see cref="SelfUrl"/> is the feed's own address (Atom requires both a stable id and a self link).
/// </summary>
public sealed record FeedChannel(string Title, string Description, Uri SiteUrl, Uri SelfUrl, DateTime Updated);
