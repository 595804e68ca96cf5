namespace Analysis.Tests.Corpus;

/// <summary>Paths of the invented corpora under Fixtures/Corpus.</summary>
internal static class CorpusFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpus");

    public static string Fixture(params string[] parts) => Path.Combine([Root, .. parts]);
}
