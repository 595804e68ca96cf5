using Analysis.Corpus;
using Analysis.Dates;
using Analysis.Extraction;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Dates;

public class ArticleTimelineTests
{
    // Wednesday 1 November 2017.
    private static readonly DateOnly Published = new(2017, 11, 1);

    /// <summary>Dates the statement whose words are <paramref name="quote"/> and cue <paramref name="cue"/> (first occurrences) in an invented article.</summary>
    private static StatementDate Date(string text, string quote, string cue, string speaker = "Jane Doe", DateOnly? published = null, string? role = null)
    {
        var article = ArticleFactory.Create("test.txt", text, published: published ?? Published);
        var q = text.IndexOf(quote, StringComparison.Ordinal);
        var c = cue.Length == 0 ? -1 : text.IndexOf(cue, StringComparison.Ordinal);
        Assert.True(q >= 0 && (cue.Length == 0 || c >= 0), "test text lacks the quote or cue");
        var statement = new Statement
        {
            Article = "test.txt", Speaker = speaker, SpeakerRole = role, Kind = StatementKind.Indirect, Quote = quote, Cue = cue,
            Span = new TextSpan(q, q + quote.Length), CueSpan = c < 0 ? default : new TextSpan(c, c + cue.Length),
        };
        return ArticleTimeline.Build(article).DateOf(statement);
    }

    [Theory]
    [InlineData("Yesterday the mayor said the bridge would reopen.", "Yesterday", "2017-10-31")]
    [InlineData("The mayor said today the bridge would reopen.", "today", "2017-11-01")]
    [InlineData("The mayor said on Tuesday the bridge would reopen.", "on Tuesday", "2017-10-31")]
    [InlineData("The mayor said on Wednesday the bridge would reopen.", "on Wednesday", "2017-11-01")] // publication day itself
    [InlineData("The mayor said Sunday the bridge would reopen.", "Sunday", "2017-10-29")]
    [InlineData("Early Sunday, the mayor said the bridge would reopen.", "Early Sunday", "2017-10-29")]
    [InlineData("The mayor said on Monday night the bridge would reopen.", "on Monday night", "2017-10-30")]
    [InlineData("At Thursday’s briefing the mayor said the bridge would reopen.", "Thursday’s", "2017-10-26")]
    [InlineData("On Sept. 20, the mayor said the bridge would reopen.", "On Sept. 20", "2017-09-20")]
    [InlineData("The mayor on Oct. 17 said the bridge would reopen.", "on Oct. 17", "2017-10-17")]
    [InlineData("The mayor said on Nov. 3, 2016 the bridge would reopen.", "Nov. 3, 2016", "2016-11-03")]
    [InlineData("On 2017-10-31 the mayor said the bridge would reopen.", "2017-10-31", "2017-10-31")]
    [InlineData("The mayor said last week the bridge would reopen.", "last week", "2017-10-25")]
    [InlineData("On Dec. 28 the mayor said the bridge would reopen.", "On Dec. 28", "2016-12-28")] // after publication: last year
    [InlineData("The mayor said late on Sunday the bridge would reopen.", "late on Sunday", "2017-10-29")]
    [InlineData("After Monday night’s vote the mayor said the bridge would reopen.", "Monday night’s", "2017-10-30")]
    [InlineData("The mayor said late Tuesday the bridge would reopen.", "late Tuesday", "2017-10-31")] // published Wednesday
    public void Day_expressions(string text, string evidence, string expected)
    {
        var date = Date(text, "the bridge would reopen", "said");
        Assert.Equal((expected, evidence, DatePrecision.Day), (date.ToIsoString(), date.Evidence, date.Precision));
    }

    [Theory]
    [InlineData("In September, the mayor said the bridge would reopen.", "In September", "2017-09")]
    [InlineData("In December, the mayor said the bridge would reopen.", "In December", "2016-12")]
    [InlineData("The mayor said last month the bridge would reopen.", "last month", "2017-10")]
    public void Month_expressions(string text, string evidence, string expected)
    {
        var date = Date(text, "the bridge would reopen", "said");
        Assert.Equal((expected, evidence, DatePrecision.Month), (date.ToIsoString(), date.Evidence, date.Precision));
    }

    [Fact]
    public void This_weekend_is_the_saturday_with_a_day_of_tolerance()
    {
        var date = Date("While visiting Rome this weekend, the mayor said the bridge would reopen.", "the bridge would reopen", "said", published: new DateOnly(2017, 10, 1));
        Assert.Equal(("2017-09-30", 1, "this weekend"), (date.ToIsoString(), date.ToleranceDays, date.Evidence));
    }

    [Fact]
    public void Relative_expressions_count_from_the_previous_date_in_the_text()
    {
        const string text = "Speaking on Sept. 19, the mayor vowed to act.\n\nTwelve days later, the governor said the bridge would reopen.";

        Assert.Equal("2017-10-01", Date(text, "the bridge would reopen", "said").ToIsoString());

        const string months = "In September the mayor spoke.\n\nThe month prior, the governor warned the bridge would close.";
        Assert.Equal("2017-08", Date(months, "the bridge would close", "warned").ToIsoString());
    }

