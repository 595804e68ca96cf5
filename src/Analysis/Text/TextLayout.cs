using System.Runtime.InteropServices;

namespace Analysis.Text;

/// <summary>
/// The structure of one text, computed once and shared by every rule: paragraphs, double-quoted runs,
/// sentences, tokens, and which tokens stand inside quoted words. Each part is one linear pass.
/// </summary>
public sealed class TextLayout
{
    public string Text { get; }
    public List<TextSpan> Paragraphs { get; }
    public List<QuotedSpan> Quotes { get; }
    public List<Sentence> Sentences { get; }
    public List<Token> Tokens { get; }

    /// <summary>Index of each token's sentence.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Whether each token stands inside quoted words (a quote, or a block quote marked later).</summary>
    public bool[] Quoted { get; }

    public TextLayout(string text)
    {
        Text = text;
        // News prose averages about 5.4 characters a token and 130 a sentence: sized up front, the lists
        // are filled without the repeated grow-and-copy that otherwise costs a large share of the layout.
        Tokens = new List<Token>(text.Length / CharsPerTokenAtLeast + 8);
        Sentences = new List<Sentence>(text.Length / CharsPerSentenceAtLeast + 4);
        Paragraphs = ParagraphSegmenter.Split(text);
        Quotes = QuoteScanner.ScanAll(text, Paragraphs);
        var sentenceSpans = new List<TextSpan>();
        int q = 0;
        for (int p = 0; p < Paragraphs.Count; p++)
        {
            while (q < Quotes.Count && Quotes[q].Outer.Start < Paragraphs[p].Start) q++;
            sentenceSpans.Clear();
            SentenceSegmenter.Split(text, Paragraphs[p], Quotes, q, sentenceSpans);
            foreach (var span in sentenceSpans)
            {
                int first = Tokens.Count;
                WordTokenizer.Tokenize(text, span, Tokens);
                Sentences.Add(new Sentence(span, p, first, Tokens.Count));
            }
        }
        SentenceOf = new int[Tokens.Count];
        for (int s = 0; s < Sentences.Count; s++)
            for (int t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++) SentenceOf[t] = s;
        Quoted = new bool[Tokens.Count];
        int k = 0;
        foreach (var quote in Quotes)
        {
            while (k < Tokens.Count && Tokens[k].Start < quote.Inner.Start) k++;
            for (int t = k; t < Tokens.Count && Tokens[t].End <= quote.Inner.End; t++) Quoted[t] = true;
        }
    }

    private const int CharsPerTokenAtLeast = 5;
    private const int CharsPerSentenceAtLeast = 100;

    /// <summary>Marks every token inside <paramref name="span"/> as quoted (a block quote after a colon).</summary>
    public void MarkQuoted(TextSpan span)
    {
        for (int t = FirstTokenAtOrAfter(span.Start); t < Tokens.Count && Tokens[t].End <= span.End; t++) Quoted[t] = true;
    }

    /// <summary>The first token starting at or after <paramref name="position"/> (binary search).</summary>
    public int FirstTokenAtOrAfter(int position) =>
        SortedSearch.FirstAtOrAfter<Token, TokenStart>(CollectionsMarshal.AsSpan(Tokens), position);

    private readonly struct TokenStart : ISortKey<Token>
    {
        public static int Of(in Token item) => item.Start;
    }

    /// <summary>The quote whose marks enclose <paramref name="position"/>, if any (binary search).</summary>
    public QuotedSpan? QuoteAt(int position)
    {
        // Quotes are disjoint, so sorted by end too: the first ending after the position is the only candidate.
        int i = SortedSearch.FirstAtOrAfter<QuotedSpan, QuoteEnd>(CollectionsMarshal.AsSpan(Quotes), position + 1);
        return i < Quotes.Count && Quotes[i].Outer.Start <= position ? Quotes[i] : null;
    }

    private readonly struct QuoteEnd : ISortKey<QuotedSpan>
    {
        public static int Of(in QuotedSpan item) => item.Outer.End;
    }

    private string?[]? words;

    /// <summary>The token's text, made once per token: rules ask for the same words many times.</summary>
    public string Word(int token)
    {
        words ??= new string?[Tokens.Count];
        return words[token] ??= Tokens[token].Of(Text);
    }

    /// <summary>The token's text in place: for a first look-up that turns most tokens away without making their strings.</summary>
    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool IsWord(int token, string word) =>
        Tokens[token].IsWord && Text.AsSpan(Tokens[token].Start, Tokens[token].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int token, char c) => !Tokens[token].IsWord && Text[Tokens[token].Start] == c;
}
