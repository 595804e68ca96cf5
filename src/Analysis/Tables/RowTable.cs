using System.Collections;
using Analysis.Display;

namespace Analysis.Tables;

/// <summary>
/// A computed result that is a list of typed rows and shows itself as a table: a notebook displays it, a
/// script loops over it or writes it as CSV. Subclasses add what the rows mean (periods, groups, sides)
/// and say how the table is captioned.
/// </summary>
public abstract class RowTable<TRow>(IReadOnlyList<TRow> rows) : IReadOnlyList<TRow>, IMimeRenderable
{
    /// <summary>The rows, in order.</summary>
    protected IReadOnlyList<TRow> Rows { get; } = rows;

    /// <summary>The rows as a table (HTML, text, CSV), with a caption saying what they are.</summary>
    public abstract Table<TRow> ToTable();

    /// <summary>Writes the rows as CSV (atomically).</summary>
    public void ToCsv(string path) => ToTable().ToCsv(path);

    public IReadOnlyDictionary<string, object> ToMimeBundle() => ToTable().ToMimeBundle();

    public int Count => Rows.Count;

    public TRow this[int index] => Rows[index];

    public IEnumerator<TRow> GetEnumerator() => Rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ToTable().ToText();
}