    [Fact]
    public void The_expression_nearest_the_cue_wins()
    {
        const string text = "The month prior, in August, the mayor stressed unity, but in September she warned the bridge would close.";

        Assert.Equal("2017-09", Date(text, "the bridge would close", "warned").ToIsoString());
    }

    [Fact]
    public void Dates_inside_the_reported_words_do_not_date_the_statement()
    {
        const string text = "The last contact was when he travelled to Paris in June, the official said.";

        var date = Date(text, "The last contact was when he travelled to Paris in June,", "the official said");
        Assert.Equal(("2017-11-01", null), (date.ToIsoString(), date.Evidence)); // publication date, not June
    }

    [Fact]
    public void Dates_inside_other_quotes_do_not_date_the_statement()
    {
        const string text = "The mayor said the bridge would reopen, adding: \"We closed it on Tuesday.\"";

        Assert.Null(Date(text, "the bridge would reopen", "said").Evidence);
    }

    [Fact]
    public void An_earlier_speech_sentence_of_the_paragraph_dates_the_statement()
    {
        const string text = "The mayor spoke to reporters this weekend at city hall. According to the mayor, the bridge would reopen.";

        Assert.Equal("this weekend", Date(text, "the bridge would reopen", "According to", published: new DateOnly(2017, 10, 1)).Evidence);
    }

    [Fact]
    public void An_earlier_non_speech_sentence_does_not()
    {
        const string text = "The bridge closed in April. The mayor said the bridge would reopen.";

        Assert.Equal(("2017-11-01", null), (Date(text, "the bridge would reopen", "said").ToIsoString(), Date(text, "the bridge would reopen", "said").Evidence));
    }

    [Fact]
    public void Undated_news_statements_take_their_own_speakers_news_day_not_another_speakers()
    {
        const string text = "The mayor said on Tuesday the city was ready.\n\nA resident said on Monday she was worried.\n\nThe bridge would reopen, the mayor said.";

        var date = Date(text, "The bridge would reopen", "the mayor said", speaker: "City mayor");
        Assert.Equal(("2017-10-31", "on Tuesday"), (date.ToIsoString(), date.Evidence));
        var other = Date(text, "The bridge would reopen", "the mayor said", speaker: "Bob Smith");
        Assert.Equal(("2017-11-01", null), (other.ToIsoString(), other.Evidence)); // Monday was the resident's day: the publication date
    }

    [Fact]
    public void Another_speakers_report_of_today_just_before_makes_a_statement_todays_news()
    {
        const string text = "The mayor said on Tuesday the city was ready.\n\nA resident said today she was worried.\n\nThe bridge would reopen, a councillor said.";

        var date = Date(text, "The bridge would reopen", "a councillor said", speaker: "Bob Smith");
        Assert.Equal(("2017-11-01", "today"), (date.ToIsoString(), date.Evidence));
    }

    [Theory]
    [InlineData("The mayor said the administrator had promised her on Monday that it would.\n\nThe bridge would reopen, the mayor said.")]
    [InlineData("The mayor said on Wednesday that Britain was “ready”, a reply to a note seen in Brussels on Monday.\n\nThe bridge would reopen, the mayor said.")]
    public void A_day_inside_reported_words_dates_no_later_statement(string text)
    {
        var date = Date(text, "The bridge would reopen", "the mayor said", speaker: "City mayor");
        Assert.NotEqual("2017-10-30", date.ToIsoString());
    }

    [Fact]
    public void A_day_in_a_later_cues_reported_clause_does_not_date_the_statement_before_it()
    {
        // "warned that ... on Nov. 25" is the content of the warning, not the day the trust said it had no regrets.
        const string text = "The supporters' trust said it had no regrets and warned that further action was planned for the home game on Nov. 25.";
        var date = Date(text, "it had no regrets", "said");
        Assert.Equal(("2017-11-01", null), (date.ToIsoString(), date.Evidence));
        // With the cue after the words, the words after the cue are the cue's own ("told supporters ... Tuesday").
        const string after = "\"We have no regrets,\" the chairman told about 200 supporters at a packed hall in the town centre shortly before midnight Tuesday.";
        Assert.Equal("2017-10-31", Date(after, "We have no regrets,", "told").ToIsoString());
    }

    [Fact]
    public void A_month_in_a_relative_clause_is_background_and_since_bounds_a_period()
    {
        const string text = "The former minister, who was appointed in July, made clear that the bridge would reopen. The front, which has marched since June, said it would march again.";

        Assert.NotEqual("2017-07", Date(text, "the bridge would reopen", "made clear").ToIsoString());
        Assert.NotEqual("2017-06", Date(text, "it would march again", "said").ToIsoString());
    }

