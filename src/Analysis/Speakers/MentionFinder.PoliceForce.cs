using System.Collections.Frozen;
using Analysis.Text;

namespace Analysis.Speakers;

public static partial class MentionFinder
{
    // "At 12.45pm, gardaí said ...", "..., police said Tuesday": a police force named by its bare lower-case collective
    // noun speaks as an institution. Only right before its verb of saying ("police cleared the road" names no speaker).
    private static readonly FrozenSet<string> PoliceForces = WordSet.Exact("police", "gardaí", "gardai");

    private static Mention? PoliceForce(TextLayout layout, int t)
    {
        var word = layout.Word(t);
        if (!PoliceForces.Contains(word) || !SaysNext(layout, t + 1)) return null;
        // Capitalised like the force's name at a sentence's start ("Gardaí said ..."), so that both are one speaker.
        return new Mention { Span = layout.Tokens[t].Span, FirstToken = t, EndToken = t + 1, Kind = MentionKind.Institution, Text = char.ToUpperInvariant(word[0]) + word[1..] };
    }
}
