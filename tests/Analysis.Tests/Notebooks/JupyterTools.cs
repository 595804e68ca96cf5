using static Analysis.Tests.Notebooks.NotebookTestKit;

namespace Analysis.Tests.Notebooks;

/// <summary>The real Jupyter tools from Debian (python3-nbformat's validator, jupyter-nbconvert), which CI installs.</summary>
public static class JupyterTools
{
    private const string ValidateEach =
        "import nbformat,sys\nfor p in sys.argv[1:]:\n    nb = nbformat.read(p, as_version=4); nbformat.validate(nb); print(p, nb.nbformat, nb.nbformat_minor)";

    /// <summary>Validates every notebook with nbformat; prints "PATH 4 5" for each valid one.</summary>
    public static ExternalProcess.Result Validate(params string[] notebooks) =>
        ExternalProcess.Run(RequireTool("/usr/bin/python3", "python3-nbformat"), ["-c", ValidateEach, .. notebooks]);

    /// <summary>Renders a notebook to HTML with jupyter nbconvert into <paramref name="outputFolder"/>.</summary>
    public static ExternalProcess.Result ConvertToHtml(string notebook, string outputFolder) =>
        ExternalProcess.Run(RequireTool("/usr/bin/jupyter-nbconvert", "jupyter-nbconvert"), ["--to", "html", "--output-dir", outputFolder, notebook]);
}
