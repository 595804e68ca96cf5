namespace Analysis;

/// <summary>
/// Bad input that the user can fix: a missing folder, an unreadable file, a manifest row with a bad date.
/// The message names the file (and line or row); the CLI prints it and exits with code 2.
/// </summary>
public sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
