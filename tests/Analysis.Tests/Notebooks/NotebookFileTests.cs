using System.Text.Json.Nodes;
using Analysis.Notebooks;
using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

public sealed class NotebookFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_missing_notebook_is_bad_input_naming_the_file()
    {
        var error = Assert.Throws<InputException>(() => NotebookFile.Read(folder["nope.ipynb"]));
        Assert.Contains("nope.ipynb", error.Message);
    }

    [Theory]
    [InlineData("{ \"cells\": [ ", "invalid JSON at line")]
    [InlineData("[1, 2]", "no \"cells\" list")]
    [InlineData("{ \"cells\": [ {} ], \"nbformat\": 4 }", "cell 1 has no cell_type")]
    [InlineData("{ \"cells\": [], \"nbformat\": 3 }", "nbformat 3")]
    public void A_broken_notebook_is_bad_input_naming_the_file(string content, string expected)
    {
        var path = folder["broken.ipynb"];
        File.WriteAllText(path, content);
        var error = Assert.Throws<InputException>(() => NotebookFile.Read(path));
        Assert.Contains("broken.ipynb", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_file_and_no_temporary_file()
    {
        var path = folder["out.ipynb"];
        File.WriteAllText(path, "previous");
        var root = Notebook("1");
        // Serialising this value throws part-way through the file, after the first bytes are written.
        root["metadata"]!["broken"] = JsonValue.Create(new ThrowsWhenSerialized());
        var notebook = new NotebookDocument(root, "in.ipynb");

        Assert.ThrowsAny<Exception>(() => NotebookFile.Write(path, notebook));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.ipynb"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    public sealed class ThrowsWhenSerialized
    {
        public string Value => throw new IOException("disk full");
    }
}
