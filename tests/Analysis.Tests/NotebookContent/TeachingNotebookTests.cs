using static Analysis.Tests.NotebookContent.NotebookOutputs;

namespace Analysis.Tests.NotebookContent;

/// <summary>The class exercise as the report shows it: unanswered checks say so, the solutions at the end pass every check.</summary>
public sealed class TeachingNotebookTests(SeedsNotebooksFixture seeds) : IClassFixture<SeedsNotebooksFixture>
{
    [Theory]
    [InlineData("check-found")]
    [InlineData("check-speakers")]
    [InlineData("check-dates")]
    public void Unanswered_checks_say_not_answered_yet(string cell) =>
        Assert.Contains("not answered yet", CellText(seeds.Named("05-teaching").Run.Notebook, cell));

    [Fact]
    public void The_solutions_come_last_and_pass_every_check()
    {
        var notebook = seeds.Named("05-teaching").Run.Notebook;
        var solutions = CellText(notebook, "solution-checks");
        var lines = solutions.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.StartsWith("Question", StringComparison.Ordinal)));
        Assert.All(lines.Where(l => !l.StartsWith("Question", StringComparison.Ordinal)), l => Assert.StartsWith("✓", l));
        var ids = notebook.Cells.Select(c => (string?)c!["id"]).ToList();
        Assert.True(ids.IndexOf("solutions") > ids.IndexOf("software"), "the solutions section is not after the questions");
        Assert.Contains("is the one speaking", CellText(notebook, "mistake"));
    }

    [Fact]
    public void The_software_is_compared_with_the_gold()
    {
        var text = CellText(seeds.Named("05-teaching").Run.Notebook, "software");
        Assert.Contains("attributed F1", text);
        Assert.Contains("Statement by statement", text);
    }
}
