namespace Analysis.Evaluation;

/// <summary>
/// The checks of the teaching notebook: a student's answers for one article compared with the gold by the
/// same rules as the judge (<see cref="GoldComparison"/>), told back in plain words. Each check works on
/// unanswered cells (it says so) and never gives away a statement the student has not found.
/// </summary>
public sealed class Exercise
{
    private readonly IReadOnlyList<GoldStatement> gold;

    /// <summary>The exercise on <paramref name="article"/> (a file name), with the gold statements of that article.</summary>
    public Exercise(IEnumerable<GoldStatement> gold, string article)
    {
        Article = article;
        this.gold = gold.Where(g => g.File == article).ToList();
    }

    public string Article { get; }

    /// <summary>The gold statements a student must find (the optional ones are a bonus).</summary>
    public IReadOnlyList<GoldStatement> Required => gold.Where(g => !g.Optional).ToList();

    public IReadOnlyList<GoldStatement> Gold => gold;

    /// <summary>Question 1: did the student find the statements? One line per answer, then what is left.</summary>
    public Feedback CheckFound(IEnumerable<StudentAnswer> answers)
    {
        var (list, comparison) = Compare(answers);
        if (list.Count == 0) return NotAnswered("Question 1 — finding the statements");
        var lines = new List<FeedbackLine>();
        foreach (var (answer, verdict) in list)
        {
            if (verdict?.Gold is not { } g)
                lines.Add(new(false, $"{Short(answer.Quote)} is not one of the statements in this article. Copy the words exactly as they stand in the text: the quoted words, or the whole reported clause after “said that”."));
            else if (g.Optional)
                lines.Add(new(true, $"you found {Possessive(g.Speaker)} words {Short(g.Quote)} — a borderline case (optional): well spotted, but not required."));
            else
                lines.Add(new(true, $"you found {Possessive(g.Speaker)} {(g.Kind == "indirect" ? "reported statement" : "quote")} {Short(g.Quote)}."));
        }
        var missed = comparison.Verdicts.Where(v => v.Verdict == Verdict.Missed).ToList();
        if (missed.Count > 0)
            lines.Add(new(null, $"{missed.Count} of {Required.Count} statements still to find. Hint: one of them is introduced by “{missed[0].Gold!.Cue}”."));
        var found = comparison.Verdicts.Count(v => v.Gold is { Optional: false } && v.Prediction is not null);
        return new($"Question 1 — finding the statements: {found} of {Required.Count} found", lines);
    }

    /// <summary>Question 2: for each statement found, is the speaker right?</summary>
    public Feedback CheckSpeakers(IEnumerable<StudentAnswer> answers)
    {
        var (list, comparison) = Compare(answers);
        const string heading = "Question 2 — who said it";
        if (list.Count == 0) return NotAnswered(heading);
        var lines = new List<FeedbackLine>();
        foreach (var (answer, verdict) in list)
        {
            if (verdict?.Gold is not { } g) continue; // question 1 already says so
            if (string.IsNullOrWhiteSpace(answer.Speaker))
                lines.Add(new(null, $"not answered yet: who said {Short(g.Quote)}?"));
            else if (SpeakerMatch.Same(g.Speaker, answer.Speaker))
                lines.Add(new(true, $"{Short(g.Quote)} is indeed by {g.Speaker}."));
            else
                lines.Add(new(false, $"this quote is by {g.Speaker}, not {answer.Speaker}: {Short(g.Quote)}{WhyHint(g, answer.Speaker)}"));
        }
        if (lines.Count == 0) lines.Add(new(null, "none of your answers matches a statement yet: answer question 1 first."));
        return new($"{heading}: {lines.Count(l => l.Right == true)} of {lines.Count} right", lines);
    }

    /// <summary>Question 3: for each statement found, is the day right (within the gold's tolerance)?</summary>
    public Feedback CheckDates(IEnumerable<StudentAnswer> answers)
    {
        var (list, comparison) = Compare(answers);
        const string heading = "Question 3 — when it was said";
        if (list.Count == 0) return NotAnswered(heading);
        var lines = new List<FeedbackLine>();
        foreach (var (answer, verdict) in list)
        {
            if (verdict?.Gold is not { } g) continue;
            if (string.IsNullOrEmpty(g.Date))
                lines.Add(new(true, $"{Short(g.Quote)}: the article does not say when — leaving it undated is right."));
            else if (string.IsNullOrWhiteSpace(answer.Date))
                lines.Add(new(null, $"not answered yet: on which day was {Short(g.Quote)} said?"));
            else if (verdict.DateRight == true)
                lines.Add(new(true, $"{Short(g.Quote)} was said on {g.Date}{Evidence(g)}."));
            else
                lines.Add(new(false, $"{Short(g.Quote)} was said on {g.Date}{Evidence(g)}, not {answer.Date}. Count from the article's publication date."));
        }
        if (lines.Count == 0) lines.Add(new(null, "none of your answers matches a statement yet: answer question 1 first."));
        return new($"{heading}: {lines.Count(l => l.Right == true)} of {lines.Count} right", lines);
    }

    /// <summary>The answers that would get full marks: the required gold statements, as a teacher's solution.</summary>
    public IReadOnlyList<StudentAnswer> Solution() => Required.Select(g => new StudentAnswer(g.Quote, g.Speaker, g.Date)).ToList();

    /// <summary>Each answer with the gold verdict its words matched (null: no statement of the article).</summary>
    private (List<(StudentAnswer Answer, GoldVerdict? Verdict)> Answers, GoldComparison Comparison) Compare(IEnumerable<StudentAnswer> answers)
    {
        var list = answers.Where(a => !string.IsNullOrWhiteSpace(a.Quote)).ToList();
        var predictions = list.Select(a => new PredictedStatement(Article, a.Speaker, a.Quote, a.Date)).ToList();
        // Matching looks at the words only; the speaker and the date are judged by their own questions.
        var comparison = GoldComparison.Compare(gold, predictions);
        var matched = list.Select((answer, i) => (answer, comparison.Verdicts.FirstOrDefault(v => v.Gold is not null && ReferenceEquals(v.Prediction, predictions[i])))).ToList();
        return (matched, comparison);
    }

    private static Feedback NotAnswered(string heading) =>
        new($"{heading}: not answered yet", [new(null, "not answered yet — write your answers in the cell above and run both cells again.")]);

    /// <summary>The classic mistake: giving the words to someone they mention ("You heard Secretary Mattis ...").</summary>
    private static string WhyHint(GoldStatement g, string wrongSpeaker) =>
        QuoteWords.Of(wrongSpeaker).Where(w => w.Length >= 3).Intersect(QuoteWords.Of(g.Quote)).Any()
            ? $" ({wrongSpeaker} is mentioned in the words, but {g.Speaker} is the one speaking)."
            : ".";

    private static string Evidence(GoldStatement g) => string.IsNullOrEmpty(g.DateEvidence) ? "" : $" (“{g.DateEvidence}”)";

    private static string Possessive(string speaker) => speaker.EndsWith('s') ? speaker + "’" : speaker + "’s";

    /// <summary>The first words of a quote, in quotation marks.</summary>
    private static string Short(string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? $"“{string.Join(' ', words)}”" : $"“{string.Join(' ', words.Take(8))} …”";
    }
}
