using Analysis.Dates;
using Analysis.Metrics;
using FsCheck;
using FsCheck.Fluent;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Metrics;

public class AggregateTests
{
    private static readonly Period[] CalendarPeriods = [Period.Day, Period.Week, Period.Month];

    [Fact]
    public void Empty_periods_are_gaps_not_zeros()
    {
        var statements = new[]
        {
            Make("Donald Trump", "White House", Day("2017-09-01"), -0.8),
            Make("Donald Trump", "White House", Day("2017-09-03"), -0.4),
            Make("Rex Tillerson", "State Department", Day("2017-09-03"), 0.6),
        };
        var daily = Aggregate.BySpeaker(statements, Period.Day);

        var trump = daily.Of("Donald Trump");
        Assert.Equal([Day("2017-09-01"), Day("2017-09-02"), Day("2017-09-03")], trump.Select(r => r.Period));
        Assert.Equal(0, trump[1].Count);
        Assert.Null(trump[1].MeanStance);
        Assert.Null(trump[1].MeanSentiment);
        var tillerson = daily.Of("Rex Tillerson");
        Assert.Null(tillerson[0].MeanStance);
        Assert.Equal(0.6, tillerson[2].MeanStance);
        Assert.Equal(-0.4, daily["Donald Trump", Day("2017-09-03")]!.MeanStance);
        Assert.Null(daily["Donald Trump", Day("2017-10-03")]);
    }

    [Fact]
    public void Means_are_over_the_statements_of_the_period_with_their_count()
    {
        var statements = new[]
        {
            Make("Donald Trump", "White House", Day("2017-09-25"), -0.8, 0.2),
            Make("Donald Trump", "White House", Day("2017-10-01"), -0.4, -0.4),
        };
        var row = Assert.Single(Aggregate.BySpeaker(statements, Period.Week));
        Assert.Equal(2, row.Count);
        Assert.Equal(-0.6, row.MeanStance!.Value, 12);
        Assert.Equal(-0.1, row.MeanSentiment!.Value, 12);
        Assert.Equal(2, row.Hawkish);
    }

    [Fact]
    public void Undated_and_month_only_statements_are_dropped_and_counted()
    {
        var statements = new[]
        {
            Make("Donald Trump", "White House", Day("2017-09-25"), -0.8),
            Make("Donald Trump", "White House", null, -0.8),
            Make("Donald Trump", "White House", Day("2017-09-01"), -0.8, precision: DatePrecision.Month),
        };
        var weekly = Aggregate.BySpeaker(statements, Period.Week);
        Assert.Equal(new DroppedStatements(1, 1), weekly.Dropped);
        Assert.Equal(1, weekly.Sum(r => r.Count));
        Assert.Contains("1 dated only to the month", weekly.Dropped.Describe(Period.Week));

        var monthly = Aggregate.BySpeaker(statements, Period.Month);
        Assert.Equal(new DroppedStatements(1, 0), monthly.Dropped);
        Assert.Equal(2, monthly.Sum(r => r.Count));
    }

    [Fact]
    public void Missing_keys_form_an_unknown_group()
    {
        var rows = Aggregate.ByAffiliation([Make("Someone", null, Day("2017-09-25"), 0)], Period.Day);
        Assert.Equal(Aggregate.Unknown, Assert.Single(rows).Group);
    }

    [Fact]
    public void A_rolling_window_counts_each_statement_in_every_window_covering_its_day()
    {
        var statements = new[] { Make("A", null, Day("2017-09-01"), 0.5), Make("A", null, Day("2017-09-10"), -0.5) };
        var rolling = Aggregate.Overall(statements, Period.Rolling(3));
        Assert.Equal(10, rolling.Count); // windows ending 09-01 .. 09-10
        Assert.Equal([1, 1, 1, 0, 0, 0, 0, 0, 0, 1], rolling.Select(r => r.Count));
        Assert.Null(rolling[5].MeanStance);
    }

    [Fact]
    public void Property_calendar_totals_equal_the_admitted_dated_statements()
    {
        Prop.ForAll(TestStatements.Lists, statements => CalendarPeriods.All(period =>
        {
            var aggregation = Aggregate.BySpeaker(statements, period);
            var admitted = statements.Count(s => period.Admits(s.Date));
            var dated = statements.Count(s => s.Date.Value is not null);
            return aggregation.Sum(r => r.Count) == admitted
                && admitted + aggregation.Dropped.Total == statements.Count
                && (period != Period.Month || admitted == dated);
        })).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_every_group_has_every_period_and_gaps_are_never_zero_filled()
    {
        Prop.ForAll(TestStatements.Lists, statements => CalendarPeriods.Append(Period.Rolling(5)).All(period =>
        {
            var aggregation = Aggregate.ByAffiliation(statements, period);
            var periods = aggregation.Periods;
            return aggregation.Groups.All(g => aggregation.Of(g).Select(r => r.Period).SequenceEqual(periods))
                && aggregation.All(r => (r.Count == 0) == (r.MeanStance is null) && (r.Count == 0) == (r.MeanSentiment is null))
                && aggregation.All(r => r.MeanStance is null or >= -1 and <= 1 && r.MeanSentiment is null or >= -1 and <= 1)
                && aggregation.All(r => r.Hawkish + r.Conciliatory + r.Neutral == r.Count);
        })).QuickCheckThrowOnFailure();
    }
}
