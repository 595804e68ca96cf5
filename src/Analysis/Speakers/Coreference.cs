using System.Collections.Frozen;

namespace Analysis.Speakers;

/// <summary>
/// Links every mention of an article to one canonical <see cref="Speaker"/>, in one forward pass:
/// names by full name, then surname or given name against the people already met, then the registry;
/// "he"/"she" to the most recent person of a compatible gender; "who" to the mention just before;
/// "the official" to the last unnamed source whose label holds its words; "the secretary" to the last
/// person whose role holds the noun. Work per mention is bounded (a short recency list), so the pass is linear.
/// </summary>
public static class Coreference
{
    private const int RecentPeople = 12;

    public static void Resolve(IReadOnlyList<Mention> mentions)
    {
        var state = new State();
        Mention? previous = null;
        foreach (var mention in mentions)
        {
            mention.Speaker = IsAcronymOf(mention, previous) ? state.Alias(mention.Text, previous!.Speaker!) : mention.Kind switch
            {
                MentionKind.Name => state.Named(mention),
                MentionKind.Epithet => state.Epithet(),
                MentionKind.Institution => state.Institution(mention),
                MentionKind.Pronoun => state.Pronoun(mention),
                MentionKind.Relative => previous is not null && mention.FirstToken - Math.Max(previous.EndToken, previous.AppositiveEnd) <= 1 ? previous.Speaker : null,
                MentionKind.Definite => state.Definite(mention),
                MentionKind.Anonymous => state.Anonymous(mention.Text),
                MentionKind.Described => state.Described(mention),
                _ => null,
            };
            if (mention.Kind == MentionKind.Anonymous && mention.OpensClause && mention.Speaker is { } source) source.MetAsSubjectSource = true;
            // "Hensley disputed Shaw's claim ... “...,” he said": a possessor already met is no new topic for "he".
            // "whose son Liam is the ship's second engineer": a predicate describes someone already met; it is no new topic.
            if (mention.Speaker is { IsPersonLike: true } speaker && !mention.IsPredicate && !(mention.Possessive && mention.Kind == MentionKind.Name && state.IsRecent(speaker)))
                // ("Farrow said ... that a pilot of new tills had gone well. “...,” he said": someone described inside reported words
                // goes behind the one reporting them, as an object does.)
                // ("... backed by a judge's warrant. “...,” he said": a described possessor qualifies a thing; it is no new topic either.)
                state.Touch(speaker, behindTop: mention.Kind == MentionKind.Name && (mention.IsObject || mention.OpensThatClause) || mention.Kind == MentionKind.Described && (mention.OpensThatClause || mention.Possessive));
            // "Latvian tugs towed one ship to Riga, it said": a place named only as where something goes or happens is no
            // actor that "it" can mean; one that acts ("Beijing said", "Riga has protested") is.
            if (mention.Speaker is { } organisation && !(organisation.Kind == SpeakerKind.Place && mention.IsPlaceComplement)) state.TouchOrganisation(organisation);
            // "Oklahoma Department of Corrections Director Ray Dunning": the organisation in a title is met too ("the department").
            if (mention.Kind == MentionKind.Name && mention.Role is { } titleWords && OrganisationInTitle(titleWords) is { } body) state.TouchOrganisation(state.TitleOrganisation(body));
            // "Lumora, which is headquartered in Singapore": "which", not "who", so a thing, not a person.
            if (mention.Kind == MentionKind.Relative && mention.Text == "which" && mention.Speaker is { } thing && state.IsBareName(thing))
                thing.Kind = SpeakerKind.Institution;
            // "The Transport Secretary, Grant Shapps, ...": the description and the name in apposition are one speaker.
            // ("Norway's special envoy, Eirik Solbakken, said": so are a possessor's description and the name after it.)
            if (mention.Kind == MentionKind.Name && previous is { Kind: MentionKind.Definite or MentionKind.Described } && mention.FirstToken == previous.EndToken + 1 && mention.FollowsComma && (mention.Role is not null || previous.Speaker is { Kind: SpeakerKind.Described }))
            {
                // "Egypt's foreign minister said ... The minister, Khaled Mansour, spoke": the description gets its name.
                if (previous.Speaker is { Kind: SpeakerKind.Described } described && mention.Speaker is { Kind: SpeakerKind.Person } named)
                    (described.Name, described.Kind, named.Role) = (named.Name, SpeakerKind.Person, named.Role ?? described.Role);
                previous.Speaker = mention.Speaker;
            }
            // "A spokeswoman for Extinction Rebellion, Robin Ellis, told me": the name takes the title's sex, for "she" later.
            if (mention.Kind == MentionKind.Name && mention.FollowsComma && previous is { Kind: MentionKind.Anonymous or MentionKind.Described or MentionKind.Definite, Role: { } title }
                && mention.FirstToken == previous.EndToken + 1 && mention.Speaker is { Kind: SpeakerKind.Person, Gender: Gender.Unknown } person)
                person.Gender = title.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? Gender.Female : title.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Unknown;
            previous = mention;
        }
        ResolveForward(mentions);
    }

