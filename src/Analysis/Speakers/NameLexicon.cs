using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

/// <summary>
/// What tells a name from other capitalised words: sentence openers that are never names, places that speak
/// only as governments, and common first names that give a pronoun's gender.
/// </summary>
public static class NameLexicon
{
    private static FrozenSet<string> Set(params string[] words) => WordSet.IgnoringCase(words);

    /// <summary>Capitalised words that open sentences or headlines but never start a name.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "Without",
        "When", "While", "After", "Before", "Following", "Yesterday", "Today", "Tomorrow", "Tonight", "Then", "But",
        "And", "Or", "So", "Yet", "If", "As", "Since", "Although", "Though", "Because", "Until", "Once", "Despite",
        "He", "She", "It", "We", "They", "I", "You", "His", "Her", "Their", "Our", "Its", "My", "Your", "There",
        "Here", "What", "Who", "Why", "How", "Where", "Which", "Asked", "Speaking", "According", "Among", "Also",
        "However", "Meanwhile", "Still", "Now", "Later", "Earlier", "Last", "Next", "Some", "Many", "Most", "Several",
        "All", "Both", "Each", "Every", "Another", "Other", "No", "Not", "Just", "Even", "Only", "Much", "More",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.",
        "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Image", "Photo", "Related", "Source", "Reporting", "Editing",
        "Exclusive", "Update", "Read", "Watch", "Click", "Share", "Comments", "Link", "Posted", "Quote", "Twelve",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
        "Nearly", "About", "Almost", "Around", "Roughly", "Fewer", "Less", "Over", "Under", "Instead", "Asked", "Inside", "Outside");

    /// <summary>Countries and capitals: they speak for governments ("Pyongyang said") but are never "he" or "she".</summary>
    public static readonly FrozenSet<string> Places = Set(
        "US", "U.S.", "USA", "America", "United States", "UK", "U.K.", "United Kingdom", "Washington", "North Korea", "South Korea", "Korea",
        "Pyongyang", "Seoul", "China", "Beijing", "Japan", "Tokyo", "Russia", "Moscow", "Britain", "London",
        "France", "Paris", "Germany", "Berlin", "Iran", "Tehran", "Israel", "Jerusalem", "Syria", "Damascus",
        "Ukraine", "Kyiv", "Kiev", "India", "New Delhi", "Pakistan", "Turkey", "Ankara", "Canada", "Ottawa", "Mexico",
        "Brussels", "Europe", "Asia", "Africa", "Guam", "Taiwan", "Taipei", "Hong Kong", "Vietnam", "Iraq", "Baghdad",
        "Afghanistan", "Kabul", "Saudi Arabia", "Riyadh", "Egypt", "Cairo", "Cuba", "Havana", "Venezuela", "Brazil",
        "Australia", "Canberra", "New York", "Geneva", "Singapore", "Hanoi", "DPRK", "Gaza", "Lebanon", "Beirut",
        "Qatar", "Doha", "Italy", "Rome", "Spain", "Madrid", "Poland", "Warsaw", "Sweden", "Norway", "Connecticut",
        "Ethiopia", "Addis Ababa", "Sudan", "Khartoum", "Belarus", "Minsk", "Georgia", "Tbilisi", "Philippines", "Manila",
        "Indonesia", "Jakarta", "Thailand", "Bangkok", "Myanmar", "Libya", "Tripoli", "Yemen", "Sanaa", "Islamabad", "Caracas",
        "Kenya", "Nairobi", "Nigeria", "Abuja", "Bangladesh", "Dhaka", "Nepal", "Kathmandu", "Colombia", "Bogota",
        "Lithuania", "Vilnius", "Latvia", "Riga", "Estonia", "Tallinn", "Finland", "Helsinki", "Denmark", "Copenhagen", "Netherlands",
        "Belgium", "Austria", "Vienna", "Switzerland", "Greece", "Athens", "Portugal", "Lisbon", "Ireland", "Hungary", "Budapest",
        "Czech Republic", "Prague", "Romania", "Bucharest", "Bulgaria", "Serbia", "Belgrade", "Croatia", "Moldova", "Armenia", "Azerbaijan",
        "Kazakhstan", "Uganda", "Kampala", "Tanzania", "Somalia", "Mogadishu", "South Africa", "Pretoria", "New Zealand", "Chile", "Argentina", "Peru",
        // US states of two words, whose first ("South", "New") would otherwise be read as a title or leave a half name
        "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia", "New Hampshire", "New Jersey", "New Mexico", "Rhode Island");

    /// <summary>
    /// Nationalities, regions and faiths as adjectives ("Cambodian", "Methodist"): capitalised, but alone they describe someone
    /// ("his Cambodian counterpart") and name no speaker.
    /// </summary>
    public static readonly FrozenSet<string> Adjectives = WordSet.Exact(
        "American", "British", "English", "Scottish", "Welsh", "Irish", "Canadian", "Mexican", "Cuban", "Brazilian", "Argentine",
        "Argentinian", "Chilean", "Colombian", "Venezuelan", "Peruvian", "Chinese", "Japanese", "Korean", "Taiwanese", "Vietnamese",
        "Cambodian", "Thai", "Laotian", "Burmese", "Malaysian", "Indonesian", "Filipino", "Singaporean", "Indian", "Pakistani",
        "Afghan", "Bangladeshi", "Nepali", "Nepalese", "Russian", "Ukrainian", "Belarusian", "Polish", "Lithuanian", "Latvian",
        "Estonian", "Finnish", "Swedish", "Norwegian", "Danish", "Dutch", "Belgian", "French", "German", "Swiss", "Austrian",
        "Italian", "Spanish", "Portuguese", "Greek", "Cypriot", "Turkish", "Hungarian", "Czech", "Slovak", "Romanian",
        "Bulgarian", "Serbian", "Croatian", "Bosnian", "Albanian", "Georgian", "Armenian", "Azerbaijani", "Kazakh", "Uzbek",
        "Kyrgyz", "Tajik", "Mongolian", "Iranian", "Iraqi", "Syrian", "Lebanese", "Jordanian", "Israeli", "Palestinian", "Saudi",
        "Emirati", "Qatari", "Kuwaiti", "Yemeni", "Omani", "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Sudanese",
        "Ethiopian", "Eritrean", "Somali", "Kenyan", "Ugandan", "Tanzanian", "Nigerian", "Ghanaian", "Australian", "Fijian",
        "Samoan", "Tongan", "European", "Asian", "African", "Arab", "Kurdish", "Western", "Eastern", "Northern", "Southern",
        "Methodist", "Catholic", "Anglican", "Baptist", "Presbyterian", "Lutheran", "Protestant", "Orthodox", "Muslim", "Jewish",
        "Christian", "Buddhist", "Hindu", "Sikh", "Sunni", "Shia", "Shiite");

    // One-word US states (the two-word ones are in Places): "Michigan Secretary of State" is a state's officer.
    private static readonly FrozenSet<string> UsStates = WordSet.Exact(
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Carolina", "Dakota", "Hampshire",
        "Jersey", "Mexico", "Island");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsStatesBySpan = UsStates.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a US state's name, or the last word of one ("Carolina").</summary>
    public static bool IsUsState(ReadOnlySpan<char> word) => UsStatesBySpan.Contains(word);

    private static readonly FrozenDictionary<string, string> CapitalCountries = new Dictionary<string, string>
    {
        ["Beijing"] = "China", ["Pyongyang"] = "North Korea", ["Seoul"] = "South Korea", ["Moscow"] = "Russia", ["Tehran"] = "Iran",
        ["Tokyo"] = "Japan", ["Kyiv"] = "Ukraine", ["Kiev"] = "Ukraine", ["New Delhi"] = "India", ["Islamabad"] = "Pakistan",
        ["Ankara"] = "Turkey", ["Cairo"] = "Egypt", ["Damascus"] = "Syria", ["Baghdad"] = "Iraq", ["Kabul"] = "Afghanistan",
        ["Riyadh"] = "Saudi Arabia", ["Havana"] = "Cuba", ["Caracas"] = "Venezuela", ["Taipei"] = "Taiwan", ["Hanoi"] = "Vietnam",
        ["Ottawa"] = "Canada", ["Canberra"] = "Australia", ["Paris"] = "France", ["Berlin"] = "Germany", ["Rome"] = "Italy",
        ["Madrid"] = "Spain", ["Warsaw"] = "Poland", ["Addis Ababa"] = "Ethiopia", ["Khartoum"] = "Sudan", ["Doha"] = "Qatar",
        ["Beirut"] = "Lebanon", ["Jerusalem"] = "Israel", ["Minsk"] = "Belarus", ["Tbilisi"] = "Georgia", ["Manila"] = "Philippines",
        ["Jakarta"] = "Indonesia", ["Bangkok"] = "Thailand", ["Naypyidaw"] = "Myanmar", ["Tripoli"] = "Libya", ["Sanaa"] = "Yemen",
        ["Nairobi"] = "Kenya", ["Abuja"] = "Nigeria", ["Dhaka"] = "Bangladesh", ["Kathmandu"] = "Nepal", ["Bogota"] = "Colombia",
        ["Vilnius"] = "Lithuania", ["Riga"] = "Latvia", ["Tallinn"] = "Estonia", ["Helsinki"] = "Finland", ["Copenhagen"] = "Denmark",
        ["Vienna"] = "Austria", ["Athens"] = "Greece", ["Lisbon"] = "Portugal", ["Budapest"] = "Hungary", ["Prague"] = "Czech Republic",
        ["Bucharest"] = "Romania", ["Belgrade"] = "Serbia", ["Kampala"] = "Uganda", ["Mogadishu"] = "Somalia",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The country a capital speaks for when it is the subject of a report ("Beijing said" is China's government),
    /// or null. Washington and London are left alone: they also name people and are often the story's dateline.
    /// </summary>
    public static string? CountryOfCapital(string name) => CapitalCountries.GetValueOrDefault(name);

    /// <summary>News outlets and platforms: named in cues ("said on Twitter", "told CNN"), never "he" or "she".</summary>
    public static readonly FrozenSet<string> MediaAndPlatforms = Set(
        "Twitter", "X", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "Truth Social", "Weibo", "CNN", "Fox",
        "Fox News", "BBC", "Reuters", "AP", "AFP", "NBC", "CBS", "ABC", "MSNBC", "NPR", "Bloomberg", "Xinhua", "Yonhap",
        "Al Jazeera", "Politico", "Axios");

    private static readonly FrozenSet<string> OutletWords = Set("News", "Times", "Post", "Journal", "Herald", "Gazette", "Telegraph", "Tribune", "Daily", "TV", "Radio", "Television");

    /// <summary>Whether the name is a news outlet or platform ("Reuters", "Sky News", "The Washington Post"), or one of its stations ("BBC Radio Northampton").</summary>
    public static bool IsOutlet(string name) =>
        MediaAndPlatforms.Contains(name) || OutletWordsBySpan.Contains(name.AsSpan(name.LastIndexOf(' ') + 1))
        || name.IndexOf(' ') is > 0 and var space && MediaAndPlatformsBySpan.Contains(name.AsSpan(0, space));

    // The first and last words are looked up in place: coreference asks this of every organisation it meets.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletWordsBySpan = OutletWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaAndPlatformsBySpan = MediaAndPlatforms.GetAlternateLookup<ReadOnlySpan<char>>();

    // The last word of a named armed or organised body of people: "Revolutionary Guards", "Rapid Support Forces".
    private static readonly FrozenSet<string> BodiesOfPeople = WordSet.Exact("Guards", "Forces", "Brigades", "Rebels", "Marines", "Militias", "Fighters");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodiesOfPeopleBySpan = BodiesOfPeople.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A plural people or demonym ("Americans", "North Koreans") or a named body of them ("Revolutionary Guards"): a group, never "he" or "she".</summary>
    public static bool IsGroup(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        if (name.Contains(' ') && BodiesOfPeopleBySpan.Contains(last)) return true;
        bool plural = last.EndsWith("ans", StringComparison.Ordinal) || last.EndsWith("ese", StringComparison.Ordinal);
        int firstSpace = name.IndexOf(' ');
        return plural && (firstSpace < 0 || name.AsSpan(0, firstSpace) is "North" or "South" or "East" or "West");
    }

    private static readonly FrozenSet<string> MaleFirstNames = Set(
        "John", "James", "Jim", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Chris", "Daniel", "Matthew", "Matt", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew",
        "Joshua", "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
        "Samuel", "Frank", "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron",
        "Henry", "Peter", "Adam", "Nathan", "Douglas", "Zachary", "Kyle", "Walter", "Harold", "Carl", "Arthur",
        "Roger", "Keith", "Lawrence", "Terry", "Sean", "Albert", "Joe", "Juan", "Bruce", "Willie", "Ralph", "Roy",
        "Eugene", "Louis", "Philip", "Bobby", "Johnny", "Rex", "Mike", "Tom", "Bob", "Bill", "Ted", "Tony", "Jens",
        "Vladimir", "Sergei", "Ivan", "Igor", "Pierre", "Jean", "Hans", "Ahmed", "Mohammed", "Ali", "Hassan", "Omar",
        "Carlos", "Jose", "Luis", "Marco", "Giuseppe", "Hiroshi", "Takeshi", "Wei", "Lee", "Martin", "Hugo");

    private static readonly FrozenSet<string> FemaleFirstNames = Set(
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy",
        "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen",
        "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma", "Samantha", "Katherine",
        "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather", "Diane",
        "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn",
        "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Teresa",
        "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace",
        "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany",
        "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Jane", "Nikki", "Hillary", "Nancy", "Kamala",
        "Angela", "Theresa", "Ursula", "Federica", "Marine", "Ingrid", "Olga", "Irina", "Fatima", "Aisha", "Yuki");

    public static Gender GenderOfFirstName(string firstName) =>
        MaleFirstNames.Contains(firstName) ? Gender.Male : FemaleFirstNames.Contains(firstName) ? Gender.Female : Gender.Unknown;
}
