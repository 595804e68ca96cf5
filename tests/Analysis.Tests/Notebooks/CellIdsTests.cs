using System.Text.Json.Nodes;
using Analysis.Notebooks;

namespace Analysis.Tests.Notebooks;

public sealed class CellIdsTests
{
    [Fact]
    public void Valid_ids_are_kept_and_missing_invalid_or_repeated_ones_replaced()
    {
        JsonObject[] cells =
        [
            new() { ["id"] = "intro" },
            new(),
            new() { ["id"] = "has space" },
            new() { ["id"] = "intro" },
            new() { ["id"] = "cell-1" },
            new() { ["id"] = new string('x', 65) },
        ];
        CellIds.Assign(cells);
        var ids = cells.Select(c => (string)c["id"]!).ToList();
        Assert.Equal("intro", ids[0]);
        Assert.Equal("cell-1", ids[4]);
        Assert.All(ids, id => Assert.True(CellIds.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
