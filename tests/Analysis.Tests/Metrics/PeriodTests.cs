using Analysis.Dates;
using Analysis.Metrics;
using static Analysis.Tests.Metrics.TestStatements;

namespace Analysis.Tests.Metrics;

public class PeriodTests
{
    [Fact]
    public void Weeks_start_on_monday_and_months_on_the_first()
    {
        Assert.Equal(Day("2017-09-25"), Period.Week.KeyOf(Day("2017-10-01"))); // a Sunday
        Assert.Equal(Day("2017-10-02"), Period.Week.KeyOf(Day("2017-10-02"))); // a Monday
        Assert.Equal((Day("2017-09-01"), Day("2017-09-30")), Period.Month.Bounds(Period.Month.KeyOf(Day("2017-09-17"))));
    }

    [Fact]
    public void A_rolling_window_is_named_by_its_last_day_and_holds_a_day_in_n_windows()
    {
        var week = Period.Rolling(7);
        Assert.Equal((Day("2017-09-25"), Day("2017-10-01")), week.Bounds(Day("2017-10-01")));
        Assert.Equal(7, week.KeysOf(Day("2017-10-01")).Count());
        Assert.All(week.KeysOf(Day("2017-10-01")), key => Assert.InRange(Day("2017-10-01"), week.Bounds(key).Start, week.Bounds(key).End));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Rolling(0));
    }

    [Fact]
    public void Month_precision_dates_enter_monthly_periods_only()
    {
        var inSeptember = StatementDate.InMonth(2017, 9, "in September");
        Assert.True(Period.Month.Admits(inSeptember));
        Assert.False(Period.Week.Admits(inSeptember));
        Assert.False(Period.Day.Admits(inSeptember));
        Assert.False(Period.Rolling(7).Admits(inSeptember));
        Assert.False(Period.Month.Admits(StatementDate.Unknown));
    }

    [Fact]
    public void Keys_between_cover_every_period_with_no_holes()
    {
        var keys = Period.Month.KeysBetween(Day("2017-08-01"), Day("2018-01-01")).ToList();
        Assert.Equal(6, keys.Count);
        Assert.Equal(Day("2017-12-01"), keys[4]);
    }
}
