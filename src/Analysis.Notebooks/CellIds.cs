using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks;

/// <summary>
/// nbformat 4.5 cell ids: 1–64 characters of [a-zA-Z0-9-_], unique in the notebook. Existing valid ids are kept
/// (VS Code and reviewers' comments refer to them); missing, invalid or repeated ones get "cell-N".
/// </summary>
public static partial class CellIds
{
    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex ValidId();

    public static bool IsValid(string? id) => id is not null && ValidId().IsMatch(id);

    public static void Assign(IEnumerable<JsonObject> cells)
    {
        var list = cells.ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var needsId = new List<JsonObject>();
        foreach (var cell in list)
        {
            var id = cell["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (IsValid(id) && used.Add(id!)) continue;
            needsId.Add(cell);
        }
        var next = 1;
        foreach (var cell in needsId)
        {
            string id;
            do id = $"cell-{next++}"; while (!used.Add(id));
            cell["id"] = id;
        }
    }
}
