namespace PodSearch.Core.Embeddings;

/// <summary>
/// Words left out of the co-occurrence counts that domain vectors are learned from: function words and
/// the fillers of spoken transcripts (<c>yeah</c>, <c>gonna</c>), which co-occur with everything and
/// would otherwise dominate the counts. Passage vectors still see them, at the tiny SIF weight their
/// frequency earns.
/// </summary>
internal static class StopWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "getting", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might",
        "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
        "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
        "yourself", "yourselves", "dont", "im", "ive", "id", "youre", "youve", "theyre", "thats", "its", "isnt",
        "didnt", "doesnt", "wasnt", "cant", "wont", "weve", "were", "lets", "theres", "whats", "ill", "youll",
        "yeah", "yes", "yep", "okay", "ok", "oh", "um", "uh", "uhm", "hmm", "mm", "mhm", "ah", "like", "know",
        "think", "really", "gonna", "wanna", "kind", "sort", "thing", "things", "stuff", "right", "well", "actually",
        "basically", "lot", "lots", "mean", "going", "go", "say", "said", "saying", "says", "one", "two", "way",
        "something", "anything", "everything", "someone", "people", "guess", "pretty", "maybe", "sure", "little",
        "bit", "cool", "awesome", "great", "good", "yea", "hey", "hi", "laughs", "laughter", "crosstalk", "inaudible",
    };
}
