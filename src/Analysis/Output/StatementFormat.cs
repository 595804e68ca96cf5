namespace Analysis.Output;

/// <summary>The file formats statements can be written in.</summary>
public enum StatementFormat
{
    /// <summary>One JSON object a line (the format score.py reads).</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
}
