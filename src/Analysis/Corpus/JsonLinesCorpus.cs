using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Analysis.Corpus;

/// <summary>
/// A JSON-lines corpus: one JSON object per line with <c>id</c> and <c>text</c> (required) and
/// <c>outlet</c>, <c>title</c>, <c>published</c> (yyyy-mm-dd, optional). Streamed line by line; a line
/// longer than the size limit is skipped without being held in memory. Blank lines are ignored.
/// </summary>
internal sealed class JsonLinesCorpus(string path, long maxArticleBytes) : CorpusSource(path, maxArticleBytes)
{
    private readonly string name = System.IO.Path.GetFileName(path);

    public override long TotalBytes { get; } = new FileInfo(path).Length;

    public override IEnumerable<CorpusItem> Read()
    {
        FileStream stream;
        try { stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{Path}: cannot read: {e.Message}", e);
        }
        using (stream)
        {
            var line = new ArrayBufferWriter<byte>();
            var chunk = new byte[1 << 16];
            int lineNumber = 1, read;
            long lineBytes = 0, skipped = 0; // skipped: blank lines and the byte-order mark, counted into the next item's size
            var atStart = true;
            while ((read = ReadChunk(stream, chunk, lineNumber)) > 0)
            {
                // Offsets, not spans: a span cannot live across the yield below.
                var position = atStart && chunk.AsSpan(0, read).StartsWith("\uFEFF"u8) ? 3 : 0; // UTF-8 byte-order mark
                skipped += position;
                atStart = false;
                while (position < read)
                {
                    var newline = chunk.AsSpan(position, read - position).IndexOf((byte)'\n');
                    var length = newline < 0 ? read - position : newline;
                    if (lineBytes + length <= MaxArticleBytes) line.Write(chunk.AsSpan(position, length));
                    lineBytes += length;
                    position += length + 1;
                    if (newline < 0) break;
                    if (ReadLine(line, lineNumber, lineBytes, skipped + lineBytes + 1) is { } item)
                    {
                        skipped = 0;
                        yield return item;
                    }
                    else skipped += lineBytes + 1;
                    line.ResetWrittenCount();
                    lineBytes = 0;
                    lineNumber++;
                }
            }
            if (lineBytes > 0 && ReadLine(line, lineNumber, lineBytes, skipped + lineBytes) is { } last) yield return last;
        }
    }

    private int ReadChunk(Stream stream, byte[] chunk, int lineNumber)
    {
        try { return stream.Read(chunk); }
        catch (IOException e) { throw new InputException($"{Path}:{lineNumber}: cannot read: {e.Message}", e); }
    }

    /// <summary>One line as an item, or null for a blank line. <paramref name="size"/> is what the item accounts for in <see cref="CorpusSource.TotalBytes"/>.</summary>
    private CorpusItem? ReadLine(ArrayBufferWriter<byte> buffer, int lineNumber, long lineBytes, long size)
    {
        if (lineBytes > MaxArticleBytes)
            return Problem(lineNumber, $"article is {SizeText(lineBytes)}, over the {SizeText(MaxArticleBytes)} limit for one article", size);
        var bytes = buffer.WrittenSpan;
        if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
        if (bytes.Trim(" \t"u8).IsEmpty) return null;
        if (ArticleBytes.Problem(bytes, out _) is { } encodingError) return Problem(lineNumber, encodingError + " (byte offsets count from the start of the line)", size);
        try
        {
            using var json = JsonDocument.Parse(buffer.WrittenMemory);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Problem(lineNumber, $"expected a JSON object, found {Describe(root.ValueKind)}", size);
            var id = Text(root, "id");
            if (string.IsNullOrWhiteSpace(id)) return Problem(lineNumber, "no \"id\" (each line needs an id and a text)", size);
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return Problem(lineNumber, $"article {id} has no \"text\" string", size);
            DateOnly? published = null;
            if (Text(root, "published") is { Length: > 0 } date)
            {
                // Accept a date-time too ("2017-11-01T08:00:00Z"): the day is what dates statements.
                var day = date.Length > 10 && date[10] is 'T' or ' ' ? date[..10] : date;
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    return Problem(lineNumber, $"article {id}: \"published\" is '{date}', not a date (expected yyyy-mm-dd)", size);
                published = d;
            }
            var article = ArticleFactory.Create(id, text.GetString()!, Text(root, "outlet"), Text(root, "title"), published);
            return new ArticleItem(article, size);
        }
        catch (JsonException e)
        {
            return Problem(lineNumber, $"not valid JSON: {e.Message}", size);
        }
    }

    private ArticleProblem Problem(int line, string message, long size) => new(name, line, message, size);

    /// <summary>A string field, a number written as text (ids are often numbers), or null.</summary>
    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
