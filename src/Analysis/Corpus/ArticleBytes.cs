using System.Text;
using System.Text.Unicode;

namespace Analysis.Corpus;

/// <summary>
/// Turns the raw bytes of one article into text, or says precisely why it cannot: binary (NUL bytes),
/// UTF-16, or invalid UTF-8 at a given byte. A UTF-8 byte-order mark is accepted and dropped.
/// </summary>
internal static class ArticleBytes
{
    /// <summary>The decoded text, or null and the reason (with a 1-based line and a 0-based byte offset).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out int? errorLine)
    {
        error = Problem(bytes, out errorLine);
        return error is null ? Encoding.UTF8.GetString(bytes[(bytes.StartsWith("\uFEFF"u8) ? 3 : 0)..]) : null;
    }

    /// <summary>
    /// Why the bytes are no UTF-8 text (with a 1-based line and a 0-based byte offset), or null when they are: the check
    /// of <see cref="Decode"/> without making the string, for a reader that decodes the text itself (a JSON line).
    /// </summary>
    public static string? Problem(ReadOnlySpan<byte> bytes, out int? errorLine)
    {
        errorLine = null;
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0; // offsets in messages count from the file's first byte
        bytes = bytes[bom..];
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return "UTF-16 text: save it as UTF-8";
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) return $"binary file (NUL byte at byte {nul + bom}), not text";
        if (!Utf8.IsValid(bytes))
        {
            var bad = FirstInvalidByte(bytes);
            errorLine = LineAt(bytes, bad);
            return $"invalid UTF-8 at byte {bad + bom}: save the file as UTF-8";
        }
        return null;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return i;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
