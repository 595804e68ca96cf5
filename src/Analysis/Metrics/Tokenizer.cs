using System.Collections.Frozen;
using System.Text;

namespace Analysis.Metrics;

/// <summary>
/// The words of a quote, for lexical comparisons (<see cref="JensenShannon"/>). A word is a maximal run of
/// letters and digits, with inner apostrophes and hyphens kept ("don't", "north-korean"); it is lower-cased
/// (invariant culture), curly apostrophes become straight, and a possessive "'s" is dropped. Words of one
/// character, pure numbers and the English function words in <see cref="Stopwords"/> are removed, so the
/// comparison reflects what speakers talk about rather than how often they say "the".
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions): a short list in
    /// the spirit of the classic SMART/NLTK lists. Negations ("not", "no", "never") are deliberately kept:
    /// they carry stance.
    /// </summary>
    public static FrozenSet<string> Stopwords { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "at", "by", "for", "with",
        "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
        "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "once", "here",
        "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other",
        "some", "such", "only", "own", "same", "too", "very", "can", "will", "just", "should", "would", "could",
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "he",
        "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is",
        "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
        "i'm", "it's", "we're", "they're", "you're", "he's", "she's", "that's", "there's", "i've", "we've",
        "i'll", "we'll", "also", "because", "until", "while", "said", "says", "say",
    ], StringComparer.Ordinal);

    /// <summary>The content words of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            var joiner = c is '\'' or '’' or '-';
            if (joiner && word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                word.Append(c == '-' ? '-' : '\'');
                continue;
            }
            if (word.Length == 0) continue;
            var token = word.ToString();
            word.Clear();
            if (token.EndsWith("'s", StringComparison.Ordinal) && !Stopwords.Contains(token)) token = token[..^2];
            if (token.Length > 1 && !Stopwords.Contains(token) && !token.All(char.IsDigit)) yield return token;
        }
    }
}
