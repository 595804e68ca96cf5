namespace Analysis.Evaluation;

/// <summary>
/// A student's answer in the teaching exercise: the words of a statement as they stand in the article, who
/// said them, and (optionally) the day they were said (yyyy-MM-dd). Blank speaker or date: not answered yet.
/// </summary>
public sealed record StudentAnswer(string Quote, string Speaker = "", string? Date = null);
