using Analysis.Metrics;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Metrics;

public class TokenizerTests
{
    [Fact]
    public void Words_are_lower_cased_content_words()
    {
        Assert.Equal(["fire", "fury", "like", "world", "never", "seen"],
            Tokenizer.Words("Fire and FURY like the world has never seen."));
    }

    [Fact]
    public void Apostrophes_and_hyphens_inside_words_are_kept_possessives_dropped()
    {
        Assert.Equal(["don't", "north-korean", "pyongyang", "missiles"],
            Tokenizer.Words("Don’t — North-Korean Pyongyang's 2017 missiles 'x'"));
    }

    [Fact]
    public void Property_never_throws_and_yields_lower_case_non_stopwords()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            Tokenizer.Words(text).All(w => w.Length > 1 && !Tokenizer.Stopwords.Contains(w) && w == w.ToLowerInvariant()))
            .QuickCheckThrowOnFailure();
    }
}
