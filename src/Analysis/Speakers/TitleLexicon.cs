using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

/// <summary>
/// Words that make up titles and descriptions of speakers: what may stand before a name ("Secretary of
/// State", "NATO chief", "department spokeswoman"), and the head nouns of descriptions ("a senior
/// administration official", "the secretary").
/// </summary>
public static class TitleLexicon
{
    private static FrozenSet<string> Set(params string[] words) => WordSet.IgnoringCase(words);

    /// <summary>Words that belong to a title or an organisation in front of a name, never to the name itself.</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "President", "Vice", "Secretary", "Councillor", "Councilor", "Councilman", "Councilwoman", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor",
        "Ambassador", "Minister", "Prime", "Foreign", "Defense", "Defence", "Deputy", "Chief", "General", "Gen.",
        "Director", "Chairman", "Chairwoman", "Chair", "Commander", "Adm.", "Admiral", "Lt.", "Col.", "Col", "Maj.",
        "Capt.", "Sgt.", "Special", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Speaker", "Leader",
        "Chancellor", "King", "Queen", "Prince", "Crown", "Judge", "Justice", "Attorney", "Press", "Senior",
        "Former", "Acting", "Assistant", "Under", "National", "Security", "Adviser", "Advisor", "Negotiator",
        "Department", "Ministry", "State", "Treasury", "Homeland", "Intelligence", "Staff", "Policy", "Affairs",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Rev.", "Sir", "Dame", "Lord", "Lady",
        "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "negotiator", "envoy", "minister",
        "secretary", "president", "ambassador", "director", "official", "former", "senator", "lawyer", "adviser",
        "advisor", "aide", "commander", "chairman", "analyst", "diplomat", "general", "governor", "mayor", "judge",
        "professor", "economist", "researcher", "expert", "founder", "executive", "CEO", "candidate", "defector",
        // occupations written in lower case before a name ("coach Dave Brennan", "Park ranger Ana Ruiz")
        "coach", "manager", "captain", "forward", "defenseman", "defender", "goalie", "goalkeeper", "winger", "striker",
        "midfielder", "quarterback", "pitcher", "referee", "ranger", "detective", "sergeant", "trooper", "sheriff",
        "firefighter", "commissioner", "superintendent", "inspector", "councilman", "councilwoman", "councillor",
        "treasurer", "organizer", "organiser", "coordinator", "administrator", "historian", "scientist", "physician",
        "pilot", "mechanic", "nurse", "teacher", "farmer", "driver", "engineer", "paramedic", "surgeon", "pastor", "priest",
        "Superintendent", "Inspector", "Commissioner", "Sheriff", "Detective", "Sergeant", "Constable", "Coach", "Officer",
        // organisations and nationalities that qualify a title
        "U.S.", "US", "UN", "U.N.", "NATO", "CIA", "FBI", "EU", "NSA", "White", "House", "Pentagon", "Kremlin",
        "American", "North", "South", "Korean", "Chinese", "Japanese", "Russian", "British", "French", "German",
        "Iranian", "Israeli", "Ukrainian", "Syrian", "Turkish", "Indian", "Canadian", "Australian", "European",
        "Democratic", "Republican", "Democrat", "Labour", "Conservative", "Communist", "Party", "Nations", "United",
        "Kingdom", "States", "Office", "Council", "Committee", "Senate", "Congress", "Congressional", "Federal",
        "Assemblymember", "Assemblyman", "Assemblywoman", "Congressman", "Congresswoman", "Rev", "Reverend", "Alderman", "Selectman");

    private static readonly FrozenSet<string> MaleTitles = WordSet.Exact(
        "Mr.", "Mr", "Sir", "Lord", "King", "Prince", "Congressman", "Councilman", "Assemblyman", "Chairman", "Spokesman", "Alderman", "Selectman");

    private static readonly FrozenSet<string> FemaleTitles = WordSet.Exact(
        "Mrs.", "Ms.", "Mrs", "Ms", "Dame", "Lady", "Queen", "Princess", "Congresswoman", "Councilwoman", "Assemblywoman", "Chairwoman", "Spokeswoman");

    /// <summary>The sex a name's titles give ("Mr", "Congresswoman Ana Beltran"), for "he" and "she" later; unknown when none does.</summary>
    public static Gender GenderOfTitle(ReadOnlySpan<string> titles)
    {
        foreach (var title in titles)
        {
            if (MaleTitles.Contains(title)) return Gender.Male;
            if (FemaleTitles.Contains(title)) return Gender.Female;
        }
        return Gender.Unknown;
    }

    /// <summary>Honorifics: part of a mention, not of its role.</summary>
    public static readonly FrozenSet<string> Honorifics = Set("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame");

    /// <summary>Head nouns of unnamed sources, whose label stays the speaker's name ("senior administration official").</summary>
    public static readonly FrozenSet<string> AnonymousHeads = Set(
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
        "diplomat", "diplomats", "officer", "adviser", "advisor", "insider", "staffer", "representative",
        // "three people familiar with the matter", "a person briefed on the discussions"
        "person", "people");

    /// <summary>
    /// Words that open a short phrase after an unnamed source which belongs to its label: "people familiar with
    /// the matter", "a person briefed on the talks", "a diplomat involved in the preparations".
    /// </summary>
    public static readonly FrozenSet<string> SourcePostmodifiers = Set("involved", "familiar", "close", "briefed", "knowledgeable", "based");

    /// <summary>
    /// Lower-case nouns that, after "the", refer back to an organisation named earlier ("the company said", "the
    /// commission said in a statement"), or after a possessive name make one ("Ostrowski's campaign said").
    /// </summary>
    public static readonly FrozenSet<string> OrganisationReferents = Set(
        "company", "firm", "commission", "ministry", "campaign", "agency", "department", "government", "union",
        "council", "committee", "authority", "league", "group", "party", "office", "airline", "carrier", "bank",
        "club", "team", "organization", "organisation", "association", "foundation", "network", "board", "court", "cooperative",
        "embassy", "mission", "administration", "military", "police", "retailer", "manufacturer", "automaker", "insurer", "operator", "service", "federation", "coalition", "alliance",
        "museum", "secretariat", "regulator", "watchdog", "guard");

    /// <summary>Referents that stand for a business, so that "the company" may also be a name never called one ("Network Rail").</summary>
    public static readonly FrozenSet<string> BusinessReferents = Set(
        "company", "firm", "airline", "carrier", "retailer", "manufacturer", "automaker", "insurer", "bank", "group", "cooperative", "operator");

    /// <summary>Head nouns of descriptions of people: "the secretary", "a high-ranking defector".</summary>
    public static readonly FrozenSet<string> PersonHeads = Set(
        "secretary", "president", "minister", "ambassador", "envoy", "negotiator", "defector", "lawyer", "attorney",
        "analyst", "expert", "commander", "general", "leader", "chief", "director", "chairman", "chairwoman", "senator",
        "governor", "mayor", "judge", "professor", "economist", "researcher", "witness", "resident", "activist",
        "spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king", "queen", "congressman",
        "congresswoman", "lawmaker", "prosecutor", "scientist", "doctor", "executive", "founder", "candidate", "manager",
        "head", "officer", "correspondent", "editor", "campaigner", "organiser", "organizer", "chair", "nominee", "lecturer",
        "coach", "captain", "player", "student", "teacher", "nurse", "farmer", "worker", "owner", "employee", "volunteer",
        "protester", "voter", "commissioner", "superintendent", "sheriff", "detective", "historian", "physician", "convener",
        "coordinator", "administrator", "treasurer", "ranger", "sergeant", "trooper", "inspector", "firefighter", "councillor",
        "councilman", "councilwoman", "pilot", "mechanic", "driver", "engineer", "paramedic", "surgeon", "pastor", "priest", "referee",
        "attendant", "member", "strategist", "MP", "MEP", "juror", "newsreader", "widow", "widower", "veteran");

    /// <summary>The plurals of the heads of unnamed sources and of descriptions of people: "officials", "advisers", "ministers".</summary>
    public static readonly FrozenSet<string> PluralHeads = Set([.. AnonymousHeads.Select(head => head + "s"), .. PersonHeads.Select(head => head + "s")]);

    /// <summary>A plural head of a group of speakers: "officials", "sources", "leaders", "ministers".</summary>
    public static bool IsPluralHead(string word) => word.Length > 3 && word[^1] == 's' && char.IsLower(word[0]) && PluralHeads.Contains(word);

    /// <summary>Abbreviated titles and the noun a later description uses ("Gov. Dana Ruiz" … "the governor").</summary>
    public static readonly FrozenDictionary<string, string> Abbreviated = new Dictionary<string, string>
    {
        ["Gov."] = "governor", ["Sen."] = "senator", ["Rep."] = "representative", ["Gen."] = "general", ["Adm."] = "admiral",
        ["Col."] = "colonel", ["Capt."] = "captain", ["Prof."] = "professor", ["Amb."] = "ambassador", ["Lt."] = "lieutenant",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Head words of institutions: "the State Department", "the Foreign Ministry", "the Pentagon".</summary>
    public static readonly FrozenSet<string> InstitutionHeads = Set(
        "Department", "Ministry", "Pentagon", "Kremlin", "House", "Agency", "Government", "government", "Embassy",
        "Mission", "Council", "Committee", "Commission", "Office", "Court", "Chamber", "Police", "Army", "Navy", "Military",
        "Bank", "Fund", "Party", "Organization", "Organisation", "Union", "Association", "Institute", "Center",
        "Centre", "Company", "Corporation", "University", "Service", "Board", "Authority", "Administration", "Museum", "Secretariat", "KCNA", "NATO",
        // the last word of movement names ("Civil Human Rights Front") and of company names (below)
        "Federation", "Alliance", "Coalition", "Society", "Front", "Movement", "Network", "Foundation", "League",
        "Foods", "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Group", "Holdings", "Airlines",
        "Airways", "Motors", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Partners", "Cooperative");

    /// <summary>Referents of a government agency: "the agency", "the regulator" may mean an agency whose name holds neither word.</summary>
    public static readonly FrozenSet<string> AgencyReferents = Set("agency", "regulator", "watchdog");

    /// <summary>The last word of a government agency's name: "Food and Drug Administration", "Environment Agency".</summary>
    public static readonly FrozenSet<string> AgencyHeads = Set(
        "Administration", "Agency", "Authority", "Commission", "Service", "Office", "Bureau", "Department", "Ministry", "Inspectorate", "Board");

    /// <summary>Heads of organisations that are no business: "the company" never means the "RMT union" or a "Foreign Ministry".</summary>
    public static readonly FrozenSet<string> PublicBodyHeads = Set(
        "Union", "Party", "Ministry", "Department", "Council", "Committee", "Commission", "Government", "Police", "Army", "Navy",
        "Military", "Court", "Embassy", "Mission", "Office", "Agency", "Service", "Authority", "Administration", "Front", "Movement", "Coalition",
        "Alliance", "League", "Federation", "Association", "Society", "University", "Pentagon", "Kremlin", "House", "NATO", "KCNA");

    /// <summary>The last word of a business's name: "Harmon Valley Foods", "Kestrel Mills Group" are what "the company" means.</summary>
    public static readonly FrozenSet<string> CompanySuffixes = Set(
        "Company", "Corporation", "Foods", "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Group",
        "Holdings", "Airlines", "Airways", "Motors", "Industries", "Technologies", "Systems", "Pharmaceuticals", "Partners", "Cooperative");

    /// <summary>
    /// A company's legal form after its name ("Calder Foods Ltd", "Brightwater Dairies Inc."): the registry's wording, dropped
    /// once the story goes on to use a shorter name ("Calder said"). "Co." and "Corp." are left: they often are part of it.
    /// </summary>
    public static readonly FrozenSet<string> LegalForms = WordSet.Exact(
        "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "PLC", "plc", "Plc", "GmbH", "AG", "N.V.", "S.A.", "Pty");

    /// <summary>Lower-case words allowed between the article and the head of a description.</summary>
    public static readonly FrozenSet<string> DescriptionModifiers = Set(
        "senior", "high-ranking", "top", "former", "administration", "government", "military", "department",
        "intelligence", "foreign", "defense", "defence", "ministry", "embassy", "state", "white", "house", "congressional",
        "campaign", "party", "police", "security", "diplomatic", "chief", "deputy", "second", "third", "another",
        "other", "veteran", "retired", "anonymous", "unnamed", "local", "regional", "federal", "national", "prominent",
        "leading", "key", "one", "two", "three", "several", "press", "spokes", "trade", "nuclear", "legal");

    /// <summary>Prepositions that attach an organisation to an unnamed source: "a spokesman for the ... mission".</summary>
    public static readonly FrozenSet<string> SourcePrepositions = Set("for", "of", "at", "with", "in", "to");
}
