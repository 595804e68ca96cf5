using System.Text.Json.Nodes;
using Analysis.Notebooks;
using FsCheck;
using FsCheck.Fluent;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

public sealed class NotebookParametersTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("0.25", "0.25")]
    [InlineData("1.5e3", "1.5e3")]
    [InlineData("true", "true")]
    [InlineData("007", "\"007\"")]
    [InlineData("1e5", "\"1e5\"")]
    [InlineData("True", "\"True\"")]
    [InlineData("", "\"\"")]
    [InlineData("seeds/a b", "\"seeds/a b\"")]
    [InlineData("say \"hi\"\\n", "\"say \\\"hi\\\"\\\\n\"")]
    public void Values_become_csharp_literals(string value, string literal) =>
        Assert.Equal(literal, NotebookParameters.ToLiteral(value));

    [Fact]
    public void Any_string_round_trips_through_the_literal() =>
        Prop.ForAll<string>(value =>
        {
            var literal = NotebookParameters.ToLiteral(value ?? "");
            var parsed = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(literal);
            return !parsed.ContainsDiagnostics;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_injected_cell_follows_the_parameters_cell_and_replaces_an_earlier_one()
    {
        var root = Notebook("#r \"x.dll\"", "var corpus = \"../seeds\";", "corpus");
        root["cells"]![1]!["metadata"]!["tags"] = new JsonArray("parameters");
        var notebook = new NotebookDocument(root, "test.ipynb");

        NotebookParameters.Inject(notebook, NotebookParameters.Parse(["corpus=/data/x", "limit=3"]));
        NotebookParameters.Inject(notebook, NotebookParameters.Parse(["corpus=/data/y"]));

        var cells = notebook.Cells.Select(c => (JsonObject)c!).ToList();
        Assert.Equal(4, cells.Count);
        Assert.True(NotebookDocument.HasTag(cells[1], NotebookDocument.ParametersTag));
        Assert.True(NotebookDocument.HasTag(cells[2], NotebookDocument.InjectedParametersTag));
        Assert.Contains("var corpus = \"/data/y\";", NotebookDocument.Source(cells[2]));
        Assert.DoesNotContain("limit", NotebookDocument.Source(cells[2]));
    }

    [Fact]
    public void Without_a_parameters_cell_the_values_go_first()
    {
        var notebook = new NotebookDocument(Notebook("var a = 1;"), "test.ipynb");
        NotebookParameters.Inject(notebook, NotebookParameters.Parse(["a=2"]));
        Assert.True(NotebookDocument.HasTag((JsonObject)notebook.Cells[0]!, NotebookDocument.InjectedParametersTag));
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("2x=1")]
    [InlineData("class=1")]
    [InlineData("=1")]
    public void A_malformed_parameter_is_bad_input(string pair)
    {
        var error = Assert.Throws<InputException>(() => NotebookParameters.Parse([pair]));
        Assert.Contains(pair, error.Message);
    }
}