    [Theory]
    [InlineData("The council will meet on Tuesday. The mayor said the bridge would reopen.")]              // a future meeting
    [InlineData("The council, the mayor told reporters, is expected to vote on Tuesday. Officials said the bridge would reopen.")]
    [InlineData("Talks will resume starting Tuesday, the mayor told reporters. She said the bridge would reopen.")]
    [InlineData("Ten cases have been confirmed since Tuesday, the mayor told reporters. She said the bridge would reopen.")] // a period's start
    [InlineData("The hearing is scheduled for Tuesday. The mayor said the bridge would reopen.")]            // a schedule
    [InlineData("The vote is scheduled for Tuesday, the mayor told reporters. She said the bridge would reopen.")]     // "scheduled" as a verb
    [InlineData("The council has scheduled Tuesday for the vote, the mayor told reporters. She said the bridge would reopen.")]
    [InlineData("The two sides last met on Tuesday, with a mediator. A spokesman said the bridge would reopen.")]        // the latest of a repeated event
    [InlineData("The negotiators last talked Tuesday night. A spokesman said the bridge would reopen.")]
    public void Forward_and_bounding_expressions_never_date_a_statement(string text)
    {
        var date = Date(text, "the bridge would reopen", "said");
        Assert.Equal(("2017-11-01", null), (date.ToIsoString(), date.Evidence));
    }

    [Theory]
    // A clock time before the day belongs to it: the day is still beside the cue, and dates the post that follows.
    [InlineData("The union announced the postponement on its website shortly before 11 p.m. Monday. \"Back at the table,\" the post said.", "2017-10-30")]
    [InlineData("The union announced the postponement of the strike to its members at 9:30 p.m. Monday. \"Back at the table,\" the post said.", "2017-10-30")]
    // Unless a verb of the reported clause comes first: the crest was on Monday, the forecaster's words are undated.
    [InlineData("The weather service said the creek crested above its banks at 11 p.m. Monday. \"Back at the table,\" the post said.", "2017-11-01")]
    public void A_clock_time_before_the_day_keeps_it_beside_the_cue(string text, string expected) =>
        Assert.Equal(expected, Date(text, "Back at the table,", "the post said").ToIsoString());

    [Fact]
    public void A_past_perfect_report_is_background_for_the_speakers_later_words()
    {
        // "Last month, Lund had warned ..." dates that warning only; her undated words later belong to the story's day.
        const string text = "Lorry drivers block the port\n\nLast month, Kari Lund had warned that drivers would block the port if the budget gave them nothing.\n\nLund said the trucks would stay until the minister called.";

        var date = Date(text, "the trucks would stay until the minister called", "Lund said", speaker: "Kari Lund");
        Assert.Equal(("2017-11-01", null), (date.ToIsoString(), date.Evidence));
        Assert.Equal("2017-10", Date(text, "drivers would block the port", "had warned", speaker: "Kari Lund").ToIsoString());
    }

    [Fact]
    public void A_scheduled_event_held_on_a_day_is_dated_by_it()
    {
        // "scheduled" before a noun names the event, no schedule of the day: the debate was held on Tuesday night.
        const string text = "The only scheduled debate of the race turned into a shouting match on Tuesday night, and the mayor said the bridge would reopen.";
        Assert.Equal("2017-10-31", Date(text, "the bridge would reopen", "said").ToIsoString());
    }

    [Fact]
    public void A_reporting_word_after_the_modal_makes_the_day_the_saying_day()
    {
        const string text = "The envoy will travel to Rome for talks, the ministry said Tuesday. Its spokesman said the bridge would reopen.";

        Assert.Equal(("2017-10-31", "Tuesday"), (Date(text, "the bridge would reopen", "Its spokesman said").ToIsoString(), Date(text, "the bridge would reopen", "Its spokesman said").Evidence));
    }

    [Fact]
    public void An_expression_straddling_the_start_of_the_statement_dates_the_saying()
    {
        // The extractor's span may begin mid-expression ("said Tuesday| morning that ...").
        const string text = "The owner said Tuesday morning that he had laid off his staff.";

        Assert.Equal("2017-10-31", Date(text, "morning that he had laid off his staff", "said").ToIsoString());
    }

    [Fact]
    public void Undated_news_statements_take_the_lead_event_day_before_the_publication_date()
    {
        // Published Wednesday about a game on Monday night; a later undated "said" belongs to that night.
        const string text = "Rovers beat United 3-1\n\nBy A Writer\n\nThe home side turned the match around in the second half of Monday night's game at a packed stadium, with two goals in four minutes.\n\nThe coach praised his defenders, who had struggled all season.\n\nThe players never gave up, the captain said.";

        var date = Date(text, "The players never gave up", "the captain said");
        Assert.Equal(("2017-10-30", "Monday night's"), (date.ToIsoString(), date.Evidence));
    }

    [Fact]
    public void A_byline_date_is_the_publication_day_not_the_lead_event_day()
    {
        // "Wednesday, November 1, 2017" under the byline names the paper's day; the lead's event was on Monday.
        const string text = "Judge approves settlement\n\nBy A Writer\nWednesday, November 1, 2017\n\nA federal judge on Monday approved a settlement between the company and thousands of residents, ending four years of litigation over the spill.\n\nThe residents' lawyer, speaking outside the courthouse, said the families finally had an answer.";

        var date = Date(text, "the families finally had an answer", "said");
        Assert.Equal(("2017-10-30", "on Monday"), (date.ToIsoString(), date.Evidence));
    }

