namespace Analysis.Text;

/// <summary>
/// The dateline that opens a wire story's first paragraph: place names in capitals, optionally a region,
/// a date and the agency, then a dash ("WASHINGTON (AP) —", "CAIRO/ADDIS ABABA, June 13 (Nile News) —",
/// "BRUSSELS –"). It names where the story was filed, never a speaker or anyone's words.
/// </summary>
public static class Dateline
{
    private const int MaxTailTokens = 12;

    /// <summary>The first token after the dateline starting at <paramref name="first"/>, or <paramref name="first"/> when there is none.</summary>
    public static int End(TextLayout layout, int first, int end)
    {
        int j = first;
        while (j < end && (IsCapitalsWord(layout, j) || (j > first && layout.IsPunct(j, '/')))) j++;
        if (j == first) return first;
        // The tail holds only capitalised words, numbers and punctuation (a region, a date, an agency).
        for (int k = j; k < end && k < j + MaxTailTokens; k++)
        {
            var token = layout.Tokens[k];
            char c = layout.Text[token.Start];
            if (!token.IsWord && c is '-' or '\u2013' or '\u2014') return k + 1;
            if (token.IsWord ? char.IsLower(c) : c is not (',' or '(' or ')' or '/' or '.')) return first;
        }
        return first;
    }

    private static bool IsCapitalsWord(TextLayout layout, int t)
    {
        var token = layout.Tokens[t];
        if (!token.IsWord) return false;
        int letters = 0;
        foreach (char ch in layout.Text.AsSpan(token.Start, token.Length))
        {
            if (!char.IsLetter(ch)) continue;
            if (!char.IsUpper(ch)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
