using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using Analysis.Text;

namespace Analysis.Speakers;

/// <summary>
/// Finds the places that may name a speaker, outside quoted words: names with their titles, pronouns,
/// relative "who", definite descriptions ("the official"), unnamed sources ("a spokesman for the North
/// Korean mission to the United Nations") and institutions. One left-to-right pass over the tokens.
/// </summary>
public static partial class MentionFinder
{
    private const int MaxDescriptionWords = 7;
    private const int MaxSourcePhraseWords = 10;
    private const int MaxNameWords = 9;
    private const int MaxKnownNameWords = 4;

    private static readonly FrozenSet<string> OrganisationNouns = WordSet.IgnoringCase(
        "mission", "embassy", "ministry", "delegation", "office", "government", "department", "campaign", "family",
        "company", "agency", "party", "council", "committee", "administration", "team", "firm", "union", "group",
        "military", "army", "navy", "police", "foundation", "organization", "organisation", "board", "club");

    private static readonly FrozenSet<string> FunctionWords = WordSet.IgnoringCase(
        "who", "that", "which", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "said", "says", "told", "not", "no", "very",
        "would", "will", "could", "should", "can", "may", "might", "must", "did", "does", "do");

    private static readonly FrozenSet<string> Copulas = WordSet.IgnoringCase("is", "was", "are", "were", "became", "becomes", "remains", "remained");

    private static readonly FrozenSet<string> ClauseOpeners = WordSet.IgnoringCase("and", "but", "while", "whereas", "although", "though", "as", "when", "after", "because");

    private static readonly FrozenSet<string> PlaceLeads = WordSet.IgnoringCase("the", "a", "an", "in", "at", "near", "outside", "inside", "across", "throughout");

    private static readonly FrozenSet<string> NameParticles = WordSet.Exact("bin", "al", "de", "van", "von", "da", "le", "del", "der", "la");

    private static bool IsParticleName(string word) =>
        word.Length > 4 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(word[3]);

