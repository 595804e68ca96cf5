using System.Globalization;
using Analysis.Text;

namespace Analysis.Corpus;

/// <summary>
/// Loads a corpus. PROVISIONAL minimal version (folder of .txt + manifest.csv) so that work on
/// extraction can start; the corpus owner replaces it with the full loader (JSON lines, date
/// detection, boilerplate, errors).
/// </summary>
public static class CorpusLoader
{
    public static IEnumerable<Article> LoadFolder(string folder)
    {
        var manifest = new Dictionary<string, (string? Outlet, string? Title, DateOnly? Published)>();
        var manifestPath = Path.Combine(folder, "manifest.csv");
        if (File.Exists(manifestPath))
        {
            using var reader = new StreamReader(manifestPath);
            var rows = Csv.Read(reader).ToList();
            var header = rows[0].Fields.ToList();
            foreach (var row in rows.Skip(1))
            {
                string Field(string name) => row.Fields[header.IndexOf(name)];
                DateOnly? published = DateOnly.TryParseExact(Field("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : null;
                manifest[Field("file")] = (Field("outlet"), Field("title"), published);
            }
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(path);
            manifest.TryGetValue(id, out var m);
            yield return new Article { Id = id, Text = File.ReadAllText(path), Outlet = m.Outlet, Title = m.Title, Published = m.Published };
        }
    }
}
