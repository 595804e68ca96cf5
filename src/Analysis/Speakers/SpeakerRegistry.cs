using System.Collections.Frozen;
using System.Text;
using Analysis.Text;

namespace Analysis.Speakers;

/// <summary>
/// A small registry of public figures and institutions. It only helps: a surname alone resolves to the
/// full name ("Trump" → "Donald Trump" even when the article never spells it out), and a speaker the text
/// gives no title for still gets a role and camp. Speakers it has never heard of are attributed from the
/// article's own words; nothing here is needed for that.
/// </summary>
public static class SpeakerRegistry
{
    private const Gender M = Gender.Male, F = Gender.Female;

    public static IReadOnlyList<PublicFigure> Figures { get; } =
    [
        // United States
        new("Donald Trump", ["Trump", "Donald J. Trump"], "US President", "White House", M),
        new("Mike Pence", ["Pence"], "US Vice President", "White House", M),
        new("Barack Obama", ["Obama"], "US President", "White House", M),
        new("Joe Biden", ["Biden"], "US President", "White House", M),
        new("Kamala Harris", [], "US Vice President", "White House", F),
        new("George W. Bush", [], "US President", "White House", M),
        new("Hillary Clinton", [], "US Secretary of State", "State Department", F),
        new("Rex Tillerson", ["Tillerson"], "US Secretary of State", "State Department", M),
        new("Mike Pompeo", ["Pompeo"], "US Secretary of State", "State Department", M),
        new("Antony Blinken", ["Blinken"], "US Secretary of State", "State Department", M),
        new("Marco Rubio", ["Rubio"], "US Secretary of State", "State Department", M),
        new("Heather Nauert", ["Nauert"], "State Department spokeswoman", "State Department", F),
        new("James Mattis", ["Mattis", "Jim Mattis"], "US Secretary of Defense", "Pentagon", M),
        new("Lloyd Austin", [], "US Secretary of Defense", "Pentagon", M),
        new("Steven Mnuchin", ["Mnuchin"], "US Secretary of the Treasury", "Treasury", M),
        new("Nikki Haley", ["Haley"], "US Ambassador to the United Nations", "United Nations", F),
        new("John Kelly", [], "White House Chief of Staff", "White House", M),
        new("H.R. McMaster", ["McMaster"], "US National Security Adviser", "White House", M),
        new("John Bolton", ["Bolton"], "US National Security Adviser", "White House", M),
        new("Sarah Huckabee Sanders", ["Sarah Sanders"], "White House Press Secretary", "White House", F),
        new("Sean Spicer", ["Spicer"], "White House Press Secretary", "White House", M),
        // Asia
        new("Kim Jong Un", ["Kim Jong-un", "Kim Jong-Un"], "North Korean leader", "North Korea", M),
        new("Kim Yo Jong", ["Kim Yo-jong"], "North Korean official", "North Korea", F),
        new("Ri Yong Ho", ["Ri Yong-ho"], "North Korean Foreign Minister", "North Korea", M),
        new("Moon Jae-in", ["Moon Jae In"], "South Korean President", "South Korea", M),
        new("Xi Jinping", ["Xi"], "Chinese President", "China", M),
        new("Wang Yi", [], "Chinese Foreign Minister", "China", M),
        new("Shinzo Abe", ["Abe"], "Japanese Prime Minister", "Japan", M),
        new("Narendra Modi", ["Modi"], "Indian Prime Minister", "India", M),
        // Europe and elsewhere
        new("Vladimir Putin", ["Putin"], "Russian President", "Russia", M),
        new("Sergei Lavrov", ["Lavrov"], "Russian Foreign Minister", "Russia", M),
        new("Volodymyr Zelensky", ["Zelensky", "Zelenskyy"], "Ukrainian President", "Ukraine", M),
        new("Jens Stoltenberg", ["Stoltenberg"], "NATO Secretary General", "NATO", M),
        new("Antonio Guterres", ["Guterres", "António Guterres"], "UN Secretary-General", "United Nations", M),
        new("Angela Merkel", ["Merkel"], "German Chancellor", "Germany", F),
        new("Emmanuel Macron", ["Macron"], "French President", "France", M),
        new("Theresa May", [], "British Prime Minister", "United Kingdom", F),
        new("Boris Johnson", [], "British Prime Minister", "United Kingdom", M),
        new("Justin Trudeau", ["Trudeau"], "Canadian Prime Minister", "Canada", M),
        new("Benjamin Netanyahu", ["Netanyahu"], "Israeli Prime Minister", "Israel", M),
        new("Recep Tayyip Erdogan", ["Erdogan"], "Turkish President", "Turkey", M),
        new("Hassan Rouhani", ["Rouhani"], "Iranian President", "Iran", M),
        new("Pope Francis", [], "Pope", "Vatican", M),
        // Institutions that speak as such
        new("US State Department", ["State Department", "Department of State", "U.S. Department of State", "US Department of State", "U.S. State Department"], "US State Department", "State Department", Gender.Unknown, SpeakerKind.Institution),
        new("Pentagon", ["Defense Department", "Department of Defense", "U.S. Department of Defense", "US Defense Department"], "US Department of Defense", "Pentagon", Gender.Unknown, SpeakerKind.Institution),
        new("White House", [], "US presidency", "White House", Gender.Unknown, SpeakerKind.Institution),
        new("KCNA", ["Korean Central News Agency"], "North Korean state media", "North Korea", Gender.Unknown, SpeakerKind.Institution),
        new("Kremlin", [], "Russian presidency", "Russia", Gender.Unknown, SpeakerKind.Institution),
        new("NATO", [], "North Atlantic Treaty Organization", "NATO", Gender.Unknown, SpeakerKind.Institution),
    ];