    [Fact]
    public void Another_speakers_background_day_does_not_carry_over_to_later_statements()
    {
        // The lead's debate was last night (Tuesday); the captain's "on Sunday" is background, not the day the
        // minister spoke.
        const string text = "Senate blocks the bill\n\nThe Senate last night rejected the government's bill after a bitter debate that ran past midnight in both chambers of parliament.\n\nThe ship's captain said on Sunday that several people on board were ill.\n\nThe minister told reporters the bill was needed.";

        var date = Date(text, "the bill was needed", "told reporters", speaker: "Philip Ruddock");
        Assert.Equal("2017-10-31", date.ToIsoString());
    }

    [Theory]
    // A day in a relative clause describes a noun ("a dispute that boiled over ..."): the lead's news is its main
    // clause, here undated, so a later undated reaction takes the publication date.
    [InlineData("Fishermen from two ports have agreed to meet in the capital next week to end a dispute over fishing grounds that boiled over at sea on Sunday night.", "2017-11-01", null)]
    [InlineData("Fishermen from two ports have agreed to talks after a long-running row, which boiled over at sea on Sunday night, left two boats badly damaged.", "2017-11-01", null)]
    // In the main clause, or after a verb's "that" (its object, not a relative clause), the day is the lead event's.
    [InlineData("A long-running dispute over fishing grounds between fishermen from two ports boiled over at sea on Sunday night, leaving two boats badly damaged.", "2017-10-29", "on Sunday night")]
    [InlineData("The coastguard found that fishermen from two ports had rammed each other's boats in a dispute over fishing grounds at sea on Sunday night, leaving two damaged.", "2017-10-29", "on Sunday night")]
    // "scheduled" before its noun is an adjective, not a plan: the meeting happened on Sunday night.
    [InlineData("The only scheduled meeting between the skippers of the two ports turned into a shouting match over the fishing grounds on Sunday night, with both sides walking out.", "2017-10-29", "on Sunday night")]
    // A relative clause on the subject ends at the sentence's own verb ("ended"): the day after it is the lead event's.
    [InlineData("A blockade of the harbour that kept both fleets in port through Saturday and most of Sunday ended on Monday night, when the skippers accepted a mediator's offer.", "2017-10-30", "on Monday night")]
    // A second verb after "and" still belongs to the relative clause: the flare-up is the row's background.
    [InlineData("Fishermen from two ports have agreed to talks over a row about fishing grounds that began in the spring and flared again at sea on Sunday night.", "2017-11-01", null)]
    public void A_day_in_a_relative_clause_is_not_the_lead_event_day(string lead, string expected, string? evidence)
    {
        var text = $"Fishermen to meet\n\n{lead}\n\nThe skipper of a trawler said he would not go back to the bank until his crew was safe.";
        var date = Date(text, "he would not go back to the bank", "said", speaker: "Jim Trawl");
        Assert.Equal((expected, evidence), (date.ToIsoString(), date.Evidence));
    }

    [Theory]
    // The ministry's "said in a statement on Tuesday" is its own day; the diplomat, someone new ("A diplomat"), does not
    // inherit it. (The ministry's own spokesman would: "Its spokesman said", A_reporting_word_after_the_modal_...)
    [InlineData("The ministry said in a statement on Tuesday that the border would stay closed. A diplomat involved in the talks told reporters the convoy would leave within days.", "2017-11-01", null)]
    // Someone already in the story ("The diplomat") keeps the paragraph's dated report.
    [InlineData("The ministry said in a statement on Tuesday that the border would stay closed. The diplomat told reporters the convoy would leave within days.", "2017-10-31", "on Tuesday")]
    // A day that sets the paragraph's scene, not beside another speaker's cue, still dates it.
    [InlineData("At the border crossing on Tuesday, drivers said the queue had not moved. A diplomat involved in the talks told reporters the convoy would leave within days.", "2017-10-31", "on Tuesday")]
    // So does the pronoun that goes on with the new speaker.
    [InlineData("The ministry said in a statement on Tuesday that the border would stay closed. A diplomat involved in the talks was hopeful. He said the convoy would leave within days.", "2017-11-01", null)]
    public void Another_speakers_dated_report_in_the_paragraph_is_not_inherited(string paragraph, string expected, string? evidence)
    {
        var text = $"Aid convoy waits at the border\n\nHundreds of lorries carrying food and medicine have been waiting at the border crossing for more than a week while the two sides argue over inspections.\n\nThe drivers sleep in their cabs and buy water from traders who walk along the line of lorries, and several say they have run out of money for fuel and food.\n\n{paragraph}";
        // The cue is the last "told reporters" or "said" before the words.
        var words = text.IndexOf("the convoy would leave", StringComparison.Ordinal);
        var cue = text.LastIndexOf("told reporters", words, StringComparison.Ordinal) is var told and >= 0 ? new TextSpan(told, told + 14)
            : new TextSpan(text.LastIndexOf("said", words, StringComparison.Ordinal), text.LastIndexOf("said", words, StringComparison.Ordinal) + 4);
        var statement = new Statement
        {
            Article = "test.txt", Speaker = "diplomat", Kind = StatementKind.Indirect, Quote = "the convoy would leave within days", Cue = text[cue.Start..cue.End],
            Span = new TextSpan(words, words + 34), CueSpan = cue,
        };
        var date = ArticleTimeline.Build(ArticleFactory.Create("test.txt", text, published: Published)).DateOf(statement);
        Assert.Equal((expected, evidence), (date.ToIsoString(), date.Evidence));
    }

