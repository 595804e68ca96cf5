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
            mention.Speaker = mention.Kind switch
            {
                MentionKind.Name => state.Named(mention),
                MentionKind.Institution => state.Institution(mention),
                MentionKind.Pronoun => state.Recent(s => IsPersonFor(s, mention) && !state.IsBareName(s), mention.Gender) ?? state.Recent(s => IsPersonFor(s, mention), mention.Gender),
                MentionKind.Relative => previous is not null && mention.FirstToken - previous.EndToken <= 1 ? previous.Speaker : null,
                MentionKind.Definite => state.Definite(mention),
                MentionKind.Anonymous => state.Anonymous(mention.Text),
                MentionKind.Described => state.Described(mention),
                _ => null,
            };
            if (mention.Speaker is { IsPersonLike: true } speaker && mention.Kind is not MentionKind.Pronoun and not MentionKind.Relative)
                state.Touch(speaker);
            else if (mention.Speaker is { IsPersonLike: true } referred)
                state.Touch(referred);
            // "The Transport Secretary, Grant Shapps, ...": the description and the name in apposition are one speaker.
            if (mention.Kind == MentionKind.Name && previous is { Kind: MentionKind.Definite } && mention.FirstToken == previous.EndToken + 1 && mention.Role is not null)
                previous.Speaker = mention.Speaker;
            previous = mention;
        }
    }

    private static bool IsPersonFor(Speaker s, Mention pronoun) => s.Kind is SpeakerKind.Person or SpeakerKind.Described && Compatible(s.Gender, pronoun.Gender);


    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || wanted == Gender.Unknown || known == wanted;

    private sealed class State
    {
        private readonly Dictionary<string, Speaker> byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Speaker> byNameWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Speaker> anonymous = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<Speaker> recent = [];

        public void Touch(Speaker speaker)
        {
            recent.Remove(speaker);
            recent.Add(speaker);
            if (recent.Count > RecentPeople) recent.RemoveAt(0);
        }

        public Speaker? Recent(Func<Speaker, bool> accept, Gender learned = Gender.Unknown)
        {
            for (int i = recent.Count - 1; i >= 0; i--)
            {
                if (!accept(recent[i])) continue;
                if (recent[i].Gender == Gender.Unknown && recent[i].Kind == SpeakerKind.Person) recent[i].Gender = learned;
                return recent[i];
            }
            return null;
        }

        private readonly HashSet<Speaker> actors = [];

        // A name with no title, no known gender and never seen acting as a subject ("Greece", "Network Rail"
        // when no gazetteer knows them) may well be a place or an organisation: "he" prefers anyone with
        // evidence of being a person. A single word needs a title or gender: "Greece will need" acts too.
        public bool IsBareName(Speaker s) =>
            s.Kind == SpeakerKind.Person && s.Role is null && s.Gender == Gender.Unknown && (!s.Name.Contains(' ') || !actors.Contains(s));

        public Speaker Named(Mention mention)
        {
            var name = mention.Text;
            var words = name.Split(' ');
            var speaker = byName.GetValueOrDefault(name)
                ?? (words.Length == 1 ? byNameWord.GetValueOrDefault(name) : SameSurname(words))
                ?? FromRegistry(name)
                ?? New(name, mention);
            Learn(speaker, mention);
            if (mention.ActsAsSubject) actors.Add(speaker);
            byName.TryAdd(name, speaker);
            if (speaker.Kind == SpeakerKind.Person)
                foreach (var word in words)
                    if (word.Length > 1) byNameWord[word] = speaker;
            return speaker;
        }

        // "Jim Mattis" after "James Mattis": a person already met with the same surname.
        private Speaker? SameSurname(string[] words) =>
            byNameWord.GetValueOrDefault(words[^1]) is { Kind: SpeakerKind.Person } s && s.Name.Contains(' ') && s.Name.EndsWith(words[^1], StringComparison.OrdinalIgnoreCase) ? s : null;

        private Speaker? FromRegistry(string name)
        {
            if (SpeakerRegistry.Find(name) is not { } figure) return null;
            if (byName.TryGetValue(figure.Name, out var known)) return known;
            var speaker = new Speaker(figure.Name, figure.Kind) { Role = figure.Role, Affiliation = figure.Affiliation, Gender = figure.Gender };
            byName[figure.Name] = speaker;
            return speaker;
        }

        private static Speaker New(string name, Mention mention)
        {
            var words = name.Split(' ');
            var kind = NameLexicon.Places.Contains(name) || NameLexicon.IsGroup(name) ? SpeakerKind.Place
                : TitleLexicon.InstitutionHeads.Contains(words[^1]) || NameLexicon.MediaAndPlatforms.Contains(name) ? SpeakerKind.Institution
                : SpeakerKind.Person;
            return new Speaker(name, kind) { Gender = mention.Gender };
        }

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

        public Speaker Institution(Mention mention)
        {
            var name = mention.Text;
            if (byName.TryGetValue(name, out var known)) return known;
            var speaker = FromRegistry(name) ?? new Speaker(name, SpeakerKind.Institution) { Affiliation = AffiliationResolver.Resolve(name) };
            byName[name] = speaker;
            return speaker;
        }

        public Speaker Anonymous(string label)
        {
            if (!anonymous.TryGetValue(label, out var speaker))
            {
                speaker = new Speaker(label, SpeakerKind.Anonymous) { Role = label, Affiliation = AffiliationResolver.Resolve(label) };
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
            if (TitleLexicon.AnonymousHeads.Contains(head))
            {
                var words = mention.Text.Split(' ');
                // "the spokeswoman" after "Its spokeswoman, Meaza Bekele,": a named person with that role counts too.
                return Recent(s => (s.Kind == SpeakerKind.Anonymous && words.All(w => ContainsWord(s.Name, w)))
                                   || (s.Kind == SpeakerKind.Person && s.Role is { } r && ContainsWord(r, head)))
                       ?? Anonymous(mention.Text);
            }
            return Recent(s => s.Kind == SpeakerKind.Person && s.Role is { } r && ContainsWord(r, head));
        }

        private static bool ContainsWord(string phrase, string word) =>
            phrase.Split(' ').Any(w => TitleLexicon.Abbreviated.GetValueOrDefault(w, w) is var full
                                       && (full.Equals(word, StringComparison.OrdinalIgnoreCase) || full.TrimEnd('s').Equals(word.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)));
    }
}
