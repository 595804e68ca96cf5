using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analysis.Text;

namespace Analysis.Dates;

/// <summary>
/// The sentences, paragraphs and quoted stretches of an article, computed once in one linear pass so the
/// timeline can ask "which sentence is this in", "is this inside quotation marks", "does this sentence
/// report speech". A paragraph is a line; a sentence ends at . ! ? (after any closing quote) followed by a
/// space and a capital, a digit or an opening quote, unless the word before the period is an abbreviation
/// ("Sept.", "Mr.", "U.S."); a sentence never crosses a line break.
/// </summary>
internal sealed partial class ArticleLayout
{
    private readonly string text;
    private readonly List<int> sentenceStarts;
    private readonly List<int> paragraphStarts;
    private readonly List<TextSpan> quoted;

    public ArticleLayout(string text)
    {
        this.text = text;
        // Sized for news prose (a sentence every hundred-odd characters, a paragraph or a quotation every few hundred),
        // so that the lists seldom grow: growing copies them, and a layout is built for every article.
        sentenceStarts = new List<int>(text.Length / 64 + 4) { 0 };
        paragraphStarts = new List<int>(text.Length / 128 + 4) { 0 };
        quoted = new List<TextSpan>(text.Length / 256 + 4);
        var quoteOpen = -1;
        var straightOpen = -1;
        for (var i = 0; i < text.Length; i++)
        {
            // Only line breaks, quotation marks and sentence ends matter: jump to the next one (a vectorised search).
            var mark = text.AsSpan(i).IndexOfAny(Marks);
            if (mark < 0) break;
            i += mark;
            var c = text[i];
            switch (c)
            {
                case '\n':
                    // Quotes do not run across paragraphs (an unclosed one is a typo, or a multi-paragraph quote we cannot pair).
                    quoteOpen = straightOpen = -1;
                    paragraphStarts.Add(i + 1);
                    sentenceStarts.Add(i + 1);
                    break;
                case '“':
                    quoteOpen = i;
                    break;
                case '”':
                    if (quoteOpen >= 0) quoted.Add(new TextSpan(quoteOpen, i + 1));
                    quoteOpen = -1;
                    break;
                case '"':
                    if (straightOpen < 0) straightOpen = i;
                    else
                    {
                        quoted.Add(new TextSpan(straightOpen, i + 1));
                        straightOpen = -1;
                    }
                    break;
                case '.' or '!' or '?':
                    if (EndsSentence(i) is { } next) sentenceStarts.Add(next);
                    break;
            }
        }
        quoted.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The sentence containing <paramref name="position"/>.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n“”\".!?");

    public TextSpan SentenceAt(int position)
    {
        var index = SentenceIndexAt(position);
        var end = index + 1 < sentenceStarts.Count ? sentenceStarts[index + 1] : text.Length;
        return new TextSpan(sentenceStarts[index], end);
    }

    /// <summary>How many sentences the text has: <see cref="SentenceIndexAt"/> runs from 0 to this minus one.</summary>
    public int SentenceCount => sentenceStarts.Count;

    /// <summary>The index (in text order) of the sentence containing <paramref name="position"/>: a key for per-sentence facts.</summary>
    public int SentenceIndexAt(int position) => IndexAtOrBefore(sentenceStarts, position);

    public TextSpan ParagraphAt(int position)
    {
        var index = IndexAtOrBefore(paragraphStarts, position);
        var end = index + 1 < paragraphStarts.Count ? paragraphStarts[index + 1] - 1 : text.Length;
        return new TextSpan(paragraphStarts[index], Math.Max(end, paragraphStarts[index]));
    }

    public bool IsQuoted(int position)
    {
        // Curly and straight quotes pair independently, so spans nest at most a level or two: check the last few starting at or before the position.
        var hi = SortedSearch.LastAtOrBefore<TextSpan, SpanStart>(CollectionsMarshal.AsSpan(quoted), position);
        for (var i = hi; i >= 0 && i >= hi - 3; i--)
            if (quoted[i].Contains(position)) return true;
        return false;
    }

    /// <summary>Whether the sentence at <paramref name="position"/> reports speech (said, told, briefing, tweeted...).</summary>
    public bool IsSpeechSentence(int position) => ReportsSpeech(SentenceAt(position));

    /// <summary>Whether the words of <paramref name="span"/> report speech.</summary>
    public bool ReportsSpeech(TextSpan span) => SpeechWord().IsMatch(text.AsSpan(span.Start, span.Length));

    /// <summary>
    /// Whether the sentence at <paramref name="position"/> narrates in the past tense without reporting speech
    /// ("Reilly finished with 27 saves."), unlike an introduction in the present ("she joins us now").
    /// </summary>
    public bool IsPastNarration(int position)
    {
        var sentence = SentenceAt(position);
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return PastTenseVerb().IsMatch(words) && !SpeechWord().IsMatch(words);
    }

    private int? EndsSentence(int period)
    {
        var i = period + 1;
        while (i < text.Length && text[i] is '"' or '”' or '’' or '\'' or ')' or ']') i++;
        if (i >= text.Length || text[i] is not (' ' or '\t' or '\u00a0')) return null;
        var next = i;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00a0') next++;
        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '(' or '[')) return null;
        if (text[period] == '.' && IsAbbreviation(period)) return null;
        return next;
    }

    private bool IsAbbreviation(int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text.AsSpan(start, period - start);
        return word.Length == 1 || word.Contains('.') || Abbreviations.Contains(word);
    }

    // The starts are strictly increasing and begin at 0.
    private static int IndexAtOrBefore(List<int> starts, int position) =>
        Math.Max(0, SortedSearch.LastAtOrBefore<int, OffsetKey>(CollectionsMarshal.AsSpan(starts), position));

    /// <summary>
    /// The words whose period ends no sentence, as written (case counts). A set looked up by span, not a regex: it is
    /// asked at every period of every article.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = WordSet.Exact(
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "St", "Jr", "Sr", "No", "vs", "etc",
        "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec").GetAlternateLookup<ReadOnlySpan<char>>();

    // A regular past (-ed on a stem of three letters or more) or a common irregular one.
    [GeneratedRegex(@"\b(?:\w{3,}ed|was|were|did|made|took|came|went|got|won|lost|beat|led|left|ran|saw|gave|held|kept|fell|threw|hit|broke|fought|caught|stood|sat|shot|struck|scored|drew|began|knew)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTenseVerb();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|spoke|speaking|speaks|stated|states|statement|announced|announces|confirmed|confirms|acknowledged|added|adds|tweeted|tweets|tweeting|wrote|writes|posted|briefing|press\s+conference|interview|remarks|comments|indicated|warned|warns|stressed|urged|urges|accused|accuses|explained|declared|noted|insisted|argued|claimed|reiterated|vowed|asked|answered|replied|responded|reporters|disclosed|let\s+reporters\s+know)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechWord();
}