    private const string BusStrikeLead = "Bus strike spreads\n\nBus drivers in three more towns walked out this week, leaving thousands of commuters to find other ways to work while the company and the union trade blame.\n\nThe company says it has offered a raise of four percent over two years, which the union has called an insult to drivers who worked through the pandemic.\n\n";

    [Theory]
    // The drivers' report names the speaker's role as a group: the quote that introduces her is the same occasion.
    [InlineData("At the depot on Tuesday evening, drivers coming off the late shift said they backed the strike.\n\n\"I have not had a raise in six years,\" said Tina Harlow, a bus driver on the night routes.", "2017-10-31", "on Tuesday evening")]
    // The head of a depot said ... on Monday; "depot manager Ian Lee" is the same man (a wire's dateline day is not the saying's).
    [InlineData("LEEDS, Oct. 31 (Wire) - The depot would run no buses until the strike ended, the head of the company's Leeds depot said on Monday.\n\n\"I have not had a raise in six years,\" depot manager Tina Harlow told reporters.", "2017-10-30", "on Monday")]
    // A report that names neither her role nor her group is another's occasion.
    [InlineData("At the depot on Tuesday evening, passengers waiting in the rain said they backed the strike.\n\n\"I have not had a raise in six years,\" said Tina Harlow, a bus driver on the night routes.", "2017-11-01", null)]
    public void A_speaker_introduced_by_role_goes_on_with_the_report_of_that_role_just_before(string paragraphs, string expected, string? evidence)
    {
        var role = paragraphs.Contains("depot manager", StringComparison.Ordinal) ? "depot manager" : "bus driver";
        var cue = paragraphs.Contains("told reporters", StringComparison.Ordinal) ? "told reporters" : "said Tina";
        var date = Date(BusStrikeLead + paragraphs, "I have not had a raise in six years,", cue, speaker: "Tina Harlow", role: role);
        Assert.Equal((expected, evidence), (date.ToIsoString(), date.Evidence));
    }

    [Fact]
    public void A_later_news_day_after_the_lead_leaves_later_undated_words_to_the_publication_date()
    {
        // Published Wednesday. The Monday night meeting dates the words just after it; once the owner has spoken on
        // Tuesday, the story has moved on, and the lawyer's undated words were said to the reporter, not at the meeting.
        const string text = "Tenants agree to talks\n\nThe agreement came at a tense meeting Monday night in the basement of the parish hall, where about seventy residents voted to keep withholding their rent.\n\n\"We want heat,\" said Ann Marsh, who heads the tenants association.\n\nThe owner, Tom Brand, said Tuesday that he would attend the talks.\n\nThe tenants' lawyer, Mark White, argued the law allowed tenants to withhold rent.";
        Assert.Equal(("2017-10-30", "Monday night"), (Date(text, "We want heat", "said", speaker: "Ann Marsh").ToIsoString(), Date(text, "We want heat", "said", speaker: "Ann Marsh").Evidence));
        var lawyer = Date(text, "the law allowed tenants", "argued", speaker: "Mark White");
        Assert.Equal(("2017-11-01", null), (lawyer.ToIsoString(), lawyer.Evidence));
    }

    [Fact]
    public void A_later_news_day_of_today_leaves_a_transcript_answer_to_the_broadcast_day()
    {
        // A radio transcript: yesterday's deadline leads, this morning's news follows, then a reporter's package and,
        // well after it, a live interview.
        const string text = "RADIO HOST: Students have occupied the main hall of the university for a week now, protesting against a plan to charge fees for courses.\n\nYesterday the university council gave the students until five o'clock tomorrow afternoon to leave the hall, or it says it will ask police to remove them.\n\nThis morning the students say they're not going anywhere. Our reporter has been on campus.\n\nREPORTER: Outside the hall there are tents, a barbecue and a banner, and inside about sixty students have been sleeping on the floor since last week.\n\nStudent council president Sam Lee says they will stay until the council shelves the plan.\n\nSAM LEE: We asked for one thing, a proper meeting where the plan is on the table and not already decided. We have not had it. So we are staying put.\n\nREPORTER: The staff union has backed the occupation. Its secretary, Ann Bell, says staff are worried too.\n\nANN BELL: It starts with postgraduate courses. Nobody believes it stops there, and nobody on the staff wants it to.\n\nREPORTER: Not every student supports the protest. Commerce student Tom Wu says the occupation has shut the student services office for a week.\n\nTOM WU: I have no problem with them protesting. I have a problem with not being able to get my enrolment fixed because there is a sit-in on the stairs.\n\nRADIO HOST: The vice-chancellor is Professor Jane Roe, and she joins us now. Will you call the police?\n\nJANE ROE: It's the last thing I want to do.";
        var date = Date(text, "It's the last thing I want to do.", "JANE ROE:", speaker: "Jane Roe");
        Assert.Equal("2017-11-01", date.ToIsoString());
    }

