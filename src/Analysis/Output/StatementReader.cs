using System.Globalization;
using System.Text.Json;
using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Scoring;
using Analysis.Text;

namespace Analysis.Output;

/// <summary>
/// Reads back a statements file that `analysis extract` (or `analysis report`) wrote, in the columns of
/// <see cref="StatementColumns"/>, so a notebook can chart a large corpus without extracting it again.
/// Streams one statement at a time. A file that is not in the contract is bad input naming the file and line.
/// </summary>
public static class StatementReader
{
    /// <summary>The statements of <paramref name="path"/>: CSV for ".csv", JSON lines otherwise.</summary>
    public static IEnumerable<Statement> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: statements file not found");
        return StatementFormats.OfPath(path) == StatementFormat.Csv ? ReadCsv(path) : ReadJsonLines(path);
    }

    private static IEnumerable<Statement> ReadJsonLines(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Dictionary<string, string?> fields;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new InputException($"{path}:{number}: expected a JSON object");
                fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => ValueOf(p.Value));
            }
            catch (JsonException e)
            {
                throw new InputException($"{path}:{number}: not JSON: {e.Message}", e);
            }
            yield return Parse(fields, $"{path}:{number}");
        }
    }

    private static string? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static IEnumerable<Statement> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        string[]? header = null;
        foreach (var row in Csv.Read(reader))
        {
            if (header is null) { header = [.. row.Fields]; continue; }
            if (row.Fields is [""]) continue;
            if (row.Fields.Count != header.Length)
                throw new InputException($"{path}:{row.Line}: {row.Fields.Count} fields, the header has {header.Length}");
            // CSV has no null: an empty field is a missing value, as the writer wrote it.
            var fields = new Dictionary<string, string?>(header.Length);
            for (var i = 0; i < header.Length; i++) fields[header[i]] = row.Fields[i] == "" ? null : row.Fields[i];
            yield return Parse(fields, $"{path}:{row.Line}");
        }
    }

    private static Statement Parse(IReadOnlyDictionary<string, string?> fields, string where)
    {
        string? Optional(string column) => fields.GetValueOrDefault(column);
        string Required(string column) =>
            Optional(column) ?? throw new InputException($"{where}: the column \"{column}\" is missing or empty (is this a statements file from `analysis extract`?)");
        T Parsed<T>(string column, Func<string, T?> parse) where T : struct =>
            parse(Required(column)) ?? throw new InputException($"{where}: \"{Required(column)}\" is not a valid {column}");

        var date = Optional("date") is { } iso
            ? ParseDate(iso, Optional("date_evidence"), Optional("date_tolerance_days") is null ? 0 : Parsed("date_tolerance_days", ParseInt))
                ?? throw new InputException($"{where}: \"{iso}\" is not a date (yyyy-MM-dd or yyyy-MM)")
            : StatementDate.Unknown;
        var evidence = Optional("evidence") is { Length: > 0 } e ? e.Split("; ") : [];
        return new Statement
        {
            Article = Required("article"),
            Outlet = Optional("outlet"),
            Speaker = Required("speaker"),
            SpeakerRole = Optional("speaker_role"),
            Affiliation = Optional("affiliation"),
            Kind = Parsed("kind", ParseEnum<StatementKind>),
            Quote = Required("quote"),
            Cue = Optional("cue") ?? "",
            Span = new TextSpan(Parsed("start", ParseInt), Parsed("end", ParseInt)),
            CueSpan = new TextSpan(Parsed("cue_start", ParseInt), Parsed("cue_end", ParseInt)),
            Date = date,
            Scores = new StatementScores(Parsed("sentiment", ParseDouble), Parsed("stance_score", ParseDouble), Parsed("stance", ParseEnum<Stance>), evidence),
        };
    }

    private static StatementDate? ParseDate(string iso, string? evidence, int toleranceDays)
    {
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day)) return new(day, DatePrecision.Day, evidence, toleranceDays);
        if (DateOnly.TryParseExact(iso, "yyyy-MM", culture, DateTimeStyles.None, out var month)) return new(month, DatePrecision.Month, evidence, toleranceDays);
        return null;
    }

    private static int? ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static double? ParseDouble(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static T? ParseEnum<T>(string s) where T : struct, Enum => Enum.TryParse<T>(s, ignoreCase: true, out var value) ? value : null;
}
