using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Analysis.Tables;

/// <summary>
/// One column of a <see cref="Table{T}"/>: a public property of the row type, named in snake_case (or by its
/// [JsonPropertyName]), with one formatting rule per kind of value so text, HTML and CSV agree.
/// </summary>
public sealed class TableColumn
{
    private readonly PropertyInfo property;

    internal TableColumn(PropertyInfo property)
    {
        this.property = property;
        Name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? SnakeCase(property.Name);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        IsNumeric = type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);
    }

    /// <summary>The header: "stance_score", "n_a", ...</summary>
    public string Name { get; }

    /// <summary>Numbers align right and sort numerically.</summary>
    public bool IsNumeric { get; }

    /// <summary>The raw value of the column in a row.</summary>
    public object? ValueOf(object row) => property.GetValue(row);

    /// <summary>
    /// The value as exported (CSV, sort keys): invariant culture, full round-trip precision, dates yyyy-MM-dd,
    /// enums in lower case, lists joined by "; ", null as "".
    /// </summary>
    public string Raw(object row) => ValueOf(row) switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable and Enum e => e.ToString().ToLowerInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))),
        var other => other.ToString() ?? "",
    };

    /// <summary>The value as shown: like <see cref="Raw"/>, but fractions rounded to 3 decimals and a missing number as "—".</summary>
    public string Display(object row) => ValueOf(row) switch
    {
        null => IsNumeric ? "—" : "",
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        float f => f.ToString("0.000", CultureInfo.InvariantCulture),
        _ => Raw(row),
    };

    internal static IReadOnlyList<TableColumn> Of(Type rowType) => rowType
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        .OrderBy(p => p.MetadataToken) // declaration order
        .Select(p => new TableColumn(p))
        .ToList();

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])) || char.IsUpper(name[i - 1]));
            if (boundary) builder.Append('_');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
