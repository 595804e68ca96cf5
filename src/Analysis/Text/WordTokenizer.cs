namespace Analysis.Text;

/// <summary>Splits a range of text into words and punctuation marks (whitespace dropped). Linear.</summary>
public static class WordTokenizer
{
    public static void Tokenize(string text, TextSpan range, List<Token> into)
    {
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) { into.Add(new Token(i, i + 1, IsWord: false)); i++; continue; }
            int start = i;
            i++;
            while (i < range.End)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                // Keep a joiner inside a word when a letter or digit follows it: U.S, don’t, high-ranking.
                if (text[i] is '.' or '\'' or '\u2019' or '-' && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
            // ("D-St. Louis", "R-Ft. Worth": the abbreviation is the part after the hyphen.)
            if (i < range.End && text[i] == '.' && Abbreviations.IsAbbreviation(AfterLastHyphen(text.AsSpan(start, i - start))))
                i++;
            into.Add(new Token(start, i, IsWord: true));
        }
    }

    private static ReadOnlySpan<char> AfterLastHyphen(ReadOnlySpan<char> word) => word[(word.LastIndexOf('-') + 1)..];
}