    [Fact]
    public void Narration_of_the_speaker_at_the_lead_event_brings_the_story_back_to_it()
    {
        // Published Monday about a Saturday night game: the league's Sunday news moves the story on, but the next
        // paragraph tells what the goalie did in the game, so his words are post-game ones.
        const string text = "Rovers top United\n\nThe Rovers beat United 4-2 on Saturday night, but the win was overshadowed by a brawl late in the third period that left both benches shouting.\n\nThe league said Sunday that it had requested video of the incident.\n\nUnited goalie Evan Reed finished with 27 saves.\n\n\"We're better than this,\" Reed said.\n\n\"We will review it,\" added Pat Gold, a league official.";
        var published = new DateOnly(2017, 10, 30);
        var goalie = Date(text, "We're better than this,", "Reed said", speaker: "Evan Reed", published: published);
        Assert.Equal(("2017-10-28", "on Saturday night"), (goalie.ToIsoString(), goalie.Evidence));
        // Someone the narration did not show at the game keeps the publication date.
        Assert.Equal("2017-10-30", Date(text, "We will review it,", "added Pat Gold", speaker: "Pat Gold", published: published).ToIsoString());
    }

    [Fact]
    public void A_live_blog_entry_after_the_last_news_day_takes_the_publication_day()
    {
        // Published Wednesday: the 09.14 entry's "on Monday" dates its own sentence, not the later 15.55 entry.
        const string text = "Protests – live\n\n09.14\n\nThe police said on Monday that the march could go ahead along the agreed route through the centre.\n\n15.55 BST\n\nThe home secretary told reporters the police would take a firm line.";

        var date = Date(text, "the police would take a firm line", "told reporters");
        Assert.Equal(("2017-11-01", "15.55 BST"), (date.ToIsoString(), date.Evidence));
        Assert.Equal("2017-10-30", Date(text, "the march could go ahead", "said on Monday").ToIsoString());
    }

    [Fact]
    public void An_earlier_sentence_naming_the_paragraphs_event_day_dates_the_statement()
    {
        const string text = "The accord was unveiled on Monday evening. The envoy told a press conference the bridge would reopen.";

        Assert.Equal("2017-10-30", Date(text, "the bridge would reopen", "told a press conference").ToIsoString());
    }

    [Theory]
    [InlineData("The rival shot back that the bridge would reopen.", "the bridge would reopen", "shot back")]
    [InlineData("The aide told reporters his boss had won the argument.", "won the argument", "told reporters his boss had")]
    public void News_cues_with_a_perfect_after_the_verb_are_still_news(string text, string quote, string cue) =>
        Assert.Equal("2017-11-01", Date(text, quote, cue).ToIsoString());

    [Theory]
    [InlineData("The lawyer disputed that account, saying the offer was unfair.", "the offer was unfair", "saying")]
    [InlineData("The agency quoted a spokesman as saying the crew were safe.", "the crew were safe", "saying")]
    [InlineData("The union is seeking 11 percent, saying pay has fallen behind.", "pay has fallen behind", "saying")]
    [InlineData("The official would not comment, calling the issues separate.", "the issues separate", "calling")]
    public void A_participle_cue_takes_the_tense_of_the_clause_it_hangs_on(string text, string quote, string cue) =>
        Assert.Equal("2017-11-01", Date(text, quote, cue).ToIsoString());

    [Fact]
    public void A_participle_cue_on_a_perfect_is_background() =>
        Assert.Equal(StatementDate.Unknown, Date("The adviser has pushed against the plan, saying the costs are too high.", "the costs are too high", "saying"));

    [Fact]
    public void A_pronoun_continues_the_speakers_dated_report_in_the_paragraph_before()
    {
        // Without the pronoun, Kowal's Sunday interview would be his last named news day.
        const string text = "Minister Jan Kowal gave an interview on Sunday.\n\nOn Monday he appeared to soften, telling reporters that talks were possible.\n\n\"The door is open,\" he said.";

        Assert.Equal("2017-10-30", Date(text, "The door is open,", "said", speaker: "Jan Kowal").ToIsoString());
    }

    [Fact]
    public void A_named_speaker_continues_the_event_day_of_the_paragraph_before()
    {
        // Short paragraphs under a title: no lead day to fall back on.
        const string text = "Hospital staff walk out\n\nNurses rallied on Monday afternoon. Ann Lee told us the wards were short.\n\n\"It is not safe for anyone,\" Lee said.";

        Assert.Equal("2017-10-30", Date(text, "It is not safe for anyone,", "said", speaker: "Ann Lee").ToIsoString());
    }

    [Fact]
    public void A_lead_in_takes_the_day_of_the_same_speakers_report_just_after()
    {
        const string next = "Senator Ruth Hale called the plan \"a tax on families.\"\n\n\"Farmers want their markets back,\" Hale said at a news conference on Monday.";
        Assert.Equal("2017-10-30", Date(next, "a tax on families.", "called the plan", speaker: "Ruth Hale").ToIsoString());

        const string sameParagraph = "The chairman, Tom Berg, urged both sides to calm down. He told reporters on Monday evening that expulsions would help nobody.";
        Assert.Equal("2017-10-30", Date(sameParagraph, "both sides to calm down", "urged", speaker: "Tom Berg").ToIsoString());
    }

