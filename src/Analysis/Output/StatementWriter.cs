using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analysis.Extraction;
using Analysis.Text;

namespace Analysis.Output;

/// <summary>Writes statements, one record at a time, in the columns of <see cref="StatementColumns"/>.</summary>
public abstract class StatementWriter : IDisposable
{
    public static StatementWriter Create(Stream stream, StatementFormat format) => format switch
    {
        StatementFormat.Jsonl => new JsonLines(stream),
        StatementFormat.Csv => new CommaSeparated(stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Writes a whole file atomically: a failure part-way leaves any earlier file untouched.</summary>
    public static void WriteFile(string path, StatementFormat format, IEnumerable<Statement> statements) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = Create(stream, format);
            foreach (var statement in statements) writer.Write(statement);
        });

    public abstract void Write(Statement statement);

    public abstract void Dispose();

    private sealed class JsonLines : StatementWriter
    {
        /// <summary>How many bytes of lines are gathered before they go to the stream.</summary>
        private const int Chunk = 1 << 16;

        private readonly Stream stream;

        // The lines are gathered in a buffer and handed to the stream a chunk at a time: a writer on the stream itself
        // would flush the stream after every line (Utf8JsonWriter.Flush does), a write call to the file per statement.
        private readonly ArrayBufferWriter<byte> lines = new(Chunk + 4096);

        // Quotes stay readable (curly quotes, dashes unescaped); the output is data for tools, not HTML.
        private readonly Utf8JsonWriter json;

        public JsonLines(Stream stream)
        {
            this.stream = stream;
            json = new(lines, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public override void Write(Statement statement)
        {
            json.WriteStartObject();
            foreach (var column in StatementColumns.All)
            {
                switch (column.Value(statement))
                {
                    case null: json.WriteNull(column.Name); break;
                    case string s: json.WriteString(column.Name, s); break;
                    case int i: json.WriteNumber(column.Name, i); break;
                    case double d: json.WriteNumber(column.Name, d); break;
                    case var other: throw new InvalidOperationException($"column {column.Name}: unexpected {other.GetType()}");
                }
            }
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            lines.Write("\n"u8);
            if (lines.WrittenCount >= Chunk) WriteLines();
        }

        private void WriteLines()
        {
            stream.Write(lines.WrittenSpan);
            lines.ResetWrittenCount();
        }

        public override void Dispose()
        {
            json.Dispose();
            WriteLines();
        }
    }

    private sealed class CommaSeparated : StatementWriter
    {
        private readonly StreamWriter text;

        public CommaSeparated(Stream stream)
        {
            text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            Csv.WriteRow(text, StatementColumns.All.Select(c => c.Name));
        }

        public override void Write(Statement statement) =>
            Csv.WriteRow(text, StatementColumns.All.Select(c => c.Value(statement) switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            }));

        public override void Dispose() => text.Dispose();
    }
}
