using System.Text.Json.Nodes;

namespace Analysis.Charts;

/// <summary>How an axis places its values.</summary>
public enum AxisType
{
    /// <summary>Numbers.</summary>
    Linear,

    /// <summary>Dates (the x values are yyyy-MM-dd strings).</summary>
    Date,

    /// <summary>Names, in the given order.</summary>
    Category,
}

/// <summary>An axis of a figure: title, type, and an optional fixed range.</summary>
public sealed record Axis(string? Title = null, AxisType Type = AxisType.Linear, double? Min = null, double? Max = null)
{
    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        if (Title is not null) json["title"] = new JsonObject { ["text"] = Hover.Escape(Title) };
        json["type"] = Type switch { AxisType.Date => "date", AxisType.Category => "category", _ => "linear" };
        if (Min is not null && Max is not null) json["range"] = PlotlyJson.Numbers([Min, Max]);
        if (Type == AxisType.Category) json["automargin"] = true;
        return json;
    }
}