    [Fact]
    public void A_possessive_names_someone_else()
    {
        const string text = "Ruth Hale said she would not back down.\n\nHale's campaign said in an email on Monday that volunteers knocked on doors.";

        Assert.Equal("2017-11-01", Date(text, "she would not back down", "said", speaker: "Ruth Hale").ToIsoString());
    }

    [Fact]
    public void A_generic_label_is_matched_with_its_own_modifier_or_the()
    {
        const string other = "Omani official Ali Nasser told reporters on Monday that talks were close.\n\nThe council met again.\n\nAn Israeli official said the council should act.";
        Assert.Equal("2017-11-01", Date(other, "the council should act", "said", speaker: "Israeli official").ToIsoString());

        const string same = "An Israeli official told reporters on Monday that talks were dead.\n\nThe council met again.\n\nThe official said the council should act.";
        Assert.Equal("2017-10-30", Date(same, "the council should act", "said", speaker: "Israeli official").ToIsoString());
    }

    [Fact]
    public void A_day_in_an_earlier_cues_reported_clause_does_not_date_a_later_cue() =>
        Assert.Equal("2017-11-01", Date("The pilot acknowledged that the Sept. 1 date was a target, but said pilots were ready.", "pilots were ready", "said").ToIsoString());

    [Fact]
    public void A_month_in_a_whose_clause_is_the_subjects_background() =>
        Assert.Equal("2017-11-01", Date("The agency, whose inspectors were expelled in June, said it welcomed the step.", "it welcomed the step", "said").ToIsoString());

    [Fact]
    public void The_lead_prefers_an_exact_day_to_a_vague_one()
    {
        // The lead's "last week" sets the scene; "On Monday" is the vote the minister speaks after.
        const string text = "Talks\n\nFor a few days last week it looked as if the mediators might succeed in bringing the two sides together. On Monday the parliament, after a long debate, voted to accept the plan.\n\n\"We won time,\" the defense minister told us.";

        Assert.Equal("2017-10-30", Date(text, "We won time,", "told us", speaker: "Ivo Kranj").ToIsoString());
    }

    [Fact]
    public void An_accusation_is_a_report_of_speech()
    {
        const string text = "Deputy premier Ivo Maric accused the army on Saturday of taking sides.\n\n\"We are keeping our word,\" Maric said.";

        Assert.Equal("2017-10-28", Date(text, "We are keeping our word,", "said", speaker: "Ivo Maric").ToIsoString());
    }

    [Theory]
    [InlineData("told the council after the vote")]
    [InlineData("said following the vote")]
    public void After_the_event_takes_the_day_the_text_gives_that_event(string cue)
    {
        var text = "The council voted 15-0 on Monday for the resolution. A spokesman said on Tuesday that the text was final.\n\nThe ambassador " + cue + " that the measure was the last chance.";

        Assert.Equal("2017-10-30", Date(text, "the measure was the last chance", cue, speaker: "Alan Pember").ToIsoString());
    }

    [Theory]
    [InlineData("told the same dinner")]
    [InlineData("said at the same dinner")]
    public void The_same_event_takes_the_day_the_text_gave_it(string cue)
    {
        // "the same dinner" points back to the dinner named before, with its day; the spokesman's Tuesday is his own.
        var text = "Speaking at a dinner in the capital on Monday night, the foreign minister called for calm. A spokesman said on Tuesday that the text was final.\n\nAmbassador Alan Pember " + cue + " that the measure was the last chance.\n\n\"We have waited long enough,\" he said.";

        Assert.Equal("2017-10-30", Date(text, "the measure was the last chance", cue, speaker: "Alan Pember").ToIsoString());
        // The quote that goes on with the ambassador's report belongs to the same dinner.
        Assert.Equal("2017-10-30", Date(text, "We have waited long enough,", "he said", speaker: "Alan Pember").ToIsoString());
    }

    [Theory]
    // Published Wednesday: the introduction's "Yesterday" dates the sound bite, not the story's lead day.
    [InlineData("PRESENTER: On Sunday the talks broke down again in the capital after a week of shelling and rising anger.\n\nYesterday we reached Ana Ruiz, a teacher, by phone.\n\nANA RUIZ: We have no water.", "2017-10-31")]
    // A day in a relative clause is her background; the paragraph's own "this morning" is the interview's.
    [InlineData("PRESENTER: On Sunday the talks broke down again in the capital after a week of shelling and rising anger.\n\nREPORTER: This morning the ward was full. One patient was Ana Ruiz, who was brought in on Monday evening.\n\nANA RUIZ: We have no water.", "2017-11-01")]
    public void A_sound_bite_takes_the_day_of_its_introduction(string text, string expected) =>
        Assert.Equal(expected, Date(text, "We have no water.", "ANA RUIZ:", speaker: "Ana Ruiz").ToIsoString());

    [Fact]
    public void A_transcript_answer_is_news_of_the_day() =>
        Assert.Equal("2017-11-01", Date("HOR NAMHONG: We came here to end the shooting.", "We came here to end the shooting.", "HOR NAMHONG:").ToIsoString());

    [Fact]
    public void Undated_news_statement_with_no_news_day_takes_the_publication_date()
    {
        var date = Date("The mayor said the bridge would reopen.", "the bridge would reopen", "said");
        Assert.Equal(("2017-11-01", DatePrecision.Day, null), (date.ToIsoString(), date.Precision, date.Evidence));
    }

