namespace Analysis.Tests.Corpus;

/// <summary>Paths of the invented corpora under Fixtures/Corpus, and throwaway folders for bad-input cases.</summary>
internal static class CorpusFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpus");

    public static string Fixture(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A fresh empty folder under the temp directory, deleted when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("corpus-test-").FullName;

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        public string Write(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, bytes);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
