namespace Analysis.Corpus;

/// <summary>
/// Makes an <see cref="Article"/> from its text and whatever metadata the corpus gave, adding what the
/// text itself tells: the boilerplate spans and, when the corpus has no date, the stated publication date.
/// </summary>
public static class ArticleFactory
{
    public static Article Create(string id, string text, string? outlet = null, string? title = null, DateOnly? published = null)
    {
        var (boilerplate, commentsStart) = BoilerplateDetector.Scan(text);
        var stated = published is null ? PublicationDateDetector.Detect(text, commentsStart) : null;
        return new Article
        {
            Id = id,
            Text = text,
            Outlet = outlet,
            Title = title,
            Published = published ?? stated?.Date,
            PublishedEvidence = published is not null ? "manifest" : stated?.Evidence,
            Boilerplate = boilerplate,
        };
    }
}
