using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Analysis.Speakers;
using Analysis.Text;

namespace Analysis.Extraction;

/// <summary>
/// Finds who a cue reports: the subject just before a verb ("the official said", with an appositive
/// allowed: "Sen. Chris Murphy, a Connecticut Democrat, said"), the name just after it in inverted order
/// ("said the senior State Department official"), the subject of the clause a participle hangs on
/// ("Heather Nauert, who issued a statement saying"), the possessor of a noun cue ("his tweets that"),
/// or the name after "according to". Coordinated subjects give several speakers ("Tillerson and Mattis said").
/// </summary>
public sealed class SubjectFinder(TextLayout layout, List<Mention> mentions)
{
    private const int MaxCandidates = 6;
    private const int MaxCleanGap = 6;
    private const int MaxAppositive = 45;

    private static readonly FrozenSet<string> GapWords = WordSet.IgnoringCase(
        "also", "later", "earlier", "previously", "then", "again", "recently", "repeatedly", "publicly", "privately",
        "reportedly", "separately", "now", "still", "once", "first", "further", "yesterday", "today", "tonight",
        "has", "had", "have", "would", "will", "could", "did", "does", "may", "might", "on", "in", "last", "this",
        "early", "late", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan.", "Feb.",
        "March", "April", "May", "June", "July", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "January",
        "February", "August", "September", "October", "November", "December", "week", "month", "weekend", "night", "morning",
        "afternoon", "evening", "himself",
        "herself", "themselves", "quickly", "simply", "flatly", "bluntly", "openly", "initially", "finally", "never", "not");

    private static readonly FrozenSet<string> Prepositions = WordSet.IgnoringCase(
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "as", "but", "than", "into", "about");

    // ("Under the framework, which officials said would be signed on Friday, North Korea will ...": a relative clause ends at its comma too.)
    private static readonly FrozenSet<string> Subordinators = WordSet.IgnoringCase(
        "while", "after", "when", "as", "although", "though", "because", "since", "before", "if", "until", "once", "whereas", "which");

