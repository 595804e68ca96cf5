namespace Analysis.Output;

/// <summary>The file formats statements can be written in.</summary>
public enum StatementFormat
{
    /// <summary>One JSON object a line (the format score.py reads).</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
}

public static class StatementFormats
{
    /// <summary>The format a file name implies: ".csv" is CSV, anything else JSON lines (the contract's default).</summary>
    public static StatementFormat OfPath(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? StatementFormat.Csv : StatementFormat.Jsonl;
}
