namespace Analysis.Extraction;

/// <summary>The grammar of a reporting cue, which decides where its speaker stands.</summary>
public enum CueForm
{
    /// <summary>A finite verb: "said", "told reporters", "let reporters know". The speaker is its subject.</summary>
    Verb,

    /// <summary>A participle: ", saying", "by tweeting". The speaker is the subject of the clause it hangs on.</summary>
    Participle,

    /// <summary>A noun followed by "that": "his original tweets that". The speaker is its possessor.</summary>
    Noun,

    /// <summary>"according to X": the speaker follows the cue.</summary>
    According,
}
