using Analysis.Extraction;
using Analysis.Metrics;
using FsCheck;
using FsCheck.Fluent;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Metrics;

public class DivergenceTests
{
    // A President tweeting against talks while the State Department keeps channels open.
    private static readonly Statement[] Corpus =
    [
        Make("Rex Tillerson", "State Department", Day("2017-09-28"), 0.3, quote: "we remain open to dialogue"),
        Make("Donald Trump", "White House", Day("2017-09-28"), 0.0, quote: "we will see what happens"),
        Make("Rex Tillerson", "State Department", Day("2017-09-30"), 0.8, quote: "we have lines of communication to Pyongyang"),
        Make("Rex Tillerson", "State Department", Day("2017-09-30"), 0.6, quote: "we can talk to them, we do talk to them"),
        Make("Donald Trump", "White House", Day("2017-10-01"), -0.9, quote: "he is wasting his time trying to negotiate with Little Rocket Man"),
        Make("Donald Trump", "White House", Day("2017-10-01"), -0.7, quote: "save your energy Rex, we'll do what has to be done"),
        Make("Heather Nauert", "State Department", Day("2017-10-01"), 0.4, quote: "diplomatic channels remain open"),
        Make("Donald Trump", "White House", null, -0.5, quote: "undated remark"),
    ];

    private static DivergenceTable TrumpVsState() =>
        Divergence.Between(Corpus, Side.Speaker("Donald Trump"), Side.Affiliation("State Department"), Period.Day);

    [Fact]
    public void The_gap_is_mean_a_minus_mean_b_and_a_silent_side_is_a_gap()
    {
        var table = TrumpVsState();
        Assert.Equal([Day("2017-09-28"), Day("2017-09-29"), Day("2017-09-30"), Day("2017-10-01")], table.Select(r => r.Period));

        var sept30 = table[Day("2017-09-30")]!;
        Assert.Equal((0, 2), (sept30.NA, sept30.NB));
        Assert.Null(sept30.Gap);
        Assert.Null(sept30.CiLow);
        Assert.Null(sept30.Jsd);
        Assert.Equal(0.7, sept30.MeanB!.Value, 12);

        var oct1 = table[Day("2017-10-01")]!;
        Assert.Equal(-0.8 - 0.4, oct1.Gap!.Value, 12);
        Assert.InRange(oct1.Gap.Value, oct1.CiLow!.Value, oct1.CiHigh!.Value);
        Assert.InRange(oct1.Jsd!.Value, 0.3, JensenShannon.Max);
        Assert.Equal(new DroppedStatements(1, 0), table.Dropped);
    }

    [Fact]
    public void The_peak_is_the_widest_gap()
    {
        Assert.Equal(Day("2017-10-01"), TrumpVsState().Peak!.Period);
    }

    [Fact]
    public void Results_are_deterministic()
    {
        Assert.Equal(TrumpVsState().ToList(), TrumpVsState().ToList());
    }

    [Fact]
    public void Sides_can_be_named_groups_or_predicates()
    {
        var doves = Side.Speakers("doves", "rex tillerson", "Heather Nauert");
        var tweets = Side.Where("hawks", s => s.Scores.StanceScore < 0);
        var weekly = Divergence.Between(Corpus, tweets, doves, Period.Week);
        var row = Assert.Single(weekly, r => r.HasBothSides);
        Assert.Equal((2, 4), (row.NA, row.NB));
    }

    [Fact]
    public void The_matrix_is_antisymmetric_with_a_zero_diagonal_and_respects_the_threshold()
    {
        var matrix = Divergence.Matrix(Corpus, minStatements: 2);
        Assert.Equal(["Donald Trump", "Rex Tillerson"], matrix.Names); // Heather Nauert has 1 statement
        var ab = matrix["Donald Trump", "Rex Tillerson"];
        var ba = matrix["Rex Tillerson", "Donald Trump"];
        Assert.Equal(-ab.Gap, ba.Gap);
        Assert.Equal((-ab.CiHigh, -ab.CiLow), (ba.CiLow, ba.CiHigh));
        Assert.Equal(ab.Jsd, ba.Jsd);
        Assert.Equal(4, ab.NA); // the undated remark counts: the matrix has no time axis
        Assert.Equal(0, matrix["Donald Trump", "Donald Trump"].Gap);
        Assert.Equal(0, matrix["Donald Trump", "Donald Trump"].Jsd);
        Assert.Single(matrix.Pairs);
    }

    [Fact]
    public void Property_gaps_exist_exactly_when_both_sides_speak_and_stay_in_range()
    {
        var a = Side.Speaker("Donald Trump");
        var b = Side.Affiliation("State Department");
        var options = new DivergenceOptions(Resamples: 100);
        Prop.ForAll(TestStatements.Lists, statements =>
            new[] { Period.Day, Period.Week, Period.Month }.All(period =>
                Divergence.Between(statements, a, b, period, options).All(r =>
                    r.HasBothSides
                        ? r.Gap is >= -2 and <= 2 && r.CiLow <= r.Gap && r.Gap <= r.CiHigh
                          && (r.Jsd is null || r.Jsd is >= 0 and var j && j <= JensenShannon.Max)
                        : r.Gap is null && r.CiLow is null && r.CiHigh is null && r.Jsd is null)))
            .QuickCheckThrowOnFailure();
    }
}
