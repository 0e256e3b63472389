namespace PodSearch.Core.Notes;

/// <summary>What a labelled part of a note body holds.</summary>
internal enum SectionKind
{
    /// <summary>Before any label, or under a heading that is not a known label (topics, discussion).</summary>
    Body,
    Hosts,
    Guests,
    Sponsors,
    Summary,
    Links,
    Picks,
    Transcript,
    /// <summary>Labels whose content is none of the above ("Next Week", "Book Club", "Discussion").</summary>
    Other,
}