    [Theory]
    [InlineData("The mayor has urged residents to stay calm.", "residents to stay calm", "has urged")]
    [InlineData("The mayor had said the bridge would reopen.", "the bridge would reopen", "had said")]
    [InlineData("The mayor has made clear the bridge would reopen.", "the bridge would reopen", "has made clear")]
    [InlineData("Admitting publicly that the bridge would close, the mayor left.", "the bridge would close", "Admitting publicly")]
    [InlineData("The mayor's public assertion that the bridge is safe was mocked.", "the bridge is safe", "public assertion")]
    public void Background_cues_without_evidence_are_undated(string text, string quote, string cue) =>
        Assert.Equal(StatementDate.Unknown, Date(text, quote, cue));

    // The finder runs its regex only where a trigger word can stand in an expression: these pin each gate
    // (a direction after its unit, "earlier today", "the next", a unit after last/next, any case, a dotted month).
    [Theory]
    [InlineData("On Monday the mayor spoke. Two days later the governor said yes.", "Two days later")]
    [InlineData("On Monday the mayor spoke. The day after, the governor said yes.", "The day after")]
    [InlineData("On Monday the mayor spoke. Three weeks afterwards, the governor said yes.", "Three weeks afterwards")]
    [InlineData("On Monday the mayor spoke. A month prior, the governor said yes.", "A month prior")]
    [InlineData("On Monday the mayor spoke. The following week the governor said yes.", "The following week")]
    [InlineData("The governor said earlier today that the bridge is safe.", "earlier today")]
    [InlineData("The governor said last month that the bridge is safe.", "last month")]
    [InlineData("The governor said over the weekend that the bridge is safe.", "over the weekend")]
    [InlineData("The governor said in mid-January that the bridge is safe.", "in mid-January")]
    [InlineData("The governor said on Sept. 20 that the bridge is safe.", "on Sept. 20")]
    public void Relative_and_calendar_expressions_are_found(string text, string expression)
    {
        var article = ArticleFactory.Create("x.txt", text, published: Published);
        Assert.Contains(expression, ArticleTimeline.Build(article).Expressions.Select(e => e.Span.Of(text)));
    }

    [Theory]
    [InlineData("After the vote, in recent days, the following priority was weekly, the governor said.")]
    [InlineData("Julia and Mark met at Montana's Sunni mosque before the debate, the governor said.")]
    public void Trigger_words_outside_expressions_find_nothing(string text) =>
        Assert.Empty(ArticleTimeline.Build(ArticleFactory.Create("x.txt", text, published: Published)).Expressions);

    [Fact]
    public void Without_a_publication_date_only_written_dates_resolve()
    {
        var article = new Article { Id = "x", Text = "On Tuesday the mayor said yes. On Nov. 3, 2017 the governor said no." };
        var timeline = ArticleTimeline.Build(article);
        Assert.Equal(["Nov. 3, 2017"], timeline.Expressions.Select(e => e.Span.Of(article.Text)));
    }

    [Fact]
    public void Never_throws_and_evidence_is_article_text()
    {
        var words = Gen.Elements("said", "on Tuesday", "Yesterday", "Twelve days later", "The month prior", "In May", "Sept. 31", "Feb. 29",
            "2017-02-30", "“", "”", "\"", ".", " ", "\n", "has urged", "this weekend", "Mr.", "U.S.", "told reporters", "x",
            "that", "which", "One finished.", "long enough to be a prose paragraph of the lead, with many words in it",
            "he said", "He", "after the vote", "voted", "whose", "One's", "official", "accused", "saying", "SOME ONE:");
        var speakers = Gen.Elements("Some One", "Israeli official", "", "he", "One", "x y z");
        var cues = Gen.Elements("said", "saying", "SOME ONE:", "told the council after the vote", "", "has said");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), words.ListOf().Select(p => string.Join(" ", p)));
        var dates = Gen.Choose(1, 3650 * 3).Select(d => (DateOnly?)DateOnly.FromDayNumber(DateOnly.MinValue.DayNumber + 700_000 + d));
        var published = Gen.OneOf(Gen.Constant<DateOnly?>(null), dates);
        var cases = from text in texts
                    from pub in published
                    from a in Gen.Choose(-3, 400)
                    from b in Gen.Choose(-3, 400)
                    from c in Gen.Choose(-3, 400)
                    from d in Gen.Choose(-3, 400)
                    from speaker in speakers
                    from cue in cues
                    select (text, pub, a, b, c, d, speaker, cue);
        Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var article = ArticleFactory.Create("p.txt", x.text, published: x.pub);
            var statement = new Statement
            {
                Article = "p.txt", Speaker = x.speaker, Kind = StatementKind.Direct, Quote = "", Cue = x.cue,
                Span = new TextSpan(Math.Min(x.a, x.b), Math.Max(x.a, x.b)), CueSpan = new TextSpan(Math.Min(x.c, x.d), Math.Max(x.c, x.d)),
            };
            var date = ArticleTimeline.Build(article).DateOf(statement);
            return date.Evidence is null || x.text.Contains(date.Evidence, StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }
}
