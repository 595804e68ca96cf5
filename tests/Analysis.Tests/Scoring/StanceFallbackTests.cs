using System.Collections.Concurrent;
using Analysis.Scoring;
using Xunit.Abstractions;

namespace Analysis.Tests.Scoring;

/// <summary>
/// The learned stance fallback (<see cref="StanceFallback"/>, Scoring/Data/stance_fallback.tsv) against the
/// development golds (<see cref="StanceDevCorpora"/>): the shipped table is the one the fit gives, and left out one
/// corpus at a time, with its penalty and confidence chosen on the others only, it does no worse than the rules. To regenerate the shipped table after a change to the rules, the
/// features or the golds:
/// <c>UPDATE_STANCE_FALLBACK=1 dotnet test tests/Analysis.Tests --filter "FullyQualifiedName~StanceFallbackTests"</c>.
/// </summary>
public sealed class StanceFallbackTests(ITestOutputHelper output)
{
    /// <summary>
    /// Just under the pooled accuracy measured (nested leave-one-corpus-out) on 2026-11-21. Over the first ten: 0.660,
    /// against the rules' 0.666 (Heldout12 0.594 against 0.588, Heldout14 0.713 against 0.708); 0.661 after the sentiment
    /// valences learned from the golds' statements too (the fallback reads the tone's sign). With Heldout15 (session 6),
    /// the hardest set for the rules, the eleven pool lower: 0.643 against the rules' 0.647; the un-nested choice moved to
    /// penalty 3 and confidence 0.5 (1,157 of 1,771 right against the rules' 1,146), and on the six sealed sets, checked
    /// after the refit, stance rose from 0.581 to 0.611.
    /// </summary>
    private const double PooledFloor = 0.64;

    /// <summary>
    /// How much the fallback may cost out of corpus. Measured honestly (nested) it no longer beats the rules, which were
    /// written from all ten sets: 0.660 against 0.666. It is kept because it speaks only at high confidence (0.8 or 0.9,
    /// chosen leaving one corpus out) and helps the sets no rule was written from (Heldout9, 10, 12); this bound says when
    /// its cost stops being small.
    /// </summary>
    private const double MaxCost = 0.01;

    private const string UpdateVariable = "UPDATE_STANCE_FALLBACK";

    private static string ShippedTable => Path.Combine(RepositoryPaths.Root, "src", "Analysis", "Scoring", "Data", "stance_fallback.tsv");

    private static readonly Lazy<IReadOnlyList<StanceExample>> Examples = new(() => StanceDevCorpora.Names
        .SelectMany(StanceDevCorpora.Of)
        .Select(l => StanceExample.Read(l.Corpus, l.Quote, l.Cue, Enum.Parse<Stance>(l.Stance, ignoreCase: true)))
        .ToList());

    /// <summary>Fits by the corpora left out and the penalty: the nested evaluation and the shipped choice fit the same sets again.</summary>
    private static readonly ConcurrentDictionary<(string LeftOut, double Penalty), Lazy<StanceFallback>> Fits = new();

    private static StanceFallback FitWithout(IEnumerable<string> leftOut, double penalty)
    {
        var key = string.Join("+", leftOut.Order(StringComparer.Ordinal));
        return Fits.GetOrAdd((key, penalty), k => new Lazy<StanceFallback>(() =>
        {
            var excluded = k.LeftOut.Split('+');
            return StanceFallbackFit.Fit(Examples.Value.Where(e => !excluded.Contains(e.Corpus)).ToList(), k.Penalty, confidence: 1);
        })).Value;
    }

    /// <summary>Fits the given sets on both cores up front (each fit is deterministic and single-threaded).</summary>
    private static void FitAll(IEnumerable<(string[] LeftOut, double Penalty)> fits) =>
        fits.AsParallel().ForAll(f => FitWithout(f.LeftOut, f.Penalty));

    /// <summary>The shipped procedure: penalty and confidence chosen leaving out each development gold, then a fit on all of them.</summary>
    private static (StanceFallback Model, double Penalty) FitShipped()
    {
        FitAll(StanceDevCorpora.Names.SelectMany(n => StanceFallbackFit.Penalties.Select(p => (new[] { n }, p))));
        var (penalty, confidence) = StanceFallbackFit.Choose(Examples.Value, StanceDevCorpora.Names, (held, p) => FitWithout([held], p));
        return (StanceFallbackFit.Fit(Examples.Value, penalty, confidence), penalty);
    }

    [Fact]
    public void The_shipped_fallback_is_the_one_fitted_on_the_ten_development_golds()
    {
        var (refit, penalty) = FitShipped();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") Write(refit, penalty);
        var shipped = StanceFallback.Default;
        var shippedWeights = shipped.Features.ToDictionary(f => f.Name);
        var refitWeights = refit.Features.ToDictionary(f => f.Name);
        var worst = shippedWeights.Keys.Union(refitWeights.Keys).Select(name =>
        {
            var (_, n, c, h) = shippedWeights.GetValueOrDefault(name);
            var (_, n2, c2, h2) = refitWeights.GetValueOrDefault(name);
            return (name, Gap: Math.Max(Math.Abs(n - n2), Math.Max(Math.Abs(c - c2), Math.Abs(h - h2))));
        }).MaxBy(g => g.Gap);
        output.WriteLine($"{shippedWeights.Count} features shipped, {refitWeights.Count} refitted (penalty {penalty}, confidence {refit.Confidence}); largest difference {worst.Gap:F3} ({worst.name})");
        var regenerate = $"regenerate with {UpdateVariable}=1 dotnet test tests/Analysis.Tests --filter \"FullyQualifiedName~StanceFallbackTests\"";
        Assert.True(shipped.Confidence == refit.Confidence, $"the shipped confidence {shipped.Confidence} is not the chosen {refit.Confidence}: {regenerate}");
        Assert.True(worst.Gap <= 0.002, $"the shipped stance fallback differs from a refit ({worst.name}: {worst.Gap:F3}): {regenerate}");
    }