    public static List<Mention> Find(TextLayout layout)
    {
        var mentions = new List<Mention>();
        int paragraph = -1;
        foreach (var sentence in layout.Sentences)
        {
            int from = sentence.FirstToken;
            if (sentence.Paragraph != paragraph) from = Dateline.End(layout, from, sentence.EndToken);
            paragraph = sentence.Paragraph;
            for (int t = from; t < sentence.EndToken; t++)
            {
                if (layout.Quoted[t] || !layout.Tokens[t].IsWord) continue;
                // Most tokens are lower-case words that start no mention: one look-up here spares the rules' several.
                if (!char.IsUpper(layout.Text[layout.Tokens[t].Start]) && !StartWordGate.Admits(layout.Span(t))) continue;
                if (PartyTagEnd(layout, t, sentence.EndToken) is var tagEnd && tagEnd > t)
                {
                    t = tagEnd - 1;
                    continue;
                }
                if (MentionAt(layout, t, sentence.EndToken, mentions) is not { } mention) continue;
                // "Lena Osei, the chief ranger, said": a description set off by commas after a name is that name's title, not a
                // second speaker ("Diplomacy, the official said, ..." is a subject).
                if (mention.Kind == MentionKind.Definite && mention.Role != "it" && mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Name, Possessive: false } named
                    && named.EndToken == mention.FirstToken - 1 && layout.IsPunct(named.EndToken, ',') && EndsApposition(layout, mention.EndToken, sentence.EndToken))
                {
                    // ("said Pieter Hoogland, the Dutch diplomat leading the mission. He added": the title makes him a person for "he".)
                    if (named.Role is null) mentions[^1] = named with { Role = mention.Text };
                    t = mention.EndToken - 1;
                    continue;
                }
                // "Joan Prior, a 71-year-old retired teacher from Stroud, said": an indefinite description after a name and
                // its comma describes that name ("Diplomacy, a senior official said, ..." has its verb right after).
                if (mention.Kind is MentionKind.Described or MentionKind.Anonymous && mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Name, Possessive: false } person
                    && AfterAge(layout, person.EndToken) == mention.FirstToken - 1 && layout.IsPunct(mention.FirstToken - 1, ',') && !SaysNext(layout, mention.EndToken))
                {
                    // It gives the name its role ("a teacher" is a person for "she" later), and a "who" after it is the name's.
                    mentions[^1] = Described(person, person.Role ?? mention.Text, AppositiveClose(layout, mention.EndToken, sentence.EndToken));
                    t = mention.EndToken - 1;
                    continue;
                }
                // "the chairman of the Seimas foreign affairs committee, Algirdas Petkus,": the description runs on to the name's comma.
                if (mention.Kind == MentionKind.Name && mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Definite or MentionKind.Described } described
                    && RunsOnTo(layout, described.EndToken, mention.FirstToken - 1))
                    mentions[^1] = Extended(layout, described, mention.FirstToken - 1);
                mention = WithAppositiveRole(layout, mention, sentence.FirstToken);
                mention.FollowsComma = mention.FirstToken > sentence.FirstToken && layout.IsPunct(mention.FirstToken - 1, ',');
                mention.IsPredicate = mention.Kind is MentionKind.Definite or MentionKind.Described && mention.FirstToken > sentence.FirstToken && layout.Tokens[mention.FirstToken - 1].IsWord
                                      && Copulas.Contains(layout.Word(mention.FirstToken - 1));
                mention.OpensClause = mention.FirstToken == sentence.FirstToken || !layout.Tokens[mention.FirstToken - 1].IsWord || ClauseOpeners.Contains(layout.Word(mention.FirstToken - 1));
                mention.OpensThatClause = mention.FirstToken > sentence.FirstToken && (layout.IsWord(mention.FirstToken - 1, "that") || OpensReportedClause(layout, mention, sentence.EndToken));
                // ("the contract with the United Food and Commercial Workers": what is joined by "and" to an object is one too.)
                mention.IsObject = IsPrepositionalObject(layout, mention.FirstToken, sentence.FirstToken) || IsVerbObject(layout, mention.FirstToken, sentence.FirstToken)
                                   || mentions.Count > 0 && mentions[^1] is { IsObject: true } partner && partner.EndToken == mention.FirstToken - 1 && layout.IsWord(partner.EndToken, "and");
                mention.IsPlaceComplement = mention.FirstToken > sentence.FirstToken && layout.Tokens[mention.FirstToken - 1].IsWord && PlacePrepositions.Contains(layout.Word(mention.FirstToken - 1));
                mentions.Add(mention);
                t = mention.EndToken - 1;
            }
        }
        return mentions;
    }

    /// <summary>
    /// The mention the rules find starting at token <paramref name="t"/>, if any, whatever the start-word gate says
    /// (internal: tests run it ungated). <paramref name="before"/> holds the mentions found before it.
    /// </summary>
    internal static Mention? MentionAt(TextLayout layout, int t, int end, List<Mention> before)
    {
        var listed = RulesByFirstWord.Of(layout.Word(t));
        return (listed.HasFlag(ListedStartRules.PossessedSource) ? PossessedSource(layout, t, end) : null)
               ?? (listed.HasFlag(ListedStartRules.OwnersOrganisation) ? OwnersOrganisation(layout, t, end) : null)
               ?? (listed.HasFlag(ListedStartRules.StatementAuthor) ? StatementAuthor(layout, t, end, before) : null)
               ?? (listed.HasFlag(ListedStartRules.OneOfThem) ? OneOfThem(layout, t, before) : null)
               ?? (listed.HasFlag(ListedStartRules.Pronoun) ? Pronoun(layout, t) : null)
               ?? Description(layout, t, end) ?? Group(layout, t, end)
               ?? (listed.HasFlag(ListedStartRules.PoliceForce) ? PoliceForce(layout, t) : null)
               ?? Name(layout, t, end);
    }

    // "Rep. Ann Voss, D-Elm Harbor, said", "(R-Texas)": a party's initial, a hyphen and the member's home town or state name no
    // speaker. The end (exclusive) of the tag's capitalised words, or t.
    private static int PartyTagEnd(TextLayout layout, int t, int end)
    {
        var word = layout.Word(t);
        if (!(word.Length > 2 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]))) return t;
        int j = t + 1;
        while (j < end && IsCapitalisedWord(layout, j)) j++;
        return j;
    }

    // "CLEMENTINE OKELLO: We have trucks ...": the name labelling a transcript's answer is the one speaking.
    private static bool IsLabel(TextLayout layout, int next) => next < layout.Tokens.Count && layout.IsPunct(next, ':');

    private static readonly FrozenSet<string> AppositionTails = WordSet.IgnoringCase("of", "in", "at", "for", "from", "with", "on", "who", "whose");

    // Whether a description after a name's comma ends as an apposition does: at a comma, at the sentence's end, or where a
    // participle or a preposition carries it on ("the Dutch diplomat leading the mission."). "Asked about Kim, the minister
    // declined" has the sentence's verb there instead.
    private static bool EndsApposition(TextLayout layout, int next, int end)
    {
        if (next >= end) return true;
        if (!layout.Tokens[next].IsWord) return layout.IsPunct(next, ',') || next + 1 >= end;
        if (layout.Quoted[next]) return false;
        var word = layout.Word(next);
        return AppositionTails.Contains(word) || char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4;
    }

    // "Kasprzak, 51, a former firefighter": the comma after a name's age, where a description of the name may follow; else the token itself.
    private static int AfterAge(TextLayout layout, int comma) =>
        comma + 2 < layout.Tokens.Count && layout.IsPunct(comma, ',') && layout.Tokens[comma + 1].IsWord && char.IsDigit(layout.Text[layout.Tokens[comma + 1].Start])
        && layout.Tokens[comma + 1].Length <= 3 && layout.IsPunct(comma + 2, ',') ? comma + 2 : comma;

    private const int MaxAppositiveTail = 8;

    // The comma closing an appositive whose description ends before it ("a manager at the terminal,"), or its end.
    private static int AppositiveClose(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j <= from + MaxAppositiveTail && !layout.Quoted[j]; j++)
            if (!layout.Tokens[j].IsWord) return layout.IsPunct(j, ',') ? j : from;
        return from;
    }

    private static Mention Described(Mention named, string role, int appositiveEnd) => named with { Role = role, AppositiveEnd = appositiveEnd };

    // ("told Briefing afterward": the audience of "told" is no more the next "she" than an object of "by".)
    private static readonly FrozenSet<string> ObjectPrepositions = WordSet.IgnoringCase("by", "with", "alongside", "beside", "to", "from", "for", "told", "tells");

    private const int MaxObjectModifiers = 3;

    // "towed one ship to Riga", "a pub in Ashby Parva": where something happens or goes.
    private static readonly FrozenSet<string> PlacePrepositions = WordSet.IgnoringCase(
        "in", "at", "to", "from", "into", "onto", "near", "towards", "toward", "via", "across", "throughout", "around", "outside", "inside");

    // "flanked by Mike Pence", "joined by harbour master Tom Ekwall": a preposition before the mention and its lower-case title words.
    private static bool IsPrepositionalObject(TextLayout layout, int first, int sentenceStart)
    {
        int j = first - 1;
        for (int skipped = 0; j > sentenceStart && skipped < MaxObjectModifiers && layout.Tokens[j].IsWord && !layout.Quoted[j] && char.IsLower(layout.Text[layout.Tokens[j].Start])
             && !ObjectPrepositions.Contains(layout.Word(j)) && !FunctionWords.Contains(layout.Word(j)); skipped++) j--;
        if (j < sentenceStart || !layout.Tokens[j].IsWord || !ObjectPrepositions.Contains(layout.Word(j))) return false;
        // "Our reporter has spoken to Aigerim Tokonova, a teacher ...": the one spoken to is the one quoted next.
        return !(layout.IsWord(j, "to") && j > sentenceStart && layout.Tokens[j - 1].IsWord && InterviewVerbs.Contains(layout.Word(j - 1)));
    }

    // "whose district includes Elk Grove", "Trump praised Kim": a name right after a finite verb (a word in -s or -ed that follows
    // its subject) is its object, no more the next "he" than an object of "by". Not after a verb of saying set off by a quote or a
    // comma after a quote ("”, warned Ana Ruiz"): that name is the subject. After an apposition's comma ("Marta Quellen, a Democrat,
    // endorsed Osterhagen") the verb is the subject's own.
    private static bool IsVerbObject(TextLayout layout, int first, int sentenceStart)
    {
        int verb = first - 1;
        if (verb - 1 < sentenceStart || !layout.Tokens[verb].IsWord || layout.Quoted[verb]) return false;
        if (!layout.Tokens[verb - 1].IsWord && !(layout.IsPunct(verb - 1, ',') && verb - 2 >= sentenceStart && layout.Tokens[verb - 2].IsWord && !layout.Quoted[verb - 2])) return false;
        var word = layout.Word(verb);
        return char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s')) && !word.EndsWith("ss", StringComparison.Ordinal)
               && !FunctionWords.Contains(word) && !SayingVerbs.Contains(word) && !InterviewVerbs.Contains(word);
    }

    // "Osterhagen said Brenmoor had voted ...": a name right after a verb of saying and before a verb of its own (a lower-case
    // word) is the subject of the words reported, not the one reporting them ("said Brenmoor." or "said Brenmoor, the ..." is).
    private static bool OpensReportedClause(TextLayout layout, Mention mention, int end) =>
        mention.Kind == MentionKind.Name && !mention.Possessive && layout.Tokens[mention.FirstToken - 1].IsWord && !layout.Quoted[mention.FirstToken - 1]
        && SayingVerbs.Contains(layout.Word(mention.FirstToken - 1)) && mention.EndToken < end && layout.Tokens[mention.EndToken].IsWord
        && !layout.Quoted[mention.EndToken] && char.IsLower(layout.Text[layout.Tokens[mention.EndToken].Start]);

    private static readonly FrozenSet<string> InterviewVerbs = WordSet.IgnoringCase("spoken", "spoke", "speaking", "talked", "talking", "talks", "speaks");

    private const int MaxAppositiveTitleWords = 5;

    // "The union's general secretary, Mick Lynch, said": the title before the comma is the name's role,
    // so "the general secretary" later refers to him. The run of title words must end in a title noun.
    private static Mention WithAppositiveRole(TextLayout layout, Mention mention, int sentenceStart)
    {
        int comma = mention.FirstToken - 1;
        if (mention.Kind != MentionKind.Name || mention.Role is not null || comma - 1 < sentenceStart || !layout.IsPunct(comma, ',')) return mention;
        var head = layout.Word(comma - 1);
        if (!(TitleLexicon.PersonHeads.Contains(head) || TitleLexicon.AnonymousHeads.Contains(head)) || layout.Quoted[comma - 1]) return mention;
        int first = comma - 1;
        while (first - 1 >= sentenceStart && comma - first < MaxAppositiveTitleWords && layout.Tokens[first - 1].IsWord && !layout.Quoted[first - 1]
               && !FunctionWords.Contains(layout.Word(first - 1)) && !NameLexicon.NotNames.Contains(layout.Word(first - 1))
               && !StripPossessive(layout.Word(first - 1)).Possessive && layout.Word(first - 1) is not ("a" or "an" or "the"))
            first--;
        var role = layout.Text[layout.Tokens[first].Start..layout.Tokens[comma - 1].End];
        return mention with { Role = role };
    }

    private const int MaxPossessedModifiers = 2;

    private static readonly FrozenSet<string> PossessivePronouns = WordSet.Exact("his", "His", "her", "Her", "its", "Its", "their", "Their");

    // "his official spokeswoman said", "its spokesman told": an unnamed source through a possessive pronoun. Not when a
    // name follows in apposition ("Its spokeswoman, Meaza Bekele, said"): the name is the speaker.
    private static Mention? PossessedSource(TextLayout layout, int t, int end)
    {
        if (!PossessivePronouns.Contains(layout.Word(t))) return null;
        for (int j = t + 1; j < end && j <= t + 1 + MaxPossessedModifiers; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || !char.IsLower(layout.Text[layout.Tokens[j].Start])) return null;
            var word = layout.Word(j);
            if (TitleLexicon.AnonymousHeads.Contains(word) && !NextIsHead(layout, j + 1, end))   // "official spokesman": the last head
            {
                if (j + 1 < end && layout.IsPunct(j + 1, ',')) return null;
                var label = layout.Text[layout.Tokens[t + 1].Start..layout.Tokens[j].End];
                return new Mention { Span = Span(layout, t, j + 1), FirstToken = t, EndToken = j + 1, Kind = MentionKind.Anonymous, Text = label, Role = word.ToLowerInvariant() };
            }
            if (FunctionWords.Contains(word)) return null;
        }
        return null;
    }

    private static readonly FrozenDictionary<string, (MentionKind Kind, Gender Gender, bool Possessive)> Pronouns =
        new Dictionary<string, (MentionKind, Gender, bool)>
        {
            ["he"] = (MentionKind.Pronoun, Gender.Male, false), ["He"] = (MentionKind.Pronoun, Gender.Male, false),
            ["she"] = (MentionKind.Pronoun, Gender.Female, false), ["She"] = (MentionKind.Pronoun, Gender.Female, false),
            ["his"] = (MentionKind.Pronoun, Gender.Male, true), ["His"] = (MentionKind.Pronoun, Gender.Male, true),
            ["her"] = (MentionKind.Pronoun, Gender.Female, true), ["Her"] = (MentionKind.Pronoun, Gender.Female, true),
            ["who"] = (MentionKind.Relative, Gender.Unknown, false), ["which"] = (MentionKind.Relative, Gender.Unknown, false),
            // "..., it said": an organisation named before (Coreference resolves it like "the company").
            ["it"] = (MentionKind.Definite, Gender.Unknown, false), ["It"] = (MentionKind.Definite, Gender.Unknown, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static Mention? Pronoun(TextLayout layout, int t)
    {
        var word = layout.Word(t);
        if (!Pronouns.TryGetValue(word, out var pronoun)) return null;
        var (kind, gender, possessive) = pronoun;
        if (kind == MentionKind.Definite && !SaysNext(layout, t + 1)) return null;
        if (kind == MentionKind.Definite)
            return new Mention { Span = layout.Tokens[t].Span, FirstToken = t, EndToken = t + 1, Kind = MentionKind.Definite, Text = "it", Role = "it" };
        return new Mention { Span = layout.Tokens[t].Span, FirstToken = t, EndToken = t + 1, Kind = kind, Text = word.ToLowerInvariant(), Gender = gender, Possessive = possessive };
    }

    private static readonly FrozenSet<string> SayingVerbs = WordSet.IgnoringCase(
        "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "stated", "states", "announced", "noted", "confirmed", "insisted");

    // An inverted verb of saying right after the words it reports: `,” said`.
    private static bool SaysBefore(TextLayout layout, int t) =>
        t >= 2 && layout.Tokens[t - 1].IsWord && SayingVerbs.Contains(layout.Word(t - 1)) && !layout.Tokens[t - 2].IsWord;

    private static readonly FrozenSet<string> SayingAdverbs = WordSet.IgnoringCase("also", "later", "previously", "earlier", "then", "further");

    // "it said", "it also said": "it" names a speaker only as the subject of a verb of saying ("if it threatened" is no report).
    private static bool SaysNext(TextLayout layout, int t)
    {
        if (t < layout.Tokens.Count && layout.Tokens[t].IsWord && SayingAdverbs.Contains(layout.Word(t))) t++;
        return t < layout.Tokens.Count && layout.Tokens[t].IsWord && !layout.Quoted[t] && SayingVerbs.Contains(layout.Word(t));
    }

    // "a senior State Department official", "the official", "the State Department", "A high-ranking
    // North Korean defector", "a spokesman for the North Korean mission to the United Nations".
    private static Mention? Description(TextLayout layout, int t, int end)
    {
        // The set ignores case, so most tokens (no determiner) are rejected before any lower-cased copy is made.
        if (!Determiners.Contains(layout.Word(t))) return null;
        var determiner = layout.Word(t).ToLowerInvariant();
        var modifiers = new List<string>();
        bool capitalisedModifier = false;
        for (int j = t + 1; j <= end && j <= t + MaxDescriptionWords; j++)
        {
            // `“...,” said the veteran defender.`: after its verb, right after the words, an epithet up to the sentence's end or a comma.
            if (j == end || !layout.Tokens[j].IsWord)
                return determiner == "the" && j > t + 1 && (j == end || layout.IsPunct(j, ',') || layout.IsPunct(j, '.')) && SaysBefore(layout, t) && IsPersonEpithet(modifiers)
                    ? new Mention { Span = Span(layout, t, j), FirstToken = t, EndToken = j, Kind = MentionKind.Epithet, Text = string.Join(' ', modifiers), Role = modifiers[^1].ToLowerInvariant() }
                    : null;
            if (layout.Quoted[j]) return null;
            var (word, possessive) = StripPossessive(layout.Word(j));
            // What follows is looked up only when the word itself could end the description: the look-ups are the cost here.
            bool NextIsName() => j + 1 < end && layout.Tokens[j + 1].IsWord && !layout.Quoted[j + 1] && char.IsUpper(layout.Text[layout.Tokens[j + 1].Start]) && !NameLexicon.NotNames.Contains(layout.Word(j + 1));
            bool NextIsPersonHead() => j + 1 < end && layout.Tokens[j + 1].IsWord && (TitleLexicon.AnonymousHeads.Contains(layout.Word(j + 1)) || TitleLexicon.PersonHeads.Contains(layout.Word(j + 1)));
            bool isHead = TitleLexicon.AnonymousHeads.Contains(word) || TitleLexicon.PersonHeads.Contains(word);
            // "the mayor's office said", "the city clerk's office said": the office of the person described speaks.
            if (possessive && determiner == "the" && (isHead || char.IsLower(word[0]) && modifiers.TrueForAll(IsLowerCase)) && j + 1 < end && layout.Tokens[j + 1].IsWord && !layout.Quoted[j + 1] && char.IsLower(layout.Text[layout.Tokens[j + 1].Start])
                && TitleLexicon.OrganisationReferents.Contains(layout.Word(j + 1)) && !NextIsHead(layout, j + 2, end))
                return new Mention { Span = Span(layout, t + 1, j + 2), FirstToken = t, EndToken = j + 2, Kind = MentionKind.Institution, Text = layout.Text[layout.Tokens[t + 1].Start..layout.Tokens[j + 1].End] };
            // "the Prime Minister's official spokesman", "the EU's chief negotiator": a possessor inside the description.
            if (possessive && determiner == "the" && HeadFollows(layout, j + 1, end))
            {
                modifiers.Add(layout.Word(j));
                continue;
            }
            // "the state's emergency management agency said", "the university's council says": a body of the place or organisation.
            if (possessive && determiner == "the" && j == t + 1 && char.IsLower(word[0]) && !isHead && OrganisationThrough(layout, j + 1, end, bare: true) is var body && body > j)
                return new Mention { Span = Span(layout, t + 1, body + 1), FirstToken = t, EndToken = body + 1, Kind = MentionKind.Institution, Text = word + " " + layout.Text[layout.Tokens[j + 1].Start..layout.Tokens[body].End] };
            // "the secretary of state's office said": so does the office of a title with its "of" complement.
            if (!possessive && determiner == "the" && isHead && j == t + 1 && OfficeOfTitleEnd(layout, j + 1, end) is var office && office > j)
                return new Mention { Span = Span(layout, t + 1, office + 1), FirstToken = t, EndToken = office + 1, Kind = MentionKind.Institution, Text = layout.Text[layout.Tokens[t + 1].Start..layout.Tokens[office].End] };
            // "the chief ranger", "a senior policy adviser": the last of several title nouns is the head.
            bool NextIsTitle() => j + 1 < end && !possessive && layout.Tokens[j + 1].IsWord && !layout.Quoted[j + 1] && char.IsLower(layout.Text[layout.Tokens[j + 1].Start])
                                  && (NextIsHead(layout, j + 1, end) || TitleLexicon.TitleWords.Contains(StripPossessive(layout.Word(j + 1)).Word));
            if (isHead && (char.IsLower(word[0]) || determiner == "the") && !NextIsTitle() && !NextIsName())
                return PersonDescription(layout, t, j, determiner, modifiers, word, possessive, end);
            // "the company said", "the commission said in a statement": an organisation named earlier.
            // ("the union boss said": a referent before a noun and its verb of saying modifies that noun, the epithet's head.)
            if (j == t + 1 && determiner == "the" && char.IsLower(word[0]) && TitleLexicon.OrganisationReferents.Contains(word) && !possessive && !NextIsName() && !NextIsHead(layout, j + 1, end) && !HeadSays(layout, j + 1))
                return new Mention { Span = Span(layout, t, j + 1), FirstToken = t, EndToken = j + 1, Kind = MentionKind.Definite, Text = word.ToLowerInvariant(), Role = word.ToLowerInvariant() };
            // "the Toronto-based company said", "the state-owned carrier said": an epithet of an organisation named earlier; "the coast
            // guard said", "the fire department said": or one lower-case word of its name.
            if (determiner == "the" && j > t + 1 && char.IsLower(word[0]) && !possessive && TitleLexicon.OrganisationReferents.Contains(word)
                && (modifiers.TrueForAll(IsOrganisationEpithet) || j == t + 2 && char.IsLower(modifiers[0][0]) && !FunctionWords.Contains(modifiers[0])) && !NextIsName() && !NextIsHead(layout, j + 1, end))
                return new Mention { Span = Span(layout, t, j + 1), FirstToken = t, EndToken = j + 1, Kind = MentionKind.Definite, Text = word.ToLowerInvariant(), Role = word.ToLowerInvariant() };
            // ("the Alliance for Safe Seas", "the Department of Transport" are names of their own: Name reads them.)
            bool NextJoinsFor() => j + 2 < end && (layout.IsWord(j + 1, "for") || layout.IsWord(j + 1, "of")) && layout.Tokens[j + 2].IsWord && char.IsUpper(layout.Text[layout.Tokens[j + 2].Start]);
            if ((char.IsUpper(word[0]) || capitalisedModifier) && determiner == "the" && TitleLexicon.InstitutionHeads.Contains(word) && !NextIsName() && !NextIsPersonHead() && !(j == t + 1 && NextJoinsFor()))
            {
                modifiers.Add(word);
                int last = possessive ? j : OfNameEnd(layout, j + 1, end) - 1;
                var name = last == j ? string.Join(' ', modifiers) : string.Join(' ', modifiers) + " " + layout.Text[layout.Tokens[j + 1].Start..layout.Tokens[last].End];
                var (bare, possessor) = StripPossessive(name);
                return new Mention { Span = Span(layout, t + 1, last + 1), FirstToken = t, EndToken = last + 1, Kind = MentionKind.Institution, Text = last == j ? name : bare, Possessive = possessive || possessor };
            }
            if (possessive) return null;
            // "a Department of Health spokesperson": "of" joins the capitalised words of an organisation's name.
            if (word == "of" && capitalisedModifier && j + 1 < end && layout.Tokens[j + 1].IsWord && char.IsUpper(layout.Text[layout.Tokens[j + 1].Start]) && char.IsUpper(modifiers[^1][0]))
            {
                modifiers.Add(word);
                continue;
            }
            // "the striker told", "the 52-year-old Dane said": a description right before a verb of saying stands for a person
            // when its head is a common noun, or a nationality after an age ("The ICRC said" is a name).
            if (determiner == "the" && j > t + 1 && SaysNext(layout, j) && IsPersonEpithet(modifiers))
                return new Mention { Span = Span(layout, t, j), FirstToken = t, EndToken = j, Kind = MentionKind.Epithet, Text = string.Join(' ', modifiers), Role = modifiers[^1].ToLowerInvariant() };
            bool capitalised = char.IsUpper(word[0]) && !NameLexicon.NotNames.Contains(word);
            // Known modifiers anywhere; any other lower-case word only right after the article ("a longtime resident").
            // ("the union boss said": a lower-case noun right before the verb of saying is the epithet's head.)
            bool adjective = j == t + 1 ? char.IsLower(word[0]) && !FunctionWords.Contains(word) : IsNounModifier(word) || determiner == "the" && HeadSays(layout, j);
            if (!(capitalised || adjective || TitleLexicon.DescriptionModifiers.Contains(word) || word.Contains('-'))) return null;
            capitalisedModifier |= capitalised;
            modifiers.Add(word);
        }
        return null;
    }

    // After a title noun, "of state's office": "of", one lower-case possessive word and an organisation referent right
    // before a verb of saying. The office's token, or -1.
    private static int OfficeOfTitleEnd(TextLayout layout, int of, int end)
    {
        if (of + 2 >= end || !layout.IsWord(of, "of") || !layout.Tokens[of + 1].IsWord || layout.Quoted[of + 1] || !layout.Tokens[of + 2].IsWord || layout.Quoted[of + 2]) return -1;
        var (owner, possessive) = StripPossessive(layout.Word(of + 1));
        var office = layout.Word(of + 2);
        return possessive && char.IsLower(owner[0]) && char.IsLower(office[0]) && TitleLexicon.OrganisationReferents.Contains(office) && SaysNext(layout, of + 3) ? of + 2 : -1;
    }

    private static bool IsLowerCase(string word) => char.IsLower(word[0]);

    private static readonly string[] EpithetEndings = ["-based", "-owned", "-listed", "-run", "-headquartered", "-controlled", "-backed"];

    // "Toronto-based", "state-owned", "Nasdaq-listed": where an organisation sits or who owns it, not a name of its own.
    private static bool IsOrganisationEpithet(string modifier) => EpithetEndings.Any(e => modifier.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // Things and groups that "say" in news prose without being one person: "the statement said", "the family said".
    private static readonly FrozenSet<string> NotPersonNouns = WordSet.IgnoringCase(
        "statement", "report", "study", "survey", "letter", "document", "filing", "lawsuit", "complaint", "indictment",
        "order", "ruling", "memo", "notice", "release", "declaration", "agreement", "plan", "bill", "law", "website", "post", "tweet",
        "message", "newspaper", "paper", "poll", "data", "analysis", "review", "audit", "guidance", "proposal", "text",
        "family", "couple", "pair", "side", "crowd", "panel", "jury", "country", "nation", "city", "state", "region", "town", "village");

    // One person's epithet: a singular common noun or an age ("the striker", "the 30-year-old"; not "the two sides" or
    // "the statement"), or a nationality after an age ("the 52-year-old Dane"; "the ICRC" is a name).
    private static bool IsPersonEpithet(List<string> modifiers)
    {
        var head = modifiers[^1];
        if (NotPersonNouns.Contains(head) || modifiers.Any(m => Determiners.Contains(m) || char.IsDigit(m[0]) && !m.Contains('-'))) return false;
        if (char.IsLower(head[0]) || char.IsDigit(head[0])) return !(head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal));   // "the 30-year-old
        // ("the Lancaster Republican", "the Ohio Democrat": a party's member from a place, as US papers name a legislator again.)
        return modifiers.Count > 1 && (modifiers[^2].Contains("-old", StringComparison.Ordinal) || PartyMembers.Contains(head));
    }

    private static readonly FrozenSet<string> PartyMembers = WordSet.Exact("Republican", "Democrat", "Independent", "Conservative", "Tory", "Liberal");

    private static readonly FrozenSet<string> Determiners = WordSet.IgnoringCase(
        "a", "an", "the", "another", "one", "two", "three", "four", "five", "several", "some");

    private const int MaxPossessedWords = 4;

    // A head noun within the next few plain words: the possessive before it belongs to a description.
    private static bool HeadFollows(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j < from + MaxPossessedWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return false;
            if (NextIsHead(layout, j, end)) return true;
        }
        return false;
    }

    // A plain lower-case word at j with a verb of saying right after it: "boss" in "the union boss said" ("also" in "the operator
    // also said" is no noun).
    private static bool HeadSays(TextLayout layout, int j) =>
        j + 1 < layout.Tokens.Count && layout.Tokens[j].IsWord && !layout.Quoted[j] && char.IsLower(layout.Text[layout.Tokens[j].Start]) && !FunctionWords.Contains(layout.Word(j))
        && !SayingAdverbs.Contains(layout.Word(j)) && !layout.Word(j).EndsWith("ly", StringComparison.Ordinal)
        && layout.Tokens[j + 1].IsWord && !layout.Quoted[j + 1] && SayingVerbs.Contains(layout.Word(j + 1));

    private static bool NextIsHead(TextLayout layout, int j, int end) =>
        j < end && layout.Tokens[j].IsWord && !layout.Quoted[j] && (TitleLexicon.AnonymousHeads.Contains(layout.Word(j)) || TitleLexicon.PersonHeads.Contains(layout.Word(j)));

    private static readonly FrozenSet<string> People = WordSet.Exact("people", "People");

    // "EU leaders said", "senior Indian military officials told": a plural source with no article. The run of
    // modifiers must start the phrase (not continue a name) and end in a plural head noun.
    private static Mention? Group(TextLayout layout, int t, int end)
    {
        if (t > 0 && layout.Tokens[t - 1].IsWord && !layout.Quoted[t - 1] && char.IsUpper(layout.Text[layout.Tokens[t - 1].Start])) return null;
        var first = layout.Word(t);
        // "People familiar with the investigation said": with no article, "people" needs the phrase that makes them sources.
        if (People.Contains(first) && Postmodifier(layout, t + 1, end) is var after && after > t + 1)
            return new Mention { Span = Span(layout, t, after), FirstToken = t, EndToken = after, Kind = MentionKind.Anonymous, Text = "people " + layout.Text[layout.Tokens[t + 1].Start..layout.Tokens[after - 1].End], Role = "people" };
        // "..., officials said Thursday", "according to sources", "Analysts said": a bare plural source (capitalised only
        // as a sentence's first word). "..., organizers wrote:": a bare plural of people right before its verb of saying.
        if (char.IsLower(first[0]) && TitleLexicon.IsPluralHead(first) && (TitleLexicon.AnonymousHeads.Contains(first) || SaysNext(layout, t + 1)))
            return new Mention { Span = layout.Tokens[t].Span, FirstToken = t, EndToken = t + 1, Kind = MentionKind.Anonymous, Text = first, Role = first.ToLowerInvariant() };
        // (A plural head ends in "s": a capitalised word that does not is never lower-cased to be looked up.)
        if (char.IsUpper(first[0]) && first[^1] is 's' or 'S' && IsSentenceStart(layout, t) && TitleLexicon.IsPluralHead(first.ToLowerInvariant()) && SourcePhrase(layout, t, end).Last is var groupEnd && SaysNext(layout, groupEnd + 1))
            return new Mention { Span = Span(layout, t, groupEnd + 1), FirstToken = t, EndToken = groupEnd + 1, Kind = MentionKind.Anonymous, Text = layout.Text[layout.Tokens[t].Start..layout.Tokens[groupEnd].End], Role = first.ToLowerInvariant() };
        if (!(char.IsUpper(first[0]) && !NameLexicon.NotNames.Contains(first)) && !TitleLexicon.DescriptionModifiers.Contains(first)) return null;
        for (int j = t + 1; j < end && j <= t + MaxDescriptionWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j]) return null;
            var word = layout.Word(j);
            if (StripPossessive(word).Possessive) return null;
            if (TitleLexicon.IsPluralHead(word))
            {
                // "Western diplomats in Vilnius", "Organizers with the Dairy Alliance": the organisation or place is in the label.
                int last = SourcePhrase(layout, j, end).Last;
                return new Mention
                {
                    Span = Span(layout, t, last + 1), FirstToken = t, EndToken = last + 1, Kind = MentionKind.Anonymous,
                    Text = layout.Text[layout.Tokens[t].Start..layout.Tokens[last].End], Role = word.ToLowerInvariant(),
                };
            }
            // "Kyrgyz state media reported", "Iranian state television said": a state's broadcaster speaks as an institution;
            // so does a capital's radio ("Tehran radio said", as broadcasts were once cited).
            if (word is "media" or "television" or "TV" or "radio" && (layout.IsWord(j - 1, "state") || j == t + 1 && SaysNext(layout, j + 1)))
                return new Mention { Span = Span(layout, t, j + 1), FirstToken = t, EndToken = j + 1, Kind = MentionKind.Institution, Text = layout.Text[layout.Tokens[t].Start..layout.Tokens[j].End] };
            bool modifier = (char.IsUpper(word[0]) && !NameLexicon.NotNames.Contains(word)) || TitleLexicon.DescriptionModifiers.Contains(word) || IsNounModifier(word);
            if (!modifier) return null;
        }
        return null;
    }

    // A lower-case noun or adjective before a head that is no function word or verb form: "a water resources
    // expert", "a French presidential source", "coastguard officials".
    private static bool IsNounModifier(string word) =>
        char.IsLower(word[0]) && !FunctionWords.Contains(word) && !Determiners.Contains(word)
        && !(word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static Mention PersonDescription(TextLayout layout, int t, int head, string determiner, List<string> modifiers, string headWord, bool possessive, int end)
    {
        bool anonymous = TitleLexicon.AnonymousHeads.Contains(headWord);
        int last = head;
        string? sourcePhrase = null;
        // "a spokesman for the mission", "an expert at Cairo University": the organisation belongs to the description.
        if ((anonymous || determiner is "a" or "an" || IsOfPhrase(layout, head + 1, end)) && !possessive) (last, sourcePhrase) = SourcePhrase(layout, head, end);
        // "people familiar with the matter", "a person briefed on the discussions": a bare head says nothing, so the
        // phrase is part of the label ("a senior diplomat involved in the talks" is labelled enough without it).
        if (anonymous && !possessive && sourcePhrase is null && modifiers.Count == 0 && Postmodifier(layout, head + 1, end) is var after && after > head + 1)
        {
            last = after - 1;
            sourcePhrase = layout.Text[layout.Tokens[head + 1].Start..layout.Tokens[last].End];
        }
        var label = new StringBuilder(string.Join(' ', modifiers));
        if (sourcePhrase is not null && headWord.StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
        {
            // "a spokesman for the North Korean mission to the UN" → "North Korean UN mission spokesman".
            label.Clear().Append(sourcePhrase).Append(' ').Append(headWord);
        }
        else if (sourcePhrase is not null && sourcePhrase.IndexOf(' ') is > 0 and var space && IsUnnamedOrganisation(sourcePhrase[..space]))
        {
            // "an executive at one Chinese manufacturer" → "Chinese manufacturer executive": the organisation is no name, only a kind.
            if (label.Length > 0) label.Append(' ');
            label.Append(sourcePhrase.AsSpan(space + 1)).Append(' ').Append(headWord);
        }
        else
        {
            if (label.Length > 0) label.Append(' ');
            label.Append(headWord);
            if (sourcePhrase is not null) label.Append(' ').Append(layout.Text[layout.Tokens[head + 1].Start..layout.Tokens[last].End]);
        }
        var kind = determiner == "the" ? MentionKind.Definite : anonymous ? MentionKind.Anonymous : MentionKind.Described;
        return new Mention
        {
            Span = Span(layout, t, last + 1), FirstToken = t, EndToken = last + 1, Kind = kind,
            Text = label.ToString(), Role = headWord.ToLowerInvariant(), Possessive = possessive,
        };
    }

    private static bool IsUnnamedOrganisation(string determiner) => determiner is "one" or "a" or "an";

    private const int MaxPostmodifierWords = 5;

    private static readonly FrozenSet<string> PostmodifierStops = WordSet.IgnoringCase("said", "says", "say", "told", "who", "that", "and", "but");

    // The end (exclusive) of "familiar with the matter" after a source's head, or the head's next token when none.
    private static int Postmodifier(TextLayout layout, int from, int end)
    {
        if (from >= end || !layout.Tokens[from].IsWord || layout.Quoted[from] || !TitleLexicon.SourcePostmodifiers.Contains(layout.Word(from))) return from;
        if (from + 1 >= end || !TitleLexicon.SourcePrepositions.Contains(layout.Word(from + 1)) && !layout.IsWord(from + 1, "on")) return from;
        int j = from + 2;
        while (j < end && j < from + 2 + MaxPostmodifierWords && layout.Tokens[j].IsWord && !layout.Quoted[j] && !PostmodifierStops.Contains(layout.Word(j))) j++;
        return j > from + 2 ? j : from;
    }

    // "the head of the ICRC delegation": a definite description with the organisation it belongs to.
    private static bool IsOfPhrase(TextLayout layout, int from, int end) =>
        from + 1 < end && layout.IsWord(from, "of") && layout.Tokens[from + 1].IsWord && !layout.Quoted[from + 1]
        && (layout.IsWord(from + 1, "the") || char.IsUpper(layout.Text[layout.Tokens[from + 1].Start]));

    // The organisation after an unnamed source: "for the North Korean mission to the United Nations".
    private static (int Last, string? Organisation) SourcePhrase(TextLayout layout, int head, int end)
    {
        int last = head, j = head + 1;
        var words = new List<string>();
        while (j < end && j <= head + MaxSourcePhraseWords && (layout.Tokens[j].IsWord || JoinsNameList(layout, j, end)) && !layout.Quoted[j])
        {
            var word = layout.Word(j);
            // "the Department for Environment, Food and Rural Affairs": a list of capitalised words is one name.
            bool preposition = TitleLexicon.SourcePrepositions.Contains(word) || word == "the" || JoinsNameList(layout, j, end);
            // ("an executive at one Chinese manufacturer said": any noun right before the verb of saying ends an unnamed organisation.)
            bool content = char.IsUpper(word[0]) || OrganisationNouns.Contains(word) || TitleLexicon.DescriptionModifiers.Contains(word)
                           || j > head + 2 && SaysNext(layout, j + 1) && IsUnnamedOrganisation(layout.Word(head + 2));
            if (!preposition && !content) break;
            if (j == head + 1 && !TitleLexicon.SourcePrepositions.Contains(word)) break;
            if (content) { last = j; }
            words.Add(word);
            j++;
        }
        if (last == head) return (head, null);
        int kept = last - head;
        var organisation = string.Join(' ', words.Take(kept).Skip(1).Where(w => w != "the"))
            .Replace(" ,", ",").Replace("United Nations", "UN").Replace("U.N.", "UN");
        // "mission to UN" reads as "UN mission" in a label.
        organisation = MissionToUn().Replace(organisation, "UN $1");
        return (last, organisation);
    }

    // The end (exclusive) of "of Conservation", "for Environment, Food and Rural Affairs" after an institution's head, or from.
    private static int OfNameEnd(TextLayout layout, int from, int end)
    {
        if (from + 1 >= end || !(layout.IsWord(from, "of") || layout.IsWord(from, "for")) || !IsCapitalisedWord(layout, from + 1) || NameLexicon.NotNames.Contains(layout.Word(from + 1))) return AccreditedToEnd(layout, from, end);
        int k = from + 1;
        while (k < end && k <= from + MaxSourcePhraseWords && (IsCapitalisedWord(layout, k) || JoinsNameList(layout, k, end))) k++;
        return layout.Tokens[k - 1].IsWord ? AccreditedToEnd(layout, k, end) : from;
    }

    private const int MaxAccreditedToWords = 3;

    // "the China Chamber of Commerce to the EU", "the U.S. Mission to the United Nations": a body's name may end with the
    // country or international body it is sent to (a known place, or initials such as "EU"); the end (exclusive), or from.
    private static int AccreditedToEnd(TextLayout layout, int from, int end)
    {
        if (from + 1 >= end || !layout.IsWord(from, "to")) return from;
        int first = layout.IsWord(from + 1, "the") ? from + 2 : from + 1, k = first;
        while (k < end && k < first + MaxAccreditedToWords && IsCapitalisedWord(layout, k)) k++;
        if (k == first) return from;
        var target = layout.Text[layout.Tokens[first].Start..layout.Tokens[k - 1].End];
        return NameLexicon.Places.Contains(target) || target.Length is >= 2 and <= 5 && target.All(char.IsUpper) ? k : from;
    }

    private const int MaxNameListWords = 4;

    // A comma or "and" between capitalised words of one name, the list ending in "and" and a capitalised word:
    // "Environment, Food and Rural Affairs", "Health and Social Care".
    private static bool JoinsNameList(TextLayout layout, int j, int end)
    {
        if (j < 1 || j + 1 >= end || !layout.Tokens[j - 1].IsWord || !char.IsUpper(layout.Text[layout.Tokens[j - 1].Start]) || !IsCapitalisedWord(layout, j + 1)) return false;
        if (layout.IsWord(j, "and")) return true;
        if (!layout.IsPunct(j, ',')) return false;
        for (int k = j + 1; k < end && k <= j + MaxNameListWords; k++)
        {
            if (layout.IsWord(k, "and")) return k + 1 < end && IsCapitalisedWord(layout, k + 1);
            if (!IsCapitalisedWord(layout, k)) return false;
        }
        return false;
    }

    private static bool IsCapitalisedWord(TextLayout layout, int t) =>
        layout.Tokens[t].IsWord && !layout.Quoted[t] && char.IsUpper(layout.Text[layout.Tokens[t].Start]);

    // A run of capitalised words with the titles in front: "Secretary of State Rex Tillerson",
    // "NATO chief Jens Stoltenberg", "department spokeswoman Heather Nauert", "Pyongyang".
    private static Mention? Name(TextLayout layout, int t, int end)
    {
        var first = layout.Word(t);
        bool startsWithTitle = char.IsLower(first[0]) && TitleLexicon.TitleWords.Contains(first);
        if (!startsWithTitle && (!char.IsUpper(first[0]) || NameLexicon.NotNames.Contains(first))) return null;
        int j = t;
        bool possessive = false, sawName = false;
        bool definite = t > 0 && layout.IsWord(t - 1, "the");
        int innerPossessive = -1;
        int complementEnd = -1;
        while (j < end && j - t < MaxNameWords && !layout.Quoted[j])
        {
            bool nextCapitalised = j + 1 < end && layout.Tokens[j + 1].IsWord && char.IsUpper(layout.Text[layout.Tokens[j + 1].Start]);
            // "The Computer & Communications Industry Association": an ampersand joins the words of one name.
            if (!layout.Tokens[j].IsWord)
            {
                if (layout.IsPunct(j, '&') && j > t && nextCapitalised) { j++; continue; }
                // "Department of Agriculture, Trade and Consumer Protection": a department's remit may be a list.
                if (layout.IsPunct(j, ',') && j >= t + 3 && RemitListEnd(layout, t, j, end) is var listEnd && listEnd > j) { j = listEnd; break; }
                // "the Brackley Rovers Supporters' Trust": a plural possessive inside a name the article governs.
                if (definite && j > t && nextCapitalised && layout.Text[layout.Tokens[j].Start] is '\'' or '\u2019' && layout.Tokens[j].Start == layout.Tokens[j - 1].End
                    && layout.Word(j - 1).EndsWith('s')) { j++; continue; }
                break;
            }
            var (word, isPossessive) = StripPossessive(layout.Word(j));
            // "Secretary of State", "Bank of England" join with "of"; "Sen. Tom Reardon of Arkansas" is a name and its state.
            bool ofJoins = word != "of" || !sawName || TitleLexicon.InstitutionHeads.Contains(layout.Word(j - 1));
            bool accepted = char.IsUpper(word[0])
                // ("the Pine Ridge First Nation", "Harbour Second Chance Society": an ordinal between capitalised words is part of the name.)
                ? j == t || !NameLexicon.NotNames.Contains(word) || word is "First" or "Second" or "Third" && nextCapitalised && !NameLexicon.NotNames.Contains(layout.Word(j + 1))
                : (TitleLexicon.TitleWords.Contains(word) && (nextCapitalised || (j + 1 < end && TitleLexicon.TitleWords.Contains(layout.Word(j + 1)))))
                  || ((word == "of" || NameParticles.Contains(word)) && j > t && nextCapitalised && ofJoins)
                  // "Nasser al-Hamad", "Abdel Fattah el-Sisi": a particle joined to the capitalised family name.
                  || (j > t && IsParticleName(word))
                  || (word == "and" && j > t && nextCapitalised && EndsInInstitution(layout, j + 1, end))
                  // "Coalition for Fair App Markets", "Centre for Policy Studies": "for" after an institution's head.
                  || (word == "for" && j == t + 1 && nextCapitalised && TitleLexicon.InstitutionHeads.Contains(layout.Word(j - 1)) && char.IsUpper(layout.Word(j - 1)[0]));
            if (!accepted)
            {
                // "Sen. Musa Okafor of Lagos": the place completes the mention (its span) but is no part of the name.
                if (word == "of" && !ofJoins && nextCapitalised && !isPossessive)
                {
                    // ("Marcus Whitfield of Legal Aid Society of Milwaukee": the place may have its own "of".)
                    for (complementEnd = j + 1; complementEnd < end && (IsCapitalisedWord(layout, complementEnd) || layout.IsWord(complementEnd, "of") && complementEnd + 1 < end && IsCapitalisedWord(layout, complementEnd + 1)); complementEnd++) { }
                }
                break;
            }
            sawName |= char.IsUpper(word[0]) && !TitleLexicon.TitleWords.Contains(word);
            j++;
            // "the Alzheimer's Association": the article governs the whole name, so the possessive is inside it.
            if (isPossessive && definite && nextCapitalised && !NameLexicon.NotNames.Contains(layout.Word(j)) && !TitleLexicon.TitleWords.Contains(layout.Word(j)))
            {
                innerPossessive = j - 1;
                continue;
            }
            if (isPossessive) { possessive = true; break; }
        }
        if (j == t) return null;
        // Trim trailing lower-case words (a title with no name after it).
        while (j > t && char.IsLower(layout.Text[layout.Tokens[j - 1].Start]) && !IsParticleName(layout.Word(j - 1))) j--;
        if (j == t) return null;

        var words = new List<string>(j - t);
        for (int k = t; k < j; k++)
        {
            if (!layout.Tokens[k].IsWord && layout.Text[layout.Tokens[k].Start] is '\'' or '\u2019' or ',') words[^1] += layout.Word(k);   // "Supporters'", "Agriculture,"
            else words.Add(k == innerPossessive ? layout.Word(k) : StripPossessive(layout.Word(k)).Word);
        }
        // "His Cambodian counterpart", "Methodist minister the Rev ...": a nationality or a faith alone describes; it names no one.
        if (words.Count == 1 && NameLexicon.Adjectives.Contains(words[0])) return null;
        int nameStart = NameStart(words);
        if (nameStart == words.Count)
        {
            // Only title or organisation words: an institution ("State Department", "Pentagon") or nothing.
            if (!words.Any(TitleLexicon.InstitutionHeads.Contains)) return null;
            return new Mention { Span = Span(layout, t, j), FirstToken = t, EndToken = j, Kind = MentionKind.Institution, Text = string.Join(' ', words), Possessive = possessive };
        }
        var name = string.Join(' ', CollectionsMarshal.AsSpan(words)[nameStart..]);
        // "Ostrowski's campaign said", "Mayor Lee's office said", "the Franken campaign said": the possessor's organisation speaks.
        if ((possessive || definite && nameStart == 0) && j < end && layout.Tokens[j].IsWord && !layout.Quoted[j] && char.IsLower(layout.Text[layout.Tokens[j].Start])
            && TitleLexicon.OrganisationReferents.Contains(layout.Word(j)) && !NextIsHead(layout, j + 1, end) && !StripPossessive(layout.Word(j)).Possessive)
            return new Mention { Span = Span(layout, t, j + 1), FirstToken = t, EndToken = j + 1, Kind = MentionKind.Institution, Text = name + " " + layout.Word(j).ToLowerInvariant() };
        // "Russia's foreign ministry says", "Peru's ombudsman's office said": a country's (or an organisation's) body through a
        // few lower-case words.
        if (possessive && SpeakerRegistry.Find(name) is not { Kind: SpeakerKind.Person } && OrganisationThrough(layout, j, end) is var body && body > j)
            return new Mention
            {
                Span = Span(layout, t, body + 1), FirstToken = t, EndToken = body + 1, Kind = MentionKind.Institution,
                Text = name + " " + layout.Text[layout.Tokens[j].Start..layout.Tokens[body].End].ToLowerInvariant().Replace('\u2019', '\''),
            };
        // "the Nile", "the Kremlin", "a Royal Oak banquet hall": people's names take no article; "in Addis Ababa",
        // "at Cairo University": an untitled name after a preposition of place is a place or an institution.
        // ("of the South End", "the West Side": a compass word before such a name is part of the place, not a title.)
        if ((nameStart == 0 || definite && IsCompassRun(words, nameStart)) && t > 0 && !possessive && layout.Tokens[t - 1].IsWord && PlaceLeads.Contains(layout.Word(t - 1)) && !NameLexicon.Places.Contains(name) && SpeakerRegistry.Find(name) is null)
        {
            if (nameStart > 0) name = string.Join(' ', words);
            return new Mention { Span = Span(layout, t, j), FirstToken = t, EndToken = j, Kind = MentionKind.Institution, Text = name, Possessive = possessive };
        }
        // "Egypt's foreign minister said", "Trump's lawyer said": a person described through a country or a known figure,
        // maybe named later. (An organisation's "chief executive, Andrew Haines," keeps the organisation a mention of its own.)
        // "Mardale's finance director warned": an unknown possessor too, when no name follows in apposition.
        if (possessive && DescribedThrough(layout, j, end) is var head && head > j
            && (NameLexicon.Places.Contains(name) || SpeakerRegistry.Find(name) is { Kind: SpeakerKind.Person } || !(head + 1 < end && layout.IsPunct(head + 1, ',')) && sawName && nameStart == 0))
        {
            var label = layout.Text[layout.Tokens[t].Start..layout.Tokens[head].End];
            return new Mention
            {
                Span = Span(layout, t, head + 1), FirstToken = t, EndToken = head + 1, Kind = TitleLexicon.AnonymousHeads.Contains(layout.Word(head)) ? MentionKind.Anonymous : MentionKind.Described,
                Text = label, Role = layout.Word(head).ToLowerInvariant(),
            };
        }
        // Most names come without titles: no role to join and no honorific to read the sex from.
        var role = nameStart == 0 ? "" : string.Join(' ', words.Take(nameStart).Where(w => !TitleLexicon.Honorifics.Contains(w)));
        var gender = nameStart == 0 ? NameLexicon.GenderOfFirstName(words[0])
            : TitleLexicon.GenderOfTitle(CollectionsMarshal.AsSpan(words)[..nameStart]) is var titled and not Gender.Unknown ? titled
            : NameLexicon.GenderOfFirstName(words[nameStart]);
        if (complementEnd > j + 1) j = complementEnd;
        return new Mention
        {
            Span = Span(layout, t, j), FirstToken = t, EndToken = j, Kind = MentionKind.Name, Text = name,
            Role = role.Length > 0 ? role : null, Gender = gender, Possessive = possessive, ActsAsSubject = !possessive && (ActsAsSubject(layout, j, end) || ClosesApposition(layout, t, j, end) || SaysBefore(layout, t) || IsLabel(layout, j)),
        };
    }

    private const int MaxRemitListTokens = 8;

    // After "Department of Agriculture" (an institution's head, "of" or "for", a capitalised word) and a comma: the end of
    // ", Trade and Consumer Protection", capitalised words with an "and", or -1. The list ends the name.
    private static int RemitListEnd(TextLayout layout, int first, int comma, int end)
    {
        if (!(TitleLexicon.InstitutionHeads.Contains(layout.Word(first)) && (layout.IsWord(first + 1, "of") || layout.IsWord(first + 1, "for")))) return -1;
        bool sawAnd = false;
        int j = comma + 1;
        for (; j < end && j <= comma + MaxRemitListTokens && layout.Tokens[j].IsWord && !layout.Quoted[j]; j++)
        {
            bool and = layout.IsWord(j, "and");
            if (!and && !char.IsUpper(layout.Text[layout.Tokens[j].Start])) break;
            if (and && (sawAnd || j == comma + 1)) return -1;
            sawAnd |= and;
        }
        return sawAnd && !layout.IsWord(j - 1, "and") ? j : -1;
    }

    private static bool IsSentenceStart(TextLayout layout, int t) => t == 0 || layout.SentenceOf[t - 1] != layout.SentenceOf[t];

    private const int MaxJoinedNameWords = 3;

    // "Competition and Markets Authority": "and" joins the words of one organisation's name when the capitalised words
    // after it end in an institution's head ("Trump and Kim" are two names).
    private static bool EndsInInstitution(TextLayout layout, int from, int end)
    {
        int j = from;
        while (j < end && j < from + MaxJoinedNameWords && layout.Tokens[j].IsWord && !layout.Quoted[j] && char.IsUpper(layout.Text[layout.Tokens[j].Start])) j++;
        return j > from && TitleLexicon.InstitutionHeads.Contains(layout.Word(j - 1)) && char.IsUpper(layout.Word(j - 1)[0]);
    }

    // The head noun ending a few lower-case title words after a possessor ("foreign minister", "chief negotiator"), or -1.
    private static int DescribedThrough(TextLayout layout, int from, int end)
    {
        for (int j = from; j < end && j < from + MaxPossessedWords; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || !char.IsLower(layout.Text[layout.Tokens[j].Start])) return -1;
            if (NextIsHead(layout, j, end) && !NextIsHead(layout, j + 1, end)) return j;
            if (!TitleLexicon.DescriptionModifiers.Contains(layout.Word(j)) && !TitleLexicon.TitleWords.Contains(layout.Word(j)) && !IsNounModifier(layout.Word(j))) return -1;
        }
        return -1;
    }

    private const int MaxBodyModifiers = 2;

    // The organisation noun ending a few lower-case modifiers ("foreign ministry", "border service", "ombudsman's office"), or -1.
    /// <param name="bare">Whether the noun may come with no modifier ("the university's council").</param>
    private static int OrganisationThrough(TextLayout layout, int from, int end, bool bare = false)
    {
        for (int j = from; j < end && j <= from + MaxBodyModifiers; j++)
        {
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || !char.IsLower(layout.Text[layout.Tokens[j].Start])) return -1;
            var (word, possessive) = StripPossessive(layout.Word(j));
            if (!possessive && (j > from || bare) && TitleLexicon.OrganisationReferents.Contains(word)) return NextIsHead(layout, j + 1, end) || layout.Tokens.Count > j + 1 && layout.Tokens[j + 1].IsWord && TitleLexicon.OrganisationReferents.Contains(layout.Word(j + 1)) ? -1 : j;
            if (!(TitleLexicon.DescriptionModifiers.Contains(word) || IsNounModifier(word)) || NextIsHead(layout, j, end)) return -1;
        }
        return -1;
    }

    private static readonly FrozenSet<string> NotVerbs = WordSet.IgnoringCase(
        "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "into", "about", "that", "which", "over", "under");

    private const int MaxAppositiveWords = 15;

    // Followed by ", who", by a lower-case word that is no preposition or conjunction (its verb), or by an appositive
    // and then its verb ("Dr Johann Malawana, chair of the committee, told ...").
    private static bool ActsAsSubject(TextLayout layout, int next, int end)
    {
        if (next >= end || layout.Quoted[next]) return false;
        if (layout.IsPunct(next, ','))
        {
            if (next + 1 < end && (layout.IsWord(next + 1, "who") || layout.IsWord(next + 1, "whose"))) return true;
            // ("Maureen Clegg, 58, from Hartlepool, whose son ..., said": several short appositives may come before the verb.)
            for (int j = next + 1; j < end && j <= next + MaxAppositiveWords; j++)
            {
                if (layout.Quoted[j]) return false;
                if (layout.IsPunct(j, ',') && j > next + 1 && j + 1 < end && IsVerbLike(layout, j + 1)) return true;
                // ("head of a fishers' federation": a plural's apostrophe stays inside the appositive.)
                if (!layout.Tokens[j].IsWord && !layout.IsPunct(j, ',') && !(layout.Text[layout.Tokens[j].Start] is '\'' or '\u2019' && layout.Tokens[j].Start == layout.Tokens[j - 1].End)) return false;
            }
            return false;
        }
        return IsVerbLike(layout, next);
    }

    // "the chairman of the committee, Per Lund, urged ...": a name in apposition, then its comma and the sentence's verb.
    private static bool ClosesApposition(TextLayout layout, int first, int next, int end) =>
        first > 0 && layout.IsPunct(first - 1, ',') && next + 1 < end && layout.IsPunct(next, ',') && IsVerbLike(layout, next + 1);

    private static bool IsVerbLike(TextLayout layout, int t) =>
        layout.Tokens[t].IsWord && !layout.Quoted[t] && char.IsLower(layout.Text[layout.Tokens[t].Start]) && !NotVerbs.Contains(layout.Word(t));

    // Where the name starts after its titles: the longest run of capitalised non-title words at the end,
    // except that a known place or registry name is kept whole ("North Korea", "White House").
    private static int NameStart(List<string> words)
    {
        // Known names have at most four words; build the suffixes from the end, keep the longest known one. (Built
        // right to left in one buffer and looked up in place: every capitalised run asks, and most suffixes are unknown.)
        int known = -1;
        int first = Math.Max(0, words.Count - MaxKnownNameWords);
        int length = words.Count - first - 1;
        for (int k = first; k < words.Count; k++) length += words[k].Length;
        Span<char> suffixes = length <= MaxStackNameChars ? stackalloc char[length] : new char[length];
        int suffixStart = length;
        for (int k = words.Count - 1; k >= first; k--)
        {
            if (suffixStart < length) suffixes[--suffixStart] = ' ';
            suffixStart -= words[k].Length;
            words[k].CopyTo(suffixes[suffixStart..]);
            var rest = suffixes[suffixStart..];
            if (PlacesBySpan.Contains(rest) || SpeakerRegistry.Knows(rest)) known = k;
        }
        if (known >= 0) return known;
        int start = words.Count;
        // ("Competition and Markets Authority": an "and" that joined the name's words, as "&" does.)
        // ("Santa Maria del Mare", "Ludwig van Beethoven": a lower-case particle between capitalised words is inside the name.)
        while (start > 0 && (char.IsUpper(words[start - 1][0]) || IsParticleName(words[start - 1]) || words[start - 1] is "&" or "and" || words[start - 1] == "for" && start == 2
                             || NameParticles.Contains(words[start - 1]) && start >= 2 && start < words.Count && char.IsUpper(words[start - 2][0])) && !TitleLexicon.TitleWords.Contains(words[start - 1])) start--;
        // "Department of Transport", "Ministry of Defence": an institution's head and its "of" are part of the name.
        if (start == 2 && words[1] == "of" && TitleLexicon.InstitutionHeads.Contains(words[0])) start = 0;
        return start;
    }

    private static readonly FrozenSet<string> CompassWords = WordSet.Exact("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower");

    // Whether the words before nameStart are all compass words ("South" in "the South End").
    private static bool IsCompassRun(List<string> words, int nameStart)
    {
        for (int k = 0; k < nameStart; k++)
            if (!CompassWords.Contains(words[k])) return false;
        return true;
    }

    private const int MaxStackNameChars = 256;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesBySpan = NameLexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static (string Word, bool Possessive) StripPossessive(string word)
    {
        if (word.Length > 2 && (word.EndsWith("\u2019s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
            return (word[..^2], true);
        return (word, false);
    }

    private static TextSpan Span(TextLayout layout, int first, int endToken) => new(layout.Tokens[first].Start, layout.Tokens[endToken - 1].End);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\w+) to UN\b")]
    private static partial System.Text.RegularExpressions.Regex MissionToUn();
}
