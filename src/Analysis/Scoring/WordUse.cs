namespace Analysis.Scoring;

/// <summary>
/// One use in a statement of a word a learned valence may apply to (see <see cref="LearnedValencesFit"/>): the
/// token, its lower-cased form, and the weight the rules give its place (-0.74 when negated, 0.5 before a
/// contrast word, 1.5 after one, else 1), which is how much a shift of the word's valence moves the sum.
/// </summary>
internal readonly record struct WordUse(int TokenIndex, string Word, double Weight);
