using System.Globalization;
using Analysis.Text;

namespace Analysis.Corpus;

/// <summary>
/// A folder corpus's <c>manifest.csv</c>: one row per article file with its outlet, title and
/// publication date (columns <c>file</c>, <c>outlet</c>, <c>title</c>, <c>published</c>; only
/// <c>file</c> is required, other columns are ignored). Read whole and checked up front, so a typo
/// stops the run before any work with a message naming the row.
/// </summary>
internal sealed class Manifest
{
    /// <param name="Line">The row's line in the manifest, for error messages.</param>
    public sealed record Entry(string? Outlet, string? Title, DateOnly? Published, int Line);

    private readonly Dictionary<string, Entry> entries;

    private Manifest(Dictionary<string, Entry> entries) => this.entries = entries;

    public static Manifest Empty { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    public IEnumerable<KeyValuePair<string, Entry>> Rows => entries;

    public Entry? Find(string file) => entries.GetValueOrDefault(file);

    /// <summary>Reads and checks the manifest; every problem is an <see cref="InputException"/> naming the row.</summary>
    public static Manifest Read(string path)
    {
        List<Csv.Row> rows;
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            rows = Csv.Read(reader).Where(r => !(r.Fields.Count == 1 && r.Fields[0].Trim().Length == 0)).ToList();
        }
        catch (IOException e) { throw new InputException($"{path}: cannot read the manifest: {e.Message}", e); }
        catch (UnauthorizedAccessException e) { throw new InputException($"{path}: cannot read the manifest: {e.Message}", e); }
        if (rows.Count == 0) return Empty;

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int Column(string column) => header.IndexOf(column);
        int file = Column("file"), outlet = Column("outlet"), title = Column("title"), published = Column("published");
        if (file < 0) throw new InputException($"{path}:{rows[0].Line}: the manifest header has no 'file' column (found: {string.Join(", ", header)})");

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            string? Field(int index) => index >= 0 && index < row.Fields.Count && row.Fields[index].Trim() is { Length: > 0 } v ? v : null;
            var fileName = Field(file) ?? throw new InputException($"{path}:{row.Line}: the row has no file name");
            DateOnly? date = null;
            if (Field(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new InputException($"{path}:{row.Line}: '{text}' in column 'published' of {fileName} is not a date (expected yyyy-mm-dd)");
                date = d;
            }
            if (!entries.TryAdd(fileName, new Entry(Field(outlet), Field(title), date, row.Line)))
                throw new InputException($"{path}:{row.Line}: {fileName} is listed twice");
        }
        return new Manifest(entries);
    }
}