    /// <summary>
    /// The subject mentions of <paramref name="cue"/> (empty when none is found), and whether the subject follows the cue.
    /// <paramref name="reportedBefore"/> holds the words of a statement found earlier in the sentence, if any.
    /// </summary>
    public (List<Mention> Subjects, bool Inverted) Find(Cue cue, Sentence sentence, TextSpan? reportedBefore = null)
    {
        var subjects = new List<Mention>();
        switch (cue.Form)
        {
            case CueForm.According:
                // ("according to the Department of Transport": the name's mention starts after its article.)
                if ((MentionStartingAt(cue.EndToken) ?? MentionStartingAt(AfterDocument(cue.EndToken, sentence))
                     ?? (cue.EndToken < sentence.EndToken && layout.IsWord(cue.EndToken, "the") ? MentionStartingAt(cue.EndToken + 1) : null)) is { } source) subjects.Add(source);
                return (subjects, true);
            case CueForm.Noun:
                if (Before(cue.FirstToken, sentence).FirstOrDefault(m => cue.FirstToken - m.EndToken <= MaxCleanGap) is { } owner) subjects.Add(owner);
                return (subjects, false);
            case CueForm.Participle:
                if (QuotedAsSaying(cue.FirstToken, sentence) is { } quoted)
                {
                    subjects.Add(quoted);
                    return (subjects, false);
                }
                if (CueLexicon.HangsOnWith(layout, cue.FirstToken, sentence))
                {
                    // "with the union saying ...": the subject stands between "with" and the participle ("with some arguing" has none).
                    // ("with X calling ... and Democrat Teresa Ocampo saying": or between "and" and the participle.)
                    if (Before(cue.FirstToken, sentence).FirstOrDefault() is { Possessive: false } withSubject && withSubject.EndToken == cue.FirstToken && SkipLowerTitle(withSubject.FirstToken - 1, sentence) is var joiner && (layout.IsWord(joiner, "with") || layout.IsWord(joiner, "and")))
                        subjects.Add(withSubject);
                    return (subjects, false);
                }
                // "Trump signaled that the United States would ..., saying": not the subject of the "that" clause; "Farrow said the
                // company would ..., arguing": nor anyone inside words reported before.
                if (Before(cue.FirstToken, sentence).FirstOrDefault(m => IsClauseSubject(m) && !OpensThatClause(m) && !IsPrepositionalObject(m, sentence) && !IsInside(m, reportedBefore)) is { } subject) subjects.Add(subject);
                return (subjects, false);
        }

        int before = cue.FirstToken - 1;
        if (before >= sentence.FirstToken && (layout.IsPunct(before, ',') || IsClosingQuote(before)) && (MentionStartingAt(cue.FirstToken + 1) is { Possessive: false } named ? named : NameAfterTitle(cue.FirstToken + 1, sentence, IsClosingQuote(before))) is { Possessive: false } inverted && cue.EndToken == cue.FirstToken + 1 && EndsInvertedSubject(inverted, sentence))
        {
            subjects.Add(inverted);
            return (subjects, true);
        }
        int lead = before;
        while (lead >= sentence.FirstToken && GapWords.Contains(layout.Word(lead))) lead--;
        if (lead >= sentence.FirstToken && (layout.IsWord(lead, "and") || layout.IsWord(lead, "but")))
        {
            // "Trump mocked Kim and said ...": the speaker is the subject of the first verb, not the nearest name;
            // "..., but Republican Brad Kessler refused to concede and said": the nearest such subject, not the sentence's first.
            // "... told reporters that Guterres was “deeply concerned” and urged ...": the reported clause's subject is not the one urging.
            // "The agency said that it welcomed any step that brought North Korea back ..., but warned": nor is anyone inside the
            // words reported before.
            var heads = Before(cue.FirstToken, sentence).Where(m => !m.Possessive && m.Kind != MentionKind.Relative && !OpensReportedClause(m) && !IsPrepositionalObject(m, sentence)
                                                                    && !IsInside(m, reportedBefore));
            // "a statement from the ministry, which says ... and blamed ...": failing a subject, the relative's antecedent.
            if ((heads.FirstOrDefault(ActsAsClauseSubject) ?? heads.LastOrDefault() ?? Before(cue.FirstToken, sentence).FirstOrDefault(m => m.Kind == MentionKind.Relative && m.Speaker is not null)) is { } head) subjects.Add(head);
            return (subjects, false);
        }
        foreach (var candidate in Before(cue.FirstToken, sentence).Take(MaxCandidates))
        {
            // "Mark Delaney, 67, of Portland, whose wife ..., said": the object of a preposition is no subject.
            if (candidate.Possessive || IsPrepositionalObject(candidate, sentence) || InWhosePhrase(candidate, sentence)) continue;
            int after = AfterParenthesis(candidate.EndToken, cue.FirstToken);
            // "Sadiq Khan, the mayor of London, has tweeted:": gap words may stand between the appositive and the cue.
            if (IsCleanGap(after, cue.FirstToken) || IsPostmodifier(candidate, cue.FirstToken) || IsAppositive(after, cue.FirstToken) || IsAppositive(after, lead + 1)
                || IsNameInApposition(candidate, cue.FirstToken, sentence) || IsAppositive(AfterPlacePhrase(candidate, cue.FirstToken), cue.FirstToken)
                || IsPerson(candidate) && (IsAffiliation(after, lead + 1) || IsCompanions(after, lead + 1))
                || candidate.Kind == MentionKind.Institution && (IsAffiliation(after, lead + 1) || IsSeatedIn(after, lead + 1))
                || IsQualifiedThenAppositive(candidate, after, cue.FirstToken, lead + 1))
            {
                subjects.Add(candidate);
                AddCoordinated(candidate, sentence, subjects);
                break;
            }
        }
        return (subjects, false);
    }

