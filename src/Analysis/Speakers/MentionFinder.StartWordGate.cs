using System.Collections.Frozen;
using System.Text;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    /// <summary>
    /// The one look-up that turns away the lower-case words that start no mention (most tokens), built from the sets the
    /// rules of <see cref="MentionAt"/> test their first word against, so that no rule's word can be missing from it.
    /// (A class of its own: its fields read sets declared in several files of <see cref="MentionFinder"/>, whose order of
    /// initialisation is unspecified; this class is initialised only once they all are.)
    /// </summary>
    internal static class StartWordGate
    {
        /// <summary>
        /// The words the rules may start a mention with when it is not capitalised: possessive and personal pronouns
        /// (PossessedSource, OwnersOrganisation, Pronoun), "the" (OwnersOrganisation), "one" (OneOfThem), determiners
        /// (Description), "people", plural heads, source heads and modifiers (Group), bare police forces (PoliceForce), title words (Name). A rule that
        /// starts mentions with other such words tests a set of its own and lists it here.
        /// </summary>
        internal static readonly IReadOnlyList<IEnumerable<string>> LowerCaseRuleFirstWords =
        [
            PossessivePronouns, OrganisationPossessives, TheArticle, One, Pronouns.Keys, Determiners, People, TitleLexicon.PluralHeads,
            TitleLexicon.AnonymousHeads, TitleLexicon.DescriptionModifiers, TitleLexicon.TitleWords, PoliceForces,
        ];

        /// <summary>Their union, ignoring case.</summary>
        internal static readonly FrozenSet<string> LowerCase = WordSet.IgnoringCase([.. LowerCaseRuleFirstWords.SelectMany(words => words)]);

        /// <summary>The union's words as an ASCII word can match them (see <see cref="WordSet.AsciiForm"/>: "gardaí" is in the union).</summary>
        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsciiBySpan =
            WordSet.IgnoringCase([.. LowerCase.Select(WordSet.AsciiForm).OfType<string>()]).GetAlternateLookup<ReadOnlySpan<char>>();

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseBySpan = LowerCase.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Their shapes: asked first, they turn most words away without the look-up.</summary>
        internal static readonly WordShapes LowerCaseShapes = new(LowerCase);

        /// <summary>Whether a rule may start a mention with this lower-case word.</summary>
        internal static bool Admits(ReadOnlySpan<char> word) =>
            LowerCaseShapes.MayHold(word) && (Ascii.IsValid(word) ? AsciiBySpan.Contains(word) : LowerCaseBySpan.Contains(word));
    }
}
