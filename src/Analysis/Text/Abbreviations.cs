using System.Collections.Frozen;

namespace Analysis.Text;

/// <summary>
/// Words whose trailing period is not a sentence end: titles before names, month and weekday
/// abbreviations, corporate suffixes; also any dotted initialism ("U.S.", "a.m.") and single initials.
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenSet<string> Known = WordSet.IgnoringCase(
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj",
        "Prof", "St", "Jr", "Sr", "Rev", "Hon", "Pres", "Amb", "Dept", "Atty", "Supt", "Cmdr",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Co", "Ltd", "No", "Nos", "vs", "approx", "est", "Mt", "Ft");

    // US states as news style writes them after a city ("Portland, Ore., whose ..."); capitalised only.
    private static readonly FrozenSet<string> States = WordSet.Exact(
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    // Made once: a frozen set's span look-up is costly to obtain, and every word before a period asks.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatesBySpan = States.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word (without its final period) is an abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (StatesBySpan.Contains(word)) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;   // an initial: "John F. Kennedy"
        if (word.Contains('.')) return true;                           // "U.S", "a.m"
        return KnownBySpan.Contains(word);
    }
}