    private const int MaxLowerTitleWords = 3;

    // Back over the lower-case title words the name finder leaves out of a mention ("port director" before "Emil Kasprak").
    private int SkipLowerTitle(int t, Sentence sentence)
    {
        for (int i = 0; i < MaxLowerTitleWords && t > sentence.FirstToken && layout.Tokens[t].IsWord && !layout.Quoted[t] && char.IsLower(layout.Text[layout.Tokens[t].Start])
                        && layout.Word(t) is not ("with" or "and" or "the" or "a" or "an"); i++) t--;
        return t;
    }

    private static bool IsInside(Mention m, TextSpan? words) => words is { } span && m.Span.Start >= span.Start && m.Span.End <= span.End;

    private static readonly FrozenSet<string> ObjectPrepositions = WordSet.IgnoringCase(
        "of", "in", "at", "from", "for", "with", "by", "to", "into", "about", "near", "outside", "inside", "against", "over", "under", "than");

    // "of Portland", and "Ore." in "of Portland, Ore.,": a state or country in apposition to the object is part of it.
    private bool IsPrepositionalObject(Mention m, Sentence sentence)
    {
        if (m.FirstToken <= sentence.FirstToken) return false;
        // ("of the University of Madrid": the article stands between the preposition and its object; "the maritime prefecture
        // for the Channel" names one body.)
        if (m.FirstToken - 2 >= sentence.FirstToken && layout.IsWord(m.FirstToken - 1, "the") && layout.Word(m.FirstToken - 2) is "of" or "at" or "from" or "to" or "by" or "with") return true;
        if (layout.Tokens[m.FirstToken - 1].IsWord) return ObjectPrepositions.Contains(layout.Word(m.FirstToken - 1));
        bool region = m.EndToken == m.FirstToken + 1 && layout.Word(m.FirstToken).EndsWith('.') || NameLexicon.Places.Contains(m.Text);   // "Ore.", "South Carolina"
        // "from Basildon, Essex, who": one word set off by commas after a hometown is its county or country, whatever the gazetteer knows.
        bool county = m.Kind == MentionKind.Name && m.EndToken == m.FirstToken + 1 && m.EndToken < sentence.EndToken && layout.IsPunct(m.EndToken, ',');
        if (!(region || county) || !layout.IsPunct(m.FirstToken - 1, ',') || Before(m.FirstToken - 1, sentence).FirstOrDefault() is not { } head || head.EndToken != m.FirstToken - 1
            || head.FirstToken <= sentence.FirstToken || !layout.Tokens[head.FirstToken - 1].IsWord) return false;
        var preposition = layout.Word(head.FirstToken - 1);
        return region ? ObjectPrepositions.Contains(preposition) : preposition is "from" or "of" or "in";
    }

    private const int MaxQuotedObjectTokens = 10;

    // "the agency quoted a government spokesman as saying": the one quoted speaks, not the one quoting. The mention right
    // after "quoted", when "as" stands before the participle.
    private Mention? QuotedAsSaying(int participle, Sentence sentence)
    {
        if (participle - 1 <= sentence.FirstToken || !layout.IsWord(participle - 1, "as")) return null;
        for (int j = participle - 2; j > sentence.FirstToken && j >= participle - 2 - MaxQuotedObjectTokens && !layout.Quoted[j]; j--)
            if (layout.IsWord(j, "quoted")) return MentionStartingAt(j + 1);
        return null;
    }

    private const int MaxWhoseNounWords = 3;

    // "Maureen Clegg, whose son Liam, 27, is the ship's engineer, said": the one named in a "whose" phrase is not the subject.
    private bool InWhosePhrase(Mention m, Sentence sentence)
    {
        for (int j = m.FirstToken - 1; j >= sentence.FirstToken && j >= m.FirstToken - 1 - MaxWhoseNounWords && layout.Tokens[j].IsWord && !layout.Quoted[j]; j--)
            if (layout.IsWord(j, "whose")) return true;
        return false;
    }

