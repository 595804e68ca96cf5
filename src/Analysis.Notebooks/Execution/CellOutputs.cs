using System.Text;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// The outputs of one cell, in the order they happened: console text (consecutive writes to one stream merge
/// into one nbformat "stream" output, as Jupyter does), displayed values, then the result or the error.
/// Console writes may come from other threads the cell started, hence the lock.
/// </summary>
public sealed class CellOutputs
{
    private readonly object gate = new();
    private readonly JsonArray outputs = [];
    private string? openStream;
    private readonly StringBuilder openText = new();

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    public CellOutputs()
    {
        Stdout = new StreamWriterProxy(this, "stdout");
        Stderr = new StreamWriterProxy(this, "stderr");
    }

    public void AppendStream(string name, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (openStream != name) FlushStream();
            openStream = name;
            openText.Append(text);
        }
    }

    public void AddDisplay(IReadOnlyDictionary<string, JsonNode> bundle) => Add(new JsonObject
    {
        ["output_type"] = "display_data",
        ["data"] = ToJson(bundle),
        ["metadata"] = new JsonObject(),
    });

    public void AddResult(int executionCount, IReadOnlyDictionary<string, JsonNode> bundle) => Add(new JsonObject
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = executionCount,
        ["data"] = ToJson(bundle),
        ["metadata"] = new JsonObject(),
    });

    public void AddError(string name, string value, IEnumerable<string> traceback) => Add(new JsonObject
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode)t).ToArray()),
    });

    /// <summary>The outputs so far, with pending console text flushed.</summary>
    public JsonArray ToJson()
    {
        lock (gate)
        {
            FlushStream();
            return (JsonArray)outputs.DeepClone();
        }
    }

    private void Add(JsonObject output)
    {
        lock (gate)
        {
            FlushStream();
            outputs.Add(output);
        }
    }

    private void FlushStream()
    {
        if (openStream is null || openText.Length == 0) return;
        outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = openStream, ["text"] = openText.ToString() });
        openText.Clear();
        openStream = null;
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, JsonNode> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in bundle) data[mime] = content.DeepClone();
        return data;
    }

    private sealed class StreamWriterProxy(CellOutputs outputs, string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => outputs.AppendStream(name, value.ToString());
        public override void Write(string? value) => outputs.AppendStream(name, value ?? "");
        public override void Write(char[] buffer, int index, int count) => outputs.AppendStream(name, new string(buffer, index, count));
    }
}