    private const int MaxForwardMentions = 40;

    // "..., the nurses' union said on Wednesday." opening a story that names the union only later: an organisation
    // referent that nothing before resolved is the next organisation whose name holds its noun.
    private static void ResolveForward(IReadOnlyList<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Kind: MentionKind.Definite, Speaker: null, Role: { } noun } referent || referent.Text != noun || !TitleLexicon.OrganisationReferents.Contains(noun)) continue;
            for (int k = i + 1; k < mentions.Count && k <= i + MaxForwardMentions; k++)
                if (mentions[k].Speaker is { Kind: SpeakerKind.Institution } body && State.ContainsWord(body.Name, noun)) { referent.Speaker = body; break; }
        }
    }

    // The organisation at the front of a title: "Oklahoma Department of Corrections Director" → "Oklahoma Department of
    // Corrections"; null when the title names none ("Foreign Minister").
    private static string? OrganisationInTitle(string title)
    {
        // (A one-word title, the most common, names no organisation: it needs a head and a word before or after it.)
        if (!title.Contains(' ')) return null;
        // (Empty entries dropped: a title read across a double space, "U.S.  said", has no empty word to test.)
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int end = words.Length;
        while (end > 0 && !TitleLexicon.InstitutionHeads.Contains(words[end - 1]) && (char.IsLower(words[end - 1][0]) || TitleLexicon.TitleWords.Contains(words[end - 1]))) end--;
        // "Department of Corrections": the capitalised words after an "of" that follows a head belong to the name.
        if (end == 0) return null;
        bool hasHead = false;
        for (int k = 0; k < end; k++) hasHead |= TitleLexicon.InstitutionHeads.Contains(words[k]) && char.IsUpper(words[k][0]);
        return hasHead && end > 1 && words.Take(end).All(w => char.IsUpper(w[0]) || w == "of") ? string.Join(' ', words, 0, end) : null;
    }

    // "The British Medical Association (BMA)": capitals right after a name, one token ("(") between, spelling its initials.
    private static bool IsAcronymOf(Mention mention, Mention? previous)
    {
        if (previous?.Speaker is null || mention.Kind != MentionKind.Name || mention.FirstToken != previous.EndToken + 1 || mention.Text.Length < 2 || mention.Text.Any(c => !char.IsUpper(c))) return false;
        return SpellsInitials(previous.Text, mention.Text);
    }

    // Whether the initials of name's capitalised words spell acronym ("Competition and Markets Authority", "CMA"), read in
    // place: it is asked of every organisation met whenever capitals such as "US" or "UN" are, and of every name met
    // whenever capitals no organisation spells are ("DPRK"). A country in front may be left out of the acronym ("U.S.
    // Food and Drug Administration", "FDA"); the rest is read before the country is looked up, which takes a string.
    private static bool SpellsInitials(string name, string acronym) =>
        SpellsInitials(name.AsSpan(), acronym)
        || name.IndexOf(' ') is > 0 and var space && SpellsInitials(name.AsSpan(space + 1), acronym) && NameLexicon.Places.Contains(name[..space]);

    private static bool SpellsInitials(ReadOnlySpan<char> name, string acronym)
    {
        int k = 0;
        foreach (var range in name.Split(' '))
        {
            var w = name[range];
            if (w.Length == 0 || !char.IsUpper(w[0])) continue;
            if (k == acronym.Length || w[0] != acronym[k]) return false;
            k++;
        }
        return k == acronym.Length;
    }

    // "Hartwell & Sons", "Marks & Spencer": an ampersand joins partners in a firm's name, never a person's names. Such a
    // firm is what "it" and "the company" mean even when no head word ("Ltd", "Group") ends its name.
    private static bool IsFirmName(string name) => name.Contains(" & ", StringComparison.Ordinal);

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 6 && name.All(char.IsUpper);

    // Whether an unnamed source's label is one person: its head ("official" in "senior official at the Foreign Office")
    // is singular ("officials", "people familiar with the talks" are groups).
    private static bool IsOneSource(string label)
    {
        foreach (var range in label.AsSpan().Split(' '))
        {
            var word = label[range];
            if (TitleLexicon.IsPluralHead(word) || word.Equals("people", StringComparison.OrdinalIgnoreCase)) return false;
            if (TitleLexicon.AnonymousHeads.Contains(word) || TitleLexicon.PersonHeads.Contains(word)) return true;
        }
        return false;
    }


    private static Gender GenderOfTitle(string label) =>
        label.EndsWith("spokeswoman", StringComparison.OrdinalIgnoreCase) ? Gender.Female : label.EndsWith("spokesman", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Unknown;

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || wanted == Gender.Unknown || known == wanted;

    private sealed class State
    {
        // Sized for a typical article's names up front: grown from empty, each table was rebuilt four or five times per
        // article, a visible share of naming a mention. (Only insertions, never removals: byName enumerates in insertion
        // order whatever its size.)
        private const int NamesPerArticle = 32;

        private readonly Dictionary<string, Speaker> byName = new(NamesPerArticle, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Speaker> byNameWord = new(NamesPerArticle, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Speaker> anonymous = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<Speaker> recent = [];

        // "Trump said ..., flanked by Vice President Mike Pence. He announced ...": a person met as the object of a
        // preposition goes just behind the most recent person, who stays the first candidate for "he".
        public void Touch(Speaker speaker, bool behindTop = false)
        {
            recent.Remove(speaker);
            if (behindTop && recent.Count > 0) recent.Insert(recent.Count - 1, speaker); else recent.Add(speaker);
            if (recent.Count > RecentPeople) recent.RemoveAt(0);
        }

        public bool IsRecent(Speaker speaker) => recent.Contains(speaker);

        // Organisations, places and names that may be either, most recent last: what "the company" and "it" refer to.
        private readonly List<Speaker> organisations = [];

        public void TouchOrganisation(Speaker speaker)
        {
            // The outlets that report the news are never "the company" of the news ("told the BBC").
            if (!(speaker.Kind is SpeakerKind.Institution or SpeakerKind.Place || IsBareName(speaker)) || NameLexicon.IsOutlet(speaker.Name)) return;
            organisations.Remove(speaker);
            organisations.Add(speaker);
            if (organisations.Count > RecentPeople) organisations.RemoveAt(0);
        }

        // "the commission" → the last organisation whose name holds the noun ("European Commission"); "the company",
        // "it" → failing that, the last organisation of any name (a place only for "it": "Beijing said it ...").
        public Speaker? Organisation(string noun)
        {
            bool pronoun = noun == "it";
            for (int i = organisations.Count - 1; i >= 0 && !pronoun; i--)
                if (ContainsWord(organisations[i].Name, noun)) return organisations[i];
            // "the U.S. Food and Drug Administration said ... The agency said": the last government agency met, whatever its head.
            if (TitleLexicon.AgencyReferents.Contains(noun))
            {
                for (int i = organisations.Count - 1; i >= 0; i--)
                    if (organisations[i].Kind == SpeakerKind.Institution && TitleLexicon.AgencyHeads.Contains(LastWord(organisations[i].Name))) return organisations[i];
                return null;
            }
            if (!pronoun && !TitleLexicon.BusinessReferents.Contains(noun)) return null;
            // A business by its name ("Harmon Valley Foods"), then any organisation, then a name that merely might be one.
            for (int i = organisations.Count - 1; i >= 0 && !pronoun; i--)
                if (organisations[i] is { Kind: SpeakerKind.Institution, IsCompany: true }) return organisations[i];
            // ("in Addis Ababa", "at Euston" are institutions only for want of a better kind: an organisation's name ends in its head.)
            for (int i = organisations.Count - 1; i >= 0; i--)
                if (organisations[i].Kind == SpeakerKind.Institution && (organisations[i].Name.Split(' ')[^1] is var head && TitleLexicon.InstitutionHeads.Contains(head) && (pronoun || !TitleLexicon.PublicBodyHeads.Contains(head)) || IsFirmName(organisations[i].Name) || organisations[i].IsCompany || pronoun && IsAcronym(organisations[i].Name))
                    || pronoun && organisations[i].Kind == SpeakerKind.Place) return organisations[i];
            for (int i = organisations.Count - 1; i >= 0; i--)
                if (organisations[i].Kind != SpeakerKind.Place && IsBareName(organisations[i])) return organisations[i];
            return null;
        }

        private static bool IsCapitals(string name) => !name.AsSpan().ContainsAnyInRange('a', 'z');

        private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

        // (The look-ups that take a lambda are methods of their own: a lambda in Resolve's loop capturing the mention
        // would allocate a closure for every mention, pronoun or not.)

        // "the striker said": the person the story is about, whatever title was given.
        public Speaker? Epithet() => Recent(s => s.Kind == SpeakerKind.Person && !IsBareName(s)) ?? Recent(s => s.Kind == SpeakerKind.Person);

        // "A council spokesman said ... “...,” he said": an unnamed source whose title gives the sex is the "he" too; so is one
        // unnamed source of no stated sex met as a subject ("One official in the Blue House was blunter. “...,” he said"), never a group.
        private bool IsPersonFor(Speaker s, Mention pronoun) =>
            s.Kind is SpeakerKind.Person or SpeakerKind.Described ? Compatible(s.Gender, pronoun.Gender)
            : s.Kind == SpeakerKind.Anonymous && (s.Gender != Gender.Unknown ? s.Gender == pronoun.Gender : s.MetAsSubjectSource && IsOneSource(s.Name));

        // Only "he" and "she" teach an unknown person's sex: "his wife, Leila Navabi, ... since his arrest" is often someone else's.
        public Speaker? Pronoun(Mention pronoun)
        {
            var learned = pronoun.Possessive ? Gender.Unknown : pronoun.Gender;
            return Recent(s => IsPersonFor(s, pronoun) && !IsBareName(s), learned) ?? Recent(s => IsPersonFor(s, pronoun), learned);
        }

        public Speaker? Recent(Func<Speaker, bool> accept, Gender learned = Gender.Unknown)
        {
            for (int i = recent.Count - 1; i >= 0; i--)
            {
                if (!accept(recent[i])) continue;
                if (recent[i].Gender == Gender.Unknown && recent[i].Kind is SpeakerKind.Person or SpeakerKind.Anonymous) recent[i].Gender = learned;
                return recent[i];
            }
            return null;
        }

        // A name with no title, no known gender and never seen acting as a subject ("Greece", "Network Rail"
        // when no gazetteer knows them) may well be a place or an organisation: "he" prefers anyone with
        // evidence of being a person. A single word needs a title or gender: "Greece will need" acts too.
        public bool IsBareName(Speaker s) =>
            s.Kind == SpeakerKind.Person && s.Role is null && s.Gender == Gender.Unknown && (!s.Name.Contains(' ') || !s.ActedAsSubject);

        /// <summary>Another name for a speaker already met ("BMA" for "British Medical Association").</summary>
        public Speaker Alias(string name, Speaker speaker)
        {
            byName.TryAdd(name, speaker);
            return speaker;
        }

        public Speaker Named(Mention mention)
        {
            // "Beijing said": the capital speaks for its country, one speaker with "China said".
            var name = NameLexicon.CountryOfCapital(mention.Text) ?? mention.Text;
            var words = name.Split(' ');
            // A single word is the surname (or given name) of the last person met with it, even when the headline
            // used it alone first ("Barnier warns ..." then "Michel Barnier said" then "Mr Barnier told").
            // ("CMA" in a headline before "the Competition and Markets Authority" is met still spells that authority.)
            // (A single word's entry by word is looked up once, and its short form is not asked for twice.)
            bool single = words.Length == 1;
            var byWord = single ? byNameWord.GetValueOrDefault(name) : null;
            var speaker = (IsAcronym(name) ? AcronymOf(name) : null)
                ?? (byWord is { } full && full.Name.Contains(' ') ? full : null)
                ?? (single ? ShortForm(name) : null)
                ?? (single ? null : OrganisationForUntitledName(name))
                ?? byName.GetValueOrDefault(name)
                ?? (single ? byWord : SameSurname(words) ?? ShortForm(name))
                ?? FromRegistry(name)
                ?? New(name, words, mention);
            Learn(speaker, mention);
            // ("THE BIG ONE:", "STATEHOUSE BRIEFING:": capitals never met in ordinary case head a section; they show no one acting.)
            if (mention.ActsAsSubject && !(IsCapitals(name) && speaker.Name == name)) speaker.ActedAsSubject = true;
            byName.TryAdd(name, speaker);
            // A surname two people share stays the first one's: "Kaveh Navabi ..., his wife, Leila Navabi, ... Navabi was arrested".
            if (speaker.Kind == SpeakerKind.Person)
                for (int w = 0; w < words.Length; w++)
                    if (words[w].Length > 1 && !(w == words.Length - 1 && w > 0 && byNameWord.GetValueOrDefault(words[w]) is { Kind: SpeakerKind.Person } first && first.Name.Contains(' ')))
                        byNameWord[words[w]] = speaker;
            RememberShortForms(name, words, speaker);
            return speaker;
        }

        // "The CMA said" after "the Competition and Markets Authority": capitals spelling the initials of an organisation met
        // before, the most recent first; failing one, of any name met (SpelledName).
        private Speaker? AcronymOf(string acronym)
        {
            for (int i = organisations.Count - 1; i >= 0; i--)
            {
                // ("the paramilitary Rapid Support Forces ... the RSF": capitals spelling a name's initials show it was an organisation.)
                if (!(organisations[i].Kind == SpeakerKind.Institution || IsBareName(organisations[i])) || !organisations[i].Name.Contains(' ') || !SpellsInitials(organisations[i].Name, acronym)) continue;
                organisations[i].Kind = SpeakerKind.Institution;
                return organisations[i];
            }
            return SpelledName(acronym);
        }

        private const int MinSpelledAcronym = 3;

        // "the paramilitary Rapid Support Forces has ... the RSF said": failing a recent organisation, any untitled name of
        // no known sex met in the article whose initials the capitals spell; it was an organisation all along. ("US", "UN"
        // are too short to tell.)
        private Speaker? SpelledName(string acronym)
        {
            if (acronym.Length < MinSpelledAcronym) return null;
            foreach (var (name, speaker) in byName)
            {
                if (!name.Contains(' ') || speaker.Kind is SpeakerKind.Anonymous or SpeakerKind.Described || speaker.Kind == SpeakerKind.Person && (speaker.Role is not null || speaker.Gender != Gender.Unknown)
                    || !SpellsInitials(name, acronym)) continue;
                speaker.Kind = SpeakerKind.Institution;
                return speaker;
            }
            return null;
        }

        // words is name split at its spaces.
        private void RememberShortForms(string name, string[] words, Speaker speaker)
        {
            if (words.Length < 2) return;
            // The first n words are name's prefix up to its nth space: looked up in place, made a string only when new.
            var shortFormsBySpan = shortForms.GetAlternateLookup<ReadOnlySpan<char>>();
            int prefixEnd = words[0].Length;
            // "Halden" or "Harmon Valley" for "Halden Motors", "Harmon Valley Foods"; never a lone title word ("Foreign").
            // ("Tajik" is no short form of "Tajik foreign ministry": the words after it are a description, not a name.)
            for (int n = 1; n < words.Length && char.IsUpper(words[n][0]); prefixEnd += 1 + words[n].Length, n++)
                if (n > 1 || !(TitleLexicon.TitleWords.Contains(words[0]) || NameLexicon.Places.Contains(words[0])))
                    shortFormsBySpan.TryAdd(name.AsSpan(0, prefixEnd), speaker);
        }

        private readonly Dictionary<string, Speaker> shortForms = new(NamesPerArticle, StringComparer.OrdinalIgnoreCase);

        // "Harmon Valley" after "Harmon Valley Foods": an organisation's longer name met before that starts with these words.
        // A story that goes on to use a shorter name ("Calder" after "Calder Foods Ltd") shows the legal form is no part of it.
        private Speaker? ShortForm(string name)
        {
            if (shortForms.GetValueOrDefault(name) is not { Kind: not SpeakerKind.Person } s) return null;
            if (s.IsCompany) s.Name = WithoutLegalForm(s.Name);
            return s;
        }

        // "Prairie Harvest expands recall" in a headline, "Prairie Harvest Foods said" in the story, then "Prairie Harvest said":
        // a name met with no title or sex that begins an organisation's name met since is that organisation.
        private Speaker? OrganisationForUntitledName(string name) =>
            ShortForm(name) is { } organisation && byName.GetValueOrDefault(name) is { Kind: SpeakerKind.Person, Role: null, Gender: Gender.Unknown } untitled
            && untitled != organisation && SpeakerRegistry.Find(name) is null ? organisation : null;

        // "Jim Mattis" after "James Mattis": a person already met with the same surname, and a first name that may be the
        // same one (its initial; "Leila Navabi" after "Kaveh Navabi" is his wife).
        private Speaker? SameSurname(string[] words) =>
            byNameWord.GetValueOrDefault(words[^1]) is { Kind: SpeakerKind.Person } s && s.Name.Contains(' ') && s.Name.EndsWith(words[^1], StringComparison.OrdinalIgnoreCase)
            && char.ToUpperInvariant(s.Name[0]) == char.ToUpperInvariant(words[0][0]) ? s : null;

        private Speaker? FromRegistry(string name)
        {
            if (SpeakerRegistry.Find(name) is not { } figure) return null;
            if (byName.TryGetValue(figure.Name, out var known)) return known;
            var speaker = new Speaker(figure.Name, figure.Kind) { Role = figure.Role, Affiliation = figure.Affiliation, Gender = figure.Gender };
            byName[figure.Name] = speaker;
            return speaker;
        }

        // words is name split at its spaces.
        private static Speaker New(string name, string[] words, Mention mention)
        {
            // ("Alliance for Safe Seas", "Department of Transport": an institution's head with its cause or remit; "the ISPR said.
            // It said": capitals never met spelled out are an organisation's initials, not a person.)
            var kind = NameLexicon.Places.Contains(name) || NameLexicon.IsGroup(name) ? SpeakerKind.Place
                : TitleLexicon.InstitutionHeads.Contains(words[^1]) || NameLexicon.IsOutlet(name) || IsFirmName(name) || IsAcronym(name) || words.Length > 2 && words[1] is "for" or "of" && TitleLexicon.InstitutionHeads.Contains(words[0]) ? SpeakerKind.Institution
                : SpeakerKind.Person;
            return new Speaker(name, kind) { Gender = mention.Gender, IntroducedWithTitle = mention.Role is not null, IsCompany = TitleLexicon.CompanySuffixes.Contains(words[^1]) };
        }

        // "Calder Foods Ltd" is "Calder Foods" (it is still met under both names).
        private static string WithoutLegalForm(string name) =>
            name.LastIndexOf(' ') is > 0 and var space && TitleLexicon.LegalForms.Contains(name[(space + 1)..]) ? name[..space].TrimEnd(',') : name;

        // Titles given in the text win over the registry's, and fix the camp.
        private static void Learn(Speaker speaker, Mention mention)
        {
            if (mention.Role is { } role && !string.IsNullOrWhiteSpace(role))
            {
                if (speaker.Role is null || SpeakerRegistry.Find(speaker.Name)?.Role == speaker.Role) speaker.Role = role;
                speaker.Affiliation = AffiliationResolver.Resolve(role) ?? speaker.Affiliation;
            }
            if (speaker.Gender == Gender.Unknown) speaker.Gender = mention.Gender;
            speaker.Affiliation ??= speaker.Kind == SpeakerKind.Place ? AffiliationResolver.Resolve(speaker.Name) : null;
        }

        public Speaker Institution(Mention mention) => Institution(mention.Text);

        // An organisation named inside a title: one met before under that name or a longer one ("Airport Authority"
        // after "Airport Authority Hong Kong"), or a new one.
        public Speaker TitleOrganisation(string name) => ShortForm(name) ?? Institution(name);

        public Speaker Institution(string name)
        {
            if (IsAcronym(name) && AcronymOf(name) is { } spelled) return spelled;
            if (byName.TryGetValue(name, out var known))
            {
                // "Brightwater Dairy lays off 200" in a headline, then "a Brightwater Dairy plant": an organisation after all.
                if (known.Kind == SpeakerKind.Person && known.Role is null && SpeakerRegistry.Find(name) is null) known.Kind = SpeakerKind.Institution;
                return known;
            }
            var words = name.Split(' ');
            var speaker = FromRegistry(name) ?? new Speaker(name, SpeakerKind.Institution) { Affiliation = AffiliationResolver.Resolve(name), IsCompany = TitleLexicon.CompanySuffixes.Contains(words[^1]) };
            byName[name] = speaker;
            RememberShortForms(name, words, speaker);
            return speaker;
        }

        public Speaker Anonymous(string label)
        {
            if (!anonymous.TryGetValue(label, out var speaker))
            {
                speaker = new Speaker(label, SpeakerKind.Anonymous) { Role = label, Affiliation = AffiliationResolver.Resolve(label), Gender = GenderOfTitle(label) };
                anonymous[label] = speaker;
            }
            return speaker;
        }

        public Speaker Described(Mention mention) =>
            new(mention.Text, SpeakerKind.Described) { Role = mention.Text, Affiliation = AffiliationResolver.Resolve(mention.Text) };

        // "the official", "the State Department official" → the last unnamed source whose label holds those
        // words; "the secretary", "the President" → the last person whose role holds the noun.
        public Speaker? Definite(Mention mention)
        {
            var head = mention.Role ?? "";
            if (head == "it" || TitleLexicon.OrganisationReferents.Contains(head) && mention.Text == head) return Organisation(head);
            if (TitleLexicon.AnonymousHeads.Contains(head))
            {
                var words = mention.Text.Split(' ');
                // "the spokeswoman" after "Its spokeswoman, Meaza Bekele,": a named person with that role counts too.
                return Recent(s => (s.Kind == SpeakerKind.Anonymous && words.All(w => ContainsWord(s.Name, w)))
                                   || (s.Kind == SpeakerKind.Person && s.Role is { } r && ContainsWord(r, head)))
                       ?? Anonymous(mention.Text);
            }
            return Recent(s => s.Kind is SpeakerKind.Person or SpeakerKind.Described && s.Role is { } r && ContainsWord(r, head)) ?? Unmatched(mention);
        }

        // A definite description no earlier title matches. One that identifies by itself ("the head of the ICRC
        // delegation", "the EU's chief negotiator") introduces someone, maybe named later; a bare one ("the former
        // French foreign minister", "the Special Envoy") describes the last person met whose title is not yet
        // known, and gives that title.
        private Speaker? Unmatched(Mention mention)
        {
            // ("the Council of Governors chairman", "the Labour Party chair": an organisation's title identifies by itself.)
            if (mention.Text.Contains(' ') && (mention.Text.Contains('\u2019') || mention.Text.Contains('\'') || !mention.Text.EndsWith(mention.Role ?? "", StringComparison.OrdinalIgnoreCase)
                                               || mention.Text.Split(' ').Any(w => char.IsUpper(w[0]) && TitleLexicon.InstitutionHeads.Contains(w))))
                return Described(mention);
            var person = Recent(s => s.Kind == SpeakerKind.Person && s.Role is null && !IsBareName(s));
            if (person is not null) person.Role = mention.Text;
            return person;
        }

        private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviatedBySpan =
            TitleLexicon.Abbreviated.GetAlternateLookup<ReadOnlySpan<char>>();

        // Whether a word of phrase (an abbreviation standing for its full noun), or its singular, is word. The words are
        // read in place: this runs for every organisation and person met, for every definite description.
        internal static bool ContainsWord(string phrase, string word)
        {
            foreach (var range in phrase.AsSpan().Split(' '))
            {
                var w = phrase.AsSpan(range);
                var full = AbbreviatedBySpan.TryGetValue(w, out var expanded) ? expanded.AsSpan() : w;
                if (full.Equals(word, StringComparison.OrdinalIgnoreCase) || full.TrimEnd('s').Equals(word.AsSpan().TrimEnd('s'), StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
