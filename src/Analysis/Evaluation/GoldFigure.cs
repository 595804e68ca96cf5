namespace Analysis.Evaluation;

/// <summary>One figure of a <see cref="GoldScore"/> as a table row: its name, value (null: nothing to judge) and meaning.</summary>
public sealed record GoldFigure(string Figure, double? Value, string Meaning);