    /// <summary>Whether the subject opens a subordinate clause ("While Tillerson said ..., ..."), whose reported words end at its comma.</summary>
    public bool IsSubordinate(Mention subject, Sentence sentence) =>
        subject.FirstToken - 1 >= sentence.FirstToken && Subordinators.Contains(layout.Word(subject.FirstToken - 1));

    // "Tillerson and Defense Secretary James Mattis had said": both speak.
    // ("Ruiz and other parents asked": unnamed companions leave the named person the speaker.)
    private void AddCoordinated(Mention subject, Sentence sentence, List<Mention> subjects)
    {
        int and = subject.FirstToken - 1;
        if (and <= sentence.FirstToken || !layout.IsWord(and, "and")) return;
        if (Before(and, sentence).FirstOrDefault() is not { Kind: MentionKind.Name, Possessive: false } other || other.EndToken != and) return;
        // "State Labor and Industry Commissioner Lena Harstad said": an office's name joined by "and" before its title; the one
        // titled is the only speaker. (The title opens with a capitalised word that is no title, "Industry Commissioner", and
        // the word before "and" reads as a one-word name with a title that the article never names again.)
        if (subject.Role is { } role && IsOfficeWord(role) && layout.Word(subject.FirstToken) == FirstWord(role) && !other.Text.Contains(' ') && other.Role is not null
            && !mentions.Any(m => m != other && m.Speaker is not null && m.Speaker == other.Speaker)) return;
        if (subject.Kind != MentionKind.Name && layout.Word(subject.FirstToken) is "other" or "fellow") subjects.Remove(subject);
        subjects.Add(other);
    }

    private static bool IsOfficeWord(string role) => char.IsUpper(role[0]) && !TitleLexicon.TitleWords.Contains(FirstWord(role));

    private static string FirstWord(string words) => words.IndexOf(' ') is var space and >= 0 ? words[..space] : words;

    private static readonly FrozenSet<string> Documents = WordSet.IgnoringCase(
        "statement", "report", "filing", "release", "letter", "post", "memo", "transcript", "readout", "notice", "email");

    // "according to a statement from the company", "according to a readout released by the Kremlin": the source
    // after the document; the token after "from"/"by", or -1.
    private int AfterDocument(int from, Sentence sentence)
    {
        int j = from;
        if (j < sentence.EndToken && layout.Word(j) is "a" or "an" or "the" or "its" or "his" or "her" or "their") j++;
        if (j >= sentence.EndToken || !Documents.Contains(layout.Word(j))) return -1;
        for (int k = j + 1; k < sentence.EndToken && k <= j + 3; k++)
            if (layout.IsWord(k, "from") || layout.IsWord(k, "by")) return k + 1;
        return -1;
    }

    private const int MaxParenthesisTokens = 6;

    // "Rep. Michael McCaul (Tex.), the top Republican ..., said": a short parenthesis after a name belongs to it.
    private int AfterParenthesis(int from, int to)
    {
        if (from >= to || !layout.IsPunct(from, '(')) return from;
        for (int j = from + 1; j < to && j <= from + MaxParenthesisTokens; j++)
            if (layout.IsPunct(j, ')')) return j + 1;
        return from;
    }

    // A mention followed by its own verb ("Kessler refused ...") or by ", who": the subject of a clause.
    private bool ActsAsClauseSubject(Mention m)
    {
        int next = m.EndToken;
        if (next + 1 >= layout.Tokens.Count || layout.Quoted[next]) return false;
        // "called the Taft-Hartley injunction ...": a name after an article modifies the noun that follows it.
        if (m.FirstToken > 0 && (layout.IsWord(m.FirstToken - 1, "the") || layout.IsWord(m.FirstToken - 1, "a") || layout.IsWord(m.FirstToken - 1, "an"))) return false;
        if (layout.IsPunct(next, ',')) return layout.IsWord(next + 1, "who") || layout.IsWord(next + 1, "whose");
        var word = layout.Word(next);
        return layout.Tokens[next].IsWord && char.IsLower(word[0]) && !Prepositions.Contains(word) && !GapWords.Contains(word);
    }