    /// <summary>
    /// The honest figure for the fallback: each corpus is scored by a model fitted on the others, with penalty and
    /// confidence chosen by leave-one-corpus-out inside those. Stance rules have now been written from every one of
    /// them (the sealed sets are the only unseen check of the rules), so the pooled figure compares the fallback with
    /// the rules as they stand: the fallback may not cost more than <see cref="MaxCost"/> and must hold its floor.
    /// </summary>
    [Fact]
    public void Left_out_one_corpus_at_a_time_the_fallback_costs_at_most_a_point_against_the_rules()
    {
        var names = StanceDevCorpora.Names;
        FitAll(names.SelectMany((a, i) => names.Skip(i + 1).Select(b => new[] { a, b }))
            .Concat(names.Select(n => new[] { n }))
            .SelectMany(leftOut => StanceFallbackFit.Penalties.Select(p => (leftOut, p))));

        int rulesRight = 0, fallbackRight = 0, total = 0;
        foreach (var test in names)
        {
            var pool = Examples.Value.Where(e => e.Corpus != test).ToList();
            var (penalty, confidence) = StanceFallbackFit.Choose(pool, names.Where(n => n != test).ToList(), (held, p) => FitWithout([test, held], p));
            var model = FitWithout([test], penalty);
            var examples = Examples.Value.Where(e => e.Corpus == test).ToList();
            var rules = examples.Count(e => e.Rules == e.Gold);
            var fallback = examples.Count(e => StanceFallbackFit.Verdict(model, e, confidence) == e.Gold);
            output.WriteLine($"{test,-10} n={examples.Count,3}  rules {rules / (double)examples.Count:F3}  with fallback {fallback / (double)examples.Count:F3}  (penalty {penalty}, confidence {confidence})");
            (rulesRight, fallbackRight, total) = (rulesRight + rules, fallbackRight + fallback, total + examples.Count);
        }
        var accuracy = fallbackRight / (double)total;
        output.WriteLine($"pooled     n={total}  rules {rulesRight / (double)total:F3}  with fallback {accuracy:F3}");
        Assert.True(accuracy >= rulesRight / (double)total - MaxCost, $"left out one corpus at a time the fallback costs more than {MaxCost} ({fallbackRight} < {rulesRight} right)");
        Assert.True(accuracy >= PooledFloor, $"pooled accuracy with the fallback {accuracy:F3} < {PooledFloor}");
    }

    private void Write(StanceFallback refit, double penalty)
    {
        var examples = Examples.Value;
        var leftOut = StanceDevCorpora.Names.Select(n => examples.Where(e => e.Corpus == n)
            .Count(e => StanceFallbackFit.Verdict(FitWithout([n], penalty), e, refit.Confidence) == e.Gold)).Sum();
        var rules = examples.Count(e => e.Rules == e.Gold);
        string[] header =
        [
            "Learned stance fallback: a multinomial logistic regression (L2) that may overrule a NEUTRAL verdict of the stance",
            "rules when it gives conciliatory or hawkish at least the confidence below. Never changes a verdict the rules reached.",
            "",
            "Produced by StanceFallbackFit.Fit (src/Analysis/Scoring/StanceFallbackFit.cs) from the non-optional gold statements",
            $"(quote, cue, stance) of the {StanceDevCorpora.Names.Count} development golds ({string.Join(", ", StanceDevCorpora.Names)}; {examples.Count} statements),",
            "read by the rules alone. Never fitted or chosen on Heldout4, Heldout7, Heldout8, Heldout11, Heldout13, Heldout16, Heldout18 (the unseen check).",
            "Features (StanceFallbackFeatures): quote words (w:) and neighbouring word pairs (b:), cue words (c:), the rules' cue",
            "kinds and notes with their sign (k:, n:), the rules' verdict (r:) and the tone's sign (t:).",
            $"Settings: {StanceFallbackFit.Passes} full-batch AdaGrad passes; features read in fewer than {StanceFallbackFit.MinStatements} statements get no weight;",
            $"weights centred, rounded to 0.001, features whose weights are all under {StanceFallbackFit.MinWeight} dropped.",
            $"Penalty {penalty} (of {string.Join(", ", StanceFallbackFit.Penalties)}) and confidence {refit.Confidence} (of {string.Join(", ", StanceFallbackFit.Confidences)})",
            "chosen by leave-one-corpus-out (most statements right, each corpus scored by a fit on the others):",
            $"{leftOut} of {examples.Count} right ({leftOut / (double)examples.Count:F3}) against the rules' {rules} ({rules / (double)examples.Count:F3}).",
            "The nested figure (settings chosen inside the others) is printed per corpus by StanceFallbackTests.",
            $"Regenerate: {UpdateVariable}=1 dotnet test tests/Analysis.Tests --filter \"FullyQualifiedName~StanceFallbackTests\"",
        ];
        using (var writer = new StreamWriter(ShippedTable)) refit.Write(writer, header);
        output.WriteLine($"wrote {ShippedTable} ({refit.Features.Count()} features); rebuild to embed it");
    }
}
