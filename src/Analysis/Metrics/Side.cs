using Analysis.Extraction;

namespace Analysis.Metrics;

/// <summary>
/// One side of a divergence: a named set of statements, chosen by speaker, affiliation, a list of speakers,
/// or any predicate. Names compare case-insensitively. A statement matching both sides counts on both.
/// </summary>
/// <param name="Name">How the side is labelled in tables and charts.</param>
/// <param name="Includes">Whether a statement belongs to the side.</param>
public sealed record Side(string Name, Func<Statement, bool> Includes)
{
    /// <summary>Statements of one canonical speaker ("Donald Trump").</summary>
    public static Side Speaker(string name) =>
        new(name, s => string.Equals(s.Speaker, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Statements of anyone in one camp ("State Department").</summary>
    public static Side Affiliation(string name) =>
        new(name, s => string.Equals(s.Affiliation, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A named group of speakers ("hawks": "Donald Trump", "John Bolton").</summary>
    public static Side Speakers(string name, params string[] speakers)
    {
        var set = new HashSet<string>(speakers, StringComparer.OrdinalIgnoreCase);
        return new(name, s => set.Contains(s.Speaker));
    }

    /// <summary>Any selection: <c>Side.Where("tweets", s =&gt; s.Kind == StatementKind.Tweet)</c>.</summary>
    public static Side Where(string name, Func<Statement, bool> predicate) => new(name, predicate);

    public override string ToString() => Name;
}