    // "... that Guterres was", "... said Guterres was": the mention opens a reported clause after "that" or a verb of saying.
    private bool OpensReportedClause(Mention m) =>
        OpensThatClause(m) || m.FirstToken > 0 && layout.Tokens[m.FirstToken - 1].IsWord && !layout.Quoted[m.FirstToken - 1] && CueLexicon.StartsCoordinatedStatement(layout.Word(m.FirstToken - 1));

    // "... signaled that the United States would": the mention opens a reported clause.
    private bool OpensThatClause(Mention m)
    {
        int before = m.FirstToken - 1;
        if (before >= 0 && layout.IsWord(before, "the")) before--;
        return before >= 0 && layout.IsWord(before, "that");
    }

    // A participle's subject is a mention followed by its verb: "Kim issued ..., warning", "Morell who
    // has pushed ..., saying"; not an object like "directed at Trump, warning".
    private bool IsClauseSubject(Mention m)
    {
        if (m.Possessive || m.Speaker is { Kind: SpeakerKind.Place }) return false;
        // "Tomas Ruud, the village elder, called on ...": a name whose appositive is followed by its verb.
        if (m.ActsAsSubject && m.EndToken < layout.Tokens.Count && layout.IsPunct(m.EndToken, ',')) return true;
        // ("Rep. Dana Whitby (D-Calif.) praised the rule ..., writing": a party tag in brackets stands between the name and its verb.)
        int next = AfterDay(AfterParenthesis(m.EndToken, layout.Tokens.Count));
        if (next >= layout.Tokens.Count || layout.Quoted[next]) return false;
        if (layout.IsPunct(next, ',') && next + 1 < layout.Tokens.Count) return layout.IsWord(next + 1, "who") || layout.IsWord(next + 1, "whose");
        var word = layout.Word(next);
        return layout.Tokens[next].IsWord && char.IsLower(word[0]) && !Prepositions.Contains(word);
    }

