namespace Analysis.Extraction;

/// <summary>How the words reached the article.</summary>
public enum StatementKind
{
    /// <summary>Words inside quotation marks, or a block quote introduced by a colon.</summary>
    Direct,

    /// <summary>Reported speech ("X said that ..."), possibly with quoted fragments inside it.</summary>
    Indirect,

    /// <summary>A quoted post on Twitter ("tweeted", "said on Twitter").</summary>
    Tweet,
}
