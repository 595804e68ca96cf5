using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Appeals: "urged homeowners to ...", "called on the CMA to ...", "appealed to both governments to ...", "pleaded with the
/// strikers to ...". What is reported is the one appealed to and the infinitive, so the words start at the appeal's object.
/// The "to" must follow a short object: "called on the minister at home" is a visit, "appealed to the Supreme Court" a
/// lawsuit, "called on Monday for calm" no appeal to anyone, and "urged patience" adds no claim.
/// </summary>
public static class Appeals
{
    private const int MaxObjectWords = 6;

    // "urged parents who are unsure of their children's records to call ...": a relative clause lengthens the object.
    private const int MaxObjectWordsWithRelative = 12;

    private static readonly FrozenSet<string> Urge = WordSet.Exact("urged", "urges", "urge");
    private static readonly FrozenSet<string> CallOn = WordSet.Exact("called", "calls");
    private static readonly FrozenSet<string> AppealTo = WordSet.Exact("appealed", "appeals");
    private static readonly FrozenSet<string> PleadWith = WordSet.Exact("pleaded", "pleads");
    private static readonly FrozenSet<string> Relatives = WordSet.Exact("who", "whose", "which", "that");
    private static readonly FrozenSet<string> Weekdays = WordSet.IgnoringCase("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>The words that open an appeal as a rule of its own (for the start-word gate); "urged" is an ordinary verb of saying.</summary>
    internal static readonly FrozenSet<string> OwnCueWords = WordSet.Exact("called", "calls", "appealed", "appeals", "pleaded", "pleads");

    /// <summary>The first token of the one appealed to by the appeal starting at <paramref name="t"/>, or -1 when it is no appeal.</summary>
    public static int ObjectStart(TextLayout layout, int t, int end)
    {
        if (!layout.Tokens[t].IsWord || layout.Quoted[t]) return -1;
        var word = layout.Word(t);
        bool urge = Urge.Contains(word);
        int from = urge ? t + 1
            : CallOn.Contains(word) && t + 1 < end && (layout.IsWord(t + 1, "on") || layout.IsWord(t + 1, "upon"))
              || AppealTo.Contains(word) && t + 1 < end && layout.IsWord(t + 1, "to")
              || PleadWith.Contains(word) && t + 1 < end && layout.IsWord(t + 1, "with") ? t + 2 : -1;
        if (from < 0 || from >= end || Weekdays.Contains(layout.Word(from))) return -1;
        int limit = MaxObjectWords;
        for (int j = from; j < end && j < from + limit; j++)
        {
            // ("urged both sides “to settle this ...”": the "to" may open the quoted words.)
            if (CueLexicon.IsOpeningQuote(layout, j) && j + 1 < end && layout.IsWord(j + 1, "to")) return j > from ? from : -1;
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return -1;
            // ("urged to keep talking", "urged that the talks resume": an appeal to no one named.)
            if (layout.IsWord(j, "to") || urge && layout.IsWord(j, "that") && j == from) return j > from || urge ? from : -1;
            if (j > from && Relatives.Contains(layout.Word(j))) limit = MaxObjectWordsWithRelative;
        }
        return -1;
    }
}