    private static readonly FrozenSet<string> Days = WordSet.IgnoringCase(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight");

    // "Trump on Wednesday signaled ...": a day between a subject and its verb.
    private int AfterDay(int t)
    {
        int j = t < layout.Tokens.Count && layout.Word(t) is "on" or "early" or "late" or "last" ? t + 1 : t;
        return j < layout.Tokens.Count && layout.Tokens[j].IsWord && Days.Contains(layout.Word(j)) ? j + 1 : t;
    }

    // "said Mick Lynch, the union's leader" / "said the official." is a subject after its verb; "said New
    // Delhi had made it clear" is the reported clause's own subject, followed by its verb.
    private bool EndsInvertedSubject(Mention subject, Sentence sentence)
    {
        int next = subject.EndToken;
        // ("Jenna Rawley, said the governor “appreciates ...”": words quoted right after the name are what it does, so the name
        // opens the reported clause.)
        if (next < sentence.EndToken && CueLexicon.IsOpeningQuote(layout, next)) return false;
        if (next >= sentence.EndToken || !layout.Tokens[next].IsWord) return true;
        return InvertedSubjectEnds.Contains(layout.Word(next));
    }

    // What may follow an inverted subject: its affiliation or a relative ("of", "who"), or where, when and to whom the words
    // were said ("said Vic Amendola outside the gates", "said Ruiz after the vote", "said Ruiz to cheers").
    private static readonly FrozenSet<string> InvertedSubjectEnds = WordSet.Exact(
        "of", "at", "in", "from", "for", "who", "on", "outside", "inside", "near", "after", "before", "during", "to", "while", "yesterday", "today", "tonight");

    private const int MaxQualifierWords = 8;

    // "Chief Marlene Cardinal of the Kinnear Lake Cree Nation, whose reserve lies downstream, said", "A Saudi official
    // involved in the talks, who did not want to be named, told", "The Department of Foreign Affairs in Manila, which ...,
    // said": a subject, the words that qualify it (where a person works, what an unnamed source is close to, where a body
    // sits), then a relative or parenthetical clause set off by commas before the verb.
    private bool IsQualifiedThenAppositive(Mention candidate, int from, int cue, int lead)
    {
        if (from >= cue || !layout.Tokens[from].IsWord) return false;
        int comma = from + 1;
        while (comma < cue && comma <= from + MaxQualifierWords && layout.Tokens[comma].IsWord && !layout.Quoted[comma]) comma++;
        if (comma >= cue || !layout.IsPunct(comma, ',') || !(IsAppositive(comma, cue) || IsAppositive(comma, lead))) return false;
        if (candidate.Kind is MentionKind.Anonymous or MentionKind.Described or MentionKind.Definite)
            return TitleLexicon.SourcePostmodifiers.Contains(layout.Word(from)) || ObjectPrepositions.Contains(layout.Word(from)) || EndsInsideItsPhrase(candidate);
        // (A one-word name opening the sentence, "Managers at Tarnside Shipbuilders, which ...", may be a plural noun, not a person.)
        return candidate.Kind is MentionKind.Name && (candidate.Role is not null || candidate.Text.Contains(' ')) && IsAffiliation(from, comma)
               || candidate.Kind is MentionKind.Institution && (IsAffiliation(from, comma) || IsSeatedIn(from, comma));
    }

    // "A spokesperson for one German premium manufacturer": the mention stopped inside its own prepositional phrase.
    private bool EndsInsideItsPhrase(Mention m)
    {
        for (int t = m.FirstToken + 1; t < m.EndToken; t++)
            if (layout.Tokens[t].IsWord && ObjectPrepositions.Contains(layout.Word(t))) return true;
        return false;
    }

    private const int MaxPlacePhraseWords = 6;

    private static readonly FrozenSet<string> PlacePrepositions = WordSet.IgnoringCase("on", "in", "at", "from", "near", "outside", "inside");

    // "A driver on the Ngong route, who asked not to be named ..., said": an unnamed person's short place phrase, then the
    // appositive; the comma after the phrase, or -1.
    private int AfterPlacePhrase(Mention candidate, int cue)
    {
        int from = candidate.EndToken;
        if (candidate.Kind is not (MentionKind.Anonymous or MentionKind.Described) || from >= cue || !layout.Tokens[from].IsWord || !PlacePrepositions.Contains(layout.Word(from))) return -1;
        for (int t = from + 1; t < cue && t <= from + MaxPlacePhraseWords; t++)
        {
            if (layout.IsPunct(t, ',')) return t;
            if (!layout.Tokens[t].IsWord || layout.Quoted[t]) return -1;
        }
        return -1;
    }

    private const int MaxInvertedTitleWords = 5;

    // `“...,” said the harbour master, Jan Mol.`, `said Duralon's general counsel, Walter Haines.`, `said lead author Dr. Ana
    // Ruiz`: a title no lexicon knows, in lower case after an article, a possessor or nothing, then the name, maybe set off by a
    // comma. Only right after a quote is a name with no comma inverted ("Kim, in ..., said the two Koreas ..." reports Kim).
    private Mention? NameAfterTitle(int from, Sentence sentence, bool afterQuote)
    {
        if (from >= sentence.EndToken || !layout.Tokens[from].IsWord || layout.Quoted[from]) return null;
        var first = layout.Word(from);
        bool determiner = first is "the" or "a" or "an" or "its" or "his" or "her" or "their" || MentionFinder.StripPossessive(first).Possessive;
        if (!determiner && !char.IsLower(first[0])) return null;
        int title = determiner ? from + 1 : from;
        for (int j = title; j < sentence.EndToken && j <= from + MaxInvertedTitleWords; j++)
        {
            if (layout.IsPunct(j, ',')) return j > title && MentionStartingAt(j + 1) is { Kind: MentionKind.Name } name ? name : null;
            if (j > title && afterQuote && MentionStartingAt(j) is { Kind: MentionKind.Name, Possessive: false, Speaker.Kind: SpeakerKind.Person } titled) return titled;
            if (!layout.Tokens[j].IsWord || layout.Quoted[j] || !char.IsLower(layout.Text[layout.Tokens[j].Start])) return null;
        }
        return null;
    }

    private const int MaxApposedTitleWords = 3;

    // "Its spokeswoman, Meaza Bekele, later told ...", "Another objector, retired miner Harold Spurlock, told ...": a name
    // (with a lower-case title) set off by commas after its description is the subject.
    private bool IsNameInApposition(Mention candidate, int cue, Sentence sentence)
    {
        if (candidate.Kind != MentionKind.Name || candidate.EndToken >= cue || !layout.IsPunct(candidate.EndToken, ',') || !IsCleanGap(candidate.EndToken + 1, cue)) return false;
        int comma = candidate.FirstToken - 1;
        // ("Her daughter, 14-year-old Shirin, posted": an age stands where a title would.)
        while (comma > sentence.FirstToken && candidate.FirstToken - comma <= MaxApposedTitleWords && layout.Tokens[comma].IsWord && !layout.Quoted[comma] && char.IsLower(layout.Text[layout.Tokens[comma].Start]) | char.IsDigit(layout.Text[layout.Tokens[comma].Start])) comma--;
        return comma > sentence.FirstToken && layout.IsPunct(comma, ',');
    }

    private static bool IsPerson(Mention m) => m.Kind == MentionKind.Name && m.Speaker is { Kind: SpeakerKind.Person };

    private const int MaxAffiliationTokens = 8;

    // "Miguel Ortega of the Autonomous University of Madrid said", "Jo Reid at the Grattan Institute told": where a named
    // person works, in capitals after "of", "at" or "from", is part of the subject.
    private bool IsAffiliation(int from, int to)
    {
        if (from >= to || to - from > MaxAffiliationTokens || !(layout.IsWord(from, "of") || layout.IsWord(from, "at") || layout.IsWord(from, "from"))) return false;
        bool named = false;
        for (int t = from + 1; t < to; t++)
        {
            if (!layout.Tokens[t].IsWord || layout.Quoted[t]) return false;
            if (char.IsUpper(layout.Text[layout.Tokens[t].Start])) named = true;
            else if (layout.Word(t) is not ("the" or "of" or "and" or "for")) return false;
        }
        return named;
    }

    // "The Department of Foreign Affairs (DFA) in Manila said": a body and the known place where it sits. (An unknown place
    // may name a local office, "the National Weather Service in State College", which the subject would cut short.)
    private bool IsSeatedIn(int from, int to) =>
        from < to && layout.IsWord(from, "in") && MentionStartingAt(from + 1) is { Speaker.Kind: SpeakerKind.Place } place && place.EndToken == to;

    private const int MaxCompanionWords = 3;

    // "Ruiz and other parents asked", "Ortiz and two colleagues wrote": a named person and unnamed companions speak as one;
    // the person named is the speaker.
    private bool IsCompanions(int from, int to)
    {
        if (from + 2 > to || to - from > MaxCompanionWords + 1 || !layout.IsWord(from, "and")) return false;
        for (int t = from + 1; t < to; t++)
            if (!layout.Tokens[t].IsWord || layout.Quoted[t] || !char.IsLower(layout.Text[layout.Tokens[t].Start]) && !char.IsDigit(layout.Text[layout.Tokens[t].Start])) return false;
        return layout.Word(from + 1) is "other" or "fellow" or "several" or "two" or "three" or "four" or "some" or "many" || layout.Word(to - 1) is "others";
    }

    private const int MaxPostmodifierWords = 8;

    // "a senior diplomat involved in the preparations said", "two sources familiar with the matter said",
    // a short unpunctuated phrase after an unnamed source still leaves it the subject.
    private bool IsPostmodifier(Mention candidate, int cue)
    {
        int from = candidate.EndToken;
        if (candidate.Kind is not (MentionKind.Anonymous or MentionKind.Described or MentionKind.Definite) || cue - from > MaxPostmodifierWords || from >= cue) return false;
        // ("a senior strategist who worked for neither campaign told us": a relative clause with no commas describes the source too;
        // so does where an unnamed source was, "a Greek diplomat at the summit said".)
        bool where = candidate.Kind is MentionKind.Anonymous or MentionKind.Described && cue - from <= MaxPlacePhraseWords && PlacePrepositions.Contains(layout.Word(from));
        if (!TitleLexicon.SourcePostmodifiers.Contains(layout.Word(from)) && !layout.IsWord(from, "who") && !where) return false;
        for (int t = from; t < cue; t++)
            if (!layout.Tokens[t].IsWord || layout.Quoted[t]) return false;
        return true;
    }

    private bool IsCleanGap(int from, int to)
    {
        if (to - from > MaxCleanGap) return false;
        for (int t = from; t < to; t++)
            if (!layout.Tokens[t].IsWord || !(GapWords.Contains(layout.Word(t)) || char.IsDigit(layout.Text[layout.Tokens[t].Start]))) return false;
        return true;
    }

    // ", a Connecticut Democrat," / ", chief of mission at Pyongyang's embassy in London until he defected in 2016,"
    private bool IsAppositive(int from, int to)
    {
        if (from < 0 || to - from < 3 || to - from > MaxAppositive) return false;
        if (!layout.IsPunct(from, ',') || !layout.IsPunct(to - 1, ',') || layout.Quoted[to - 1]) return false;
        // ", who has called the summit a “greenwashing festival”,", ", the business secretary, who warned that ...
        // “fierce opposition”,": a relative clause may quote words of its own.
        bool relative = false;
        for (int t = from + 1; t < to - 1; t++)
        {
            relative |= layout.IsWord(t, "who") || layout.IsWord(t, "whose");
            if (relative && (layout.Quoted[t] || CueLexicon.IsOpeningQuote(layout, t) || IsClosingQuote(t))) continue;
            if (layout.Quoted[t] || (!layout.Tokens[t].IsWord && layout.Text[layout.Tokens[t].Start] is '.' or ';' or '"' or '\u201C' or '\u201D')) return false;
        }
        return true;
    }

    private bool IsClosingQuote(int t) =>
        !layout.Tokens[t].IsWord && layout.QuoteAt(layout.Tokens[t].Start) is { } q && q.Outer.End == layout.Tokens[t].End && q.Closed;

    private Mention? MentionStartingAt(int token)
    {
        int i = IndexAtOrAfter(token);
        return i < mentions.Count && mentions[i].FirstToken == token ? mentions[i] : null;
    }

    /// <summary>Mentions of the sentence that end at or before <paramref name="token"/>, nearest first.</summary>
    private IEnumerable<Mention> Before(int token, Sentence sentence)
    {
        for (int i = IndexAtOrAfter(token) - 1; i >= 0 && mentions[i].FirstToken >= sentence.FirstToken; i--)
            if (mentions[i].EndToken <= token) yield return mentions[i];
    }

    private int IndexAtOrAfter(int token) => SortedSearch.FirstAtOrAfter<Mention, MentionStart>(CollectionsMarshal.AsSpan(mentions), token);

    private readonly struct MentionStart : ISortKey<Mention>
    {
        public static int Of(in Mention item) => item.FirstToken;
    }
}
