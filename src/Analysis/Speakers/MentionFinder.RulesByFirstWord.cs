using System.Collections.Frozen;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    /// <summary>The rules of <see cref="MentionAt"/> that start a mention only at words of their own list.</summary>
    [Flags]
    private enum ListedStartRules
    {
        None = 0,
        PossessedSource = 1,
        OwnersOrganisation = 2,
        StatementAuthor = 4,
        OneOfThem = 8,
        Pronoun = 16,
        PoliceForce = 32,
    }

    /// <summary>
    /// Which of those rules may start at a word: one look-up per token instead of each rule testing its own list in turn
    /// (most tokens that reach the rules are capitalised names, which start none of them). The lists are exact (case
    /// counts: "His" and "his" are both listed), and so is this index: a rule it leaves out would have turned the word
    /// away with its first test. (A class of its own, as <see cref="StartWordGate"/> is: it reads sets declared in several files.)
    /// </summary>
    private static class RulesByFirstWord
    {
        private static readonly FrozenDictionary<string, ListedStartRules> Index = Build();

        public static ListedStartRules Of(string word) => Index.GetValueOrDefault(word);

        private static FrozenDictionary<string, ListedStartRules> Build()
        {
            var index = new Dictionary<string, ListedStartRules>(StringComparer.Ordinal);
            void Add(IEnumerable<string> words, ListedStartRules rule)
            {
                foreach (var word in words) index[word] = index.GetValueOrDefault(word) | rule;
            }
            Add(PossessivePronouns, ListedStartRules.PossessedSource);
            Add(OrganisationPossessives.Concat(TheArticle), ListedStartRules.OwnersOrganisation);
            Add(TheArticle, ListedStartRules.StatementAuthor);
            Add(One, ListedStartRules.OneOfThem);
            Add(Pronouns.Keys, ListedStartRules.Pronoun);
            Add(PoliceForces, ListedStartRules.PoliceForce);
            return index.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
