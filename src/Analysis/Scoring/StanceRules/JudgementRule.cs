using System.Collections.Frozen;

namespace Analysis.Scoring.StanceRules;

/// <summary>
/// A deal, a meeting or talks that the speaker judges take the sign of the judgement: endorsing an agreement is
/// conciliatory ("the agreement was fair, reasonable and adequate", "the deal was the best result this case could
/// produce"), condemning it is hawkish ("a bad deal", "the deal was a historic mistake", "voted against the deal"). The judgement is the tone of
/// the adjective right before the word, or of the predicate after "is", "was", "had been" (up to <see cref="Scope"/>
/// words, a negator turning the word after it), rated by the human tone lexicons; a judgement under
/// <see cref="MinJudgement"/> either way is no judgement. A judged word counts in full, as no mere topic. The rule runs
/// last and leaves the cue's tone as the other rules made it: the judging words carry their own tone.
/// </summary>
internal sealed class JudgementRule(SentimentLexicon lexicon) : IStanceRule
{
    private const int Scope = 6;
    private const double MinJudgement = 1.5;

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "this", "that", "any", "their", "our", "its"]);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "'s", "be", "been"]);

    /// <summary>Words between a subject and its copula: "the deal had been", "the talks have been", "it would be".</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(["has", "have", "had", "will", "would", "could", "may", "might"]);

    public StanceCue Apply(StanceCue cue, StanceContext context)
    {
        if (cue.Settled || cue.Weight <= 0 || cue.Kind is not (StanceKind.Talks or StanceKind.Cooperation)) return cue;
        var judgement = AdjectiveBefore(cue, context) ?? Predicate(cue, context);
        if (judgement is not { } v || Math.Abs(v) < MinJudgement) return cue;
        var weight = Math.Abs(cue.Match.Phrase.Weight);
        return cue with { Weight = v > 0 ? weight : -weight, Note = v > 0 ? "endorsed" : "condemned", Settled = true, ToneOverride = cue.Tone };
    }

    /// <summary>
    /// The tone of the word right before the phrase ("a bad deal"), or a condemnation if "against" precedes it ("voted
    /// against the deal"), or null.
    /// </summary>
    private double? AdjectiveBefore(StanceCue cue, StanceContext context)
    {
        var j = cue.Match.First - 1;
        if (j < 0 || !context.Tokens[j].IsWord) return null;
        if (Word(context, j) == "against" || (Determiners.Contains(Word(context, j)) && Word(context, j - 1) == "against")) return -MinJudgement;
        return lexicon.Valence(context.Tokens[j].Lower);
    }

    private static string Word(StanceContext context, int j) => j >= 0 ? context.Tokens[j].Lower : "";

    /// <summary>The summed tone of the predicate after the phrase's copula, or null if no copula follows it.</summary>
    private double? Predicate(StanceCue cue, StanceContext context)
    {
        var j = cue.Match.Last + 1;
        while (j < context.Tokens.Count && Auxiliaries.Contains(context.Tokens[j].Lower)) j++;
        if (j >= context.Tokens.Count || !Copulas.Contains(context.Tokens[j].Lower)) return null;
        double sum = 0;
        var seen = 0;
        for (j++; j < context.Tokens.Count && seen < Scope; j++)
        {
            var t = context.Tokens[j];
            if (t.EndsClause) break;
            if (!t.IsWord) continue;
            seen++;
            if (lexicon.Valence(t.Lower) is { } v) sum += StanceNegators.Negates(context, j - 1) ? -0.5 * v : v;
        }
        return sum;
    }
}