    // Frozen: built once, then looked up for every capitalised run in every article.
    private static readonly FrozenDictionary<string, PublicFigure> ByName = BuildIndex().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, PublicFigure> BuildIndex()
    {
        var index = new Dictionary<string, PublicFigure>(StringComparer.OrdinalIgnoreCase);
        foreach (var figure in Figures)
        {
            // First entry wins, so a person's main role is the one kept.
            index.TryAdd(Normalize(figure.Name), figure);
            foreach (var alias in figure.Aliases) index.TryAdd(Normalize(alias), figure);
        }
        return index;
    }

    /// <summary>The names as an ASCII name can match them (see <see cref="WordSet.AsciiForm"/>: "António Guterres" is an alias).</summary>
    private static readonly FrozenDictionary<string, PublicFigure> ByAsciiName = ByName
        .Select(entry => (Name: WordSet.AsciiForm(entry.Key), Figure: entry.Value))
        .Where(entry => entry.Name is not null)
        .ToFrozenDictionary(entry => entry.Name!, entry => entry.Figure, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, PublicFigure>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, PublicFigure>.AlternateLookup<ReadOnlySpan<char>> ByAsciiNameSpan = ByAsciiName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The figure called <paramref name="name"/> (full name or alias; "U.S."/"US" and curly apostrophes folded).</summary>
    public static PublicFigure? Find(string name)
    {
        var normalized = Normalize(name);
        return (Ascii.IsValid(normalized) ? ByAsciiName : ByName).GetValueOrDefault(normalized);
    }

    /// <summary>Whether <paramref name="name"/> is a figure's name, read in place (as <see cref="Find"/> reads it).</summary>
    public static bool Knows(ReadOnlySpan<char> name) =>
        name.ContainsAny('.', '\u2019') ? Find(name.ToString()) is not null
        : Ascii.IsValid(name) ? ByAsciiNameSpan.ContainsKey(name) : ByNameSpan.ContainsKey(name);

    private static string Normalize(string name) =>
        name.Contains('.') || name.Contains('\u2019') ? name.Replace("U.S.", "US").Replace('\u2019', '\'') : name;
}
