using Analysis.Scoring;

namespace Analysis.Tests.Scoring;

/// <summary>Each stance rule on general sentences (not the seed quotes), with the evidence it leaves: the rules alone, without the learned fallback (<see cref="StanceFallbackRuleTests"/>).</summary>
public sealed class StanceRuleTests
{
    private static StatementScores Score(string text) => StatementScorer.RulesOnly.Score(text);

    [Fact]
    public void Talks_and_calming_are_conciliatory()
    {
        var s = Score("The minister said both sides should calm things down and return to negotiations.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("calm things down (+)", s.Evidence);
        Assert.Contains("negotiations (+)", s.Evidence);
    }

    [Fact]
    public void Force_and_pressure_are_hawkish() =>
        Assert.Equal(Stance.Hawkish, Score("We will impose maximum pressure and tougher sanctions.").Stance);

    [Fact]
    public void A_response_that_will_come_is_a_threat_not_an_act()
    {
        var s = Score("Any attack on our ships will be met with a massive military response.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("massive military response (threat, -)", s.Evidence);
    }

    [Fact]
    public void A_conditional_is_marked_as_a_conditional_threat()
    {
        var s = Score("If they attack, we will destroy them.");
        Assert.Contains(s.Evidence, e => e.StartsWith("destroy (conditional threat", StringComparison.Ordinal));
    }

    /// <summary>Reported speech quotes the speaker's own words from inside a phrase: the marks do not break it.</summary>
    [Fact]
    public void Quotation_marks_inside_a_phrase_do_not_break_it()
    {
        var s = Score("The firm said it had \"no interest\" in reopening the negotiations.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("no interest\" in (-)", s.Evidence);
        Assert.Equal(Stance.Conciliatory, Score("The ministry remained “fully willing” to resume the talks.").Stance);
        Assert.DoesNotContain(Score("Asked about a sale, he said no; interest in the talks is high.").Evidence,
            e => e.StartsWith("no; interest in", StringComparison.Ordinal)); // other marks still break it
    }

    [Fact]
    public void Negated_talks_are_not_conciliatory()
    {
        var s = Score("The rebels showed no sign that they are ready for talks.");
        Assert.Equal(Stance.Neutral, s.Stance);
        Assert.Contains("talks (negated, 0)", s.Evidence);
        Assert.True(s.Sentiment < 0, "a refused offer of talks is bad news");
    }

    [Fact]
    public void Negated_force_followed_by_but_diplomacy_is_conciliatory()
    {
        var s = Score("What we want is not a war but a diplomatic settlement.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("war (negated, +)", s.Evidence);
    }

    [Fact]
    public void Dismissing_talks_is_hawkish()
    {
        var s = Score("She said the envoy is wasting his time trying to negotiate with them.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("negotiate (dismissed, -)", s.Evidence);
        Assert.Equal(Stance.Hawkish, Score("Such talks are a waste of time.").Stance);
    }

    [Fact]
    public void Preventing_force_is_conciliatory()
    {
        var s = Score("The bill would prevent the president from ordering a first strike.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("first strike (averted, +)", s.Evidence);
    }

    [Theory]
    [InlineData("The farmers agreed to suspend the boycott.", "boycott (averted, +)")]
    [InlineData("Washington will lift the tariffs on steel.", "lift the tariffs (+)")]
    [InlineData("Both firms agreed to drop all pending lawsuits.", "drop all pending lawsuits (+)")]
    [InlineData("The farmers will call off the blockade.", "blockade (averted, +)")]
    [InlineData("The union has postponed the strike.", "strike (averted, +)")]
    public void Ending_coercion_is_conciliatory(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Fact]
    public void Words_without_stance_are_neutral()
    {
        var s = Score("The report is on the third floor of the building.");
        Assert.Equal((0.0, 0.0, Stance.Neutral), (s.Sentiment, s.StanceScore, s.Stance));
        Assert.Empty(s.Evidence);
    }

    [Fact]
    public void Labels_follow_the_threshold()
    {
        Assert.Equal(Stance.Conciliatory, StatementScorer.LabelOf(StatementScorer.StanceThreshold));
        Assert.Equal(Stance.Hawkish, StatementScorer.LabelOf(-StatementScorer.StanceThreshold));
        Assert.Equal(Stance.Neutral, StatementScorer.LabelOf(0.1));
    }

    [Theory]
    [InlineData("The union said it was ready to return to the bargaining process and go back to the table next week.")]
    [InlineData("The ministers agreed to sit around the table on Monday.")]
    [InlineData("Our door is open to anyone who wants to settle this.")]
    [InlineData("Both capitals signalled they could meet each other halfway on fishing quotas.")]
    public void Negotiation_idioms_are_conciliatory(string text) => Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("Dock workers will walk out on Friday.")]
    [InlineData("We will not be intimidated by the employers.")]
    [InlineData("The ministry said the new levy was unacceptable.")]
    [InlineData("They keep playing games with farmers' livelihoods.")]
    public void Defiance_and_industrial_action_are_hawkish(string text) => Assert.Equal(Stance.Hawkish, Score(text).Stance);

    [Fact]
    public void Nobody_and_no_one_negate_what_they_deny()
    {
        var s = Score("Nobody wants a confrontation over this.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("confrontation (negated, +)", s.Evidence);
        Assert.Equal(Stance.Conciliatory, Score("No one here is looking for an escalation.").Stance);
    }

    [Fact]
    public void Escalation_is_hawkish_and_not_wanting_it_is_conciliatory()
    {
        Assert.Equal(Stance.Hawkish, Score("We are ready to escalate our campaign.").Stance);
        Assert.Equal(Stance.Conciliatory, Score("We do not want this to escalate.").Stance);
        Assert.Equal(Stance.Conciliatory, Score("The de-escalation must continue.").Stance);
    }

    [Theory]
    [InlineData("Escalation is in the interest of neither side.")]
    [InlineData("Military action is not the answer.")]
    [InlineData("Adding tariffs will not solve any problem.")]
    [InlineData("Arming the rebels would be a grave mistake.")]
    public void Force_whose_predicate_denies_or_condemns_it_is_opposed(string text)
    {
        var s = Score(text);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains(s.Evidence, e => e.Contains("(denied, +)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sanctions will not be lifted.")]
    [InlineData("Military strikes like this are not sufficient.")]
    public void A_passive_or_a_call_for_more_does_not_deny_force(string text) =>
        Assert.DoesNotContain(Score(text).Evidence, e => e.Contains("denied", StringComparison.Ordinal));

    [Theory]
    [InlineData("Then war will")]
    [InlineData("A war would")]
    public void Force_followed_by_a_modal_at_the_end_of_the_text_is_not_denied(string text) =>
        // The denial check looks past the modal for a negator; at the end of the text there is none.
        Assert.DoesNotContain(Score(text).Evidence, e => e.Contains("denied", StringComparison.Ordinal));

    [Fact]
    public void Refusing_to_yield_is_hawkish_and_yielding_conciliatory()
    {
        var s = Score("We will never surrender.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("surrender (refused, -)", s.Evidence);
        Assert.Equal(Stance.Hawkish, Score("The candidate said she is not conceding anything.").Stance);
        Assert.Equal(Stance.Hawkish, Score("We will not negotiate with kidnappers.").Stance);
        Assert.Equal(Stance.Conciliatory, Score("The challenger conceded and congratulated the mayor.").Stance);
        Assert.Equal(Stance.Conciliatory, Score("Moscow accepted the six-point plan.").Stance);
    }

    [Theory]
    [InlineData("We will not give up a single inch.")]
    [InlineData("They left us no choice.")]
    public void Demands_carry_their_own_negation(string text) => Assert.Equal(Stance.Hawkish, Score(text).Stance);

    [Fact]
    public void The_determiner_no_reaches_only_its_noun_phrase_unless_it_opens_a_clause()
    {
        Assert.DoesNotContain(Score("No soldiers were hurt in the attack on the base.").Evidence, e => e.Contains("negated", StringComparison.Ordinal));
        var s = Score("There is no sign that the rebels are ready to accept a ceasefire.");
        Assert.Contains("ceasefire (negated, 0)", s.Evidence);
    }

    [Fact]
    public void A_comma_or_a_second_that_clause_ends_a_negation()
    {
        var s = Score("It is not a peace treaty, it is a ceasefire.");
        Assert.Contains("ceasefire (+)", s.Evidence);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Equal(Stance.Hawkish, Score("He said they were not seeking a reset and that sanctions would stay.").Stance);
    }

    [Fact]
    public void What_the_speaker_would_rather_avoid_counts_as_negated()
    {
        var s = Score("I would rather sit across a table from them than fight a lawsuit.");
        Assert.Contains("lawsuit (negated, +)", s.Evidence);
        Assert.Equal(Stance.Conciliatory, s.Stance);
    }

    [Theory]
    [InlineData("The negotiations were more complicated than they look.", "negotiations (topic, +)")]
    [InlineData("A lawsuit would take 18 months.", "lawsuit (topic, -)")]
    [InlineData("Parliament will have to ratify any deal.", "deal (hypothetical, +)")]
    public void Talks_or_force_as_the_topic_of_a_report_are_neutral(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Neutral, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Fact]
    public void Failed_talks_are_no_offer_of_talks()
    {
        var s = Score("If diplomacy fails, the alliance will decide.");
        Assert.Contains("diplomacy (failed, 0)", s.Evidence);
        Assert.Equal(Stance.Neutral, s.Stance);
    }

    [Fact]
    public void Failed_pressure_is_an_argument_for_talks()
    {
        var s = Score("Sanctions have failed and it is time to engage.");
        Assert.Contains("Sanctions (failed, +)", s.Evidence);
        Assert.Equal(Stance.Conciliatory, s.Stance);
    }

    [Fact]
    public void Not_ruling_out_force_keeps_it_on_the_table()
    {
        var s = Score("The president would not rule out the use of force.");
        Assert.Contains("use of force (not averted, -)", s.Evidence);
        Assert.Equal(Stance.Hawkish, s.Stance);
    }

    [Fact]
    public void Pressure_as_the_subject_of_a_policy_keeps_its_weight()
    {
        var s = Score("The sanctions will stay in place.");
        Assert.Contains("sanctions (-)", s.Evidence);
        Assert.Equal(Stance.Hawkish, s.Stance);
    }

    [Fact]
    public void Refusing_and_rejecting_turn_the_talk_phrases_of_their_sentence()
    {
        var s = Score("The company refused to discuss line speeds.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("discuss (dismissed, -)", s.Evidence);
    }

    [Theory]
    [InlineData("She talks tough in public.")]
    [InlineData("The next two weeks will tell us a great deal.")]
    [InlineData("The negotiators arrived on Monday.")]
    [InlineData("Counting will resume at 8 a.m.")]
    public void Words_that_only_look_like_talks_are_not_conciliatory(string text) =>
        Assert.NotEqual(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("Both sides agreed to mediation.")]
    [InlineData("The union is willing to return to the bargaining table.")]
    [InlineData("The government will lift sanctions on fertiliser exports.")]
    [InlineData("The rebels released 40 prisoners on Sunday.")]
    [InlineData("We found common ground on fishing rights.")]
    [InlineData("We share the regulator's goal of safer products.")]
    [InlineData("Nobody raised a challenge to the count.")]
    [InlineData("The league wants both clubs to put their differences aside.")]
    [InlineData("We respect the court's decision and will abide by it.")]
    [InlineData("The two leaders shook hands and issued a joint statement.")]
    [InlineData("The city and the county settled the lawsuit out of court.")]
    [InlineData("Officials said they had narrowed their differences on dairy access.")]
    [InlineData("The prisoners will be exchanged under Red Cross supervision.")]
    [InlineData("Both leaders want to build bridges between their peoples.")]
    [InlineData("The police chief apologised for the use of excessive force.")]
    [InlineData("We have always been willing to sit down with the union.")]
    public void Cooperation_beyond_diplomacy_is_conciliatory(string text) => Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("Police fired tear gas at the crowd.")]
    [InlineData("The city will sue the county.")]
    [InlineData("The union announced strike action for March.")]
    [InlineData("There will be no deal.")]
    [InlineData("Britain should be prepared to walk away.")]
    [InlineData("They will pay a heavy price.")]
    [InlineData("The election was rigged.")]
    [InlineData("Both governments expelled diplomats.")]
    [InlineData("She has been soft on Beijing for a decade.")]
    [InlineData("The world can forget about any talk of compromise.")]
    [InlineData("We will keep marching until the government listens.")]
    [InlineData("Mediation is just another way of delaying.")]
    [InlineData("Compliance is not optional.")]
    [InlineData("We will not sign a bad agreement.")]
    [InlineData("We will see them in court.")]
    [InlineData("Washington imposed new export controls.")]
    [InlineData("The army vowed to crush the insurgency.")]
    [InlineData("The union warned of further action if the dispute is not settled.")]
    [InlineData("Israel was not bound by it.")]
    public void Conflict_beyond_war_is_hawkish(string text) => Assert.Equal(Stance.Hawkish, Score(text).Stance);

    [Theory]
    [InlineData("The union said it is ready to sit down with management tonight.", "ready to (+)")]
    [InlineData("The company is open to a shorter contract.", "open to (+)")]
    [InlineData("We are happy to walk the council through the figures.", "happy to (+)")]
    public void An_offer_is_conciliatory(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Fact]
    public void A_negated_offer_is_a_refusal()
    {
        var s = Score("The board is not willing to reopen the contract.");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("willing to (refused, -)", s.Evidence);
    }

    [Theory]
    [InlineData("Our members are ready to fight for every job.")]
    [InlineData("The regulator is prepared to impose penalties.")]
    public void Readiness_for_force_is_no_offer(string text)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(s.Evidence, e => e.Contains("(ready for force, 0)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demand_to_stop_force_asks_for_calm()
    {
        var s = Score("They are demanding that the army stop the shelling.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains("demanding (demands an end, 0)", s.Evidence);
    }

    [Theory]
    [InlineData("We are not going anywhere until the council listens.")]
    [InlineData("The fine was illegal and we will appeal.")]
    [InlineData("The club said it had no regrets.")]
    [InlineData("We will hold the company accountable.")]
    [InlineData("The government has no right to tell us where to march.")]
    [InlineData("The police will use the full force of the law.")]
    [InlineData("Anyone who throws objects will face a ban.")]
    [InlineData("Our position has not changed.")]
    [InlineData("The pay rise is non-negotiable.")]
    [InlineData("The board rebuffed the offer.")]
    [InlineData("There will be zero tolerance for violence in the stands.")]
    [InlineData("Members voted for an all-out strike.")]
    [InlineData("We will be watching their conduct very closely.")]
    [InlineData("They shot a protester and nobody has said sorry.")]
    [InlineData("We have serious concerns about the company's conduct.")]
    public void Resolve_and_enforcement_are_hawkish(string text) => Assert.Equal(Stance.Hawkish, Score(text).Stance);

    [Theory]
    [InlineData("Everybody needs to sit in the same room and talk.")]
    [InlineData("We have great respect for the other side.")]
    [InlineData("This agreement is a very important first step.")]
    [InlineData("I would ask everybody to take a deep breath.")]
    [InlineData("We hope this begins a new chapter for both towns.")]
    [InlineData("Telephone lines between the two countries have been restored.")]
    [InlineData("I trust them to count every ballot.")]
    [InlineData("Both sides want an amicable solution.")]
    [InlineData("The minister reached out to the union leaders.")]
    [InlineData("We understand the frustration of the fans.")]
    [InlineData("Our soldiers will not fire first.")]
    [InlineData("The county will propose dates for a first session.")]
    [InlineData("The union said it would obey the court order.")]
    public void General_words_of_reconciliation_are_conciliatory(string text) => Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("You heard the minister talking about the budget.")]
    [InlineData("They fear that the change will reduce consumer demand.")]
    [InlineData("The jury must be sure beyond reasonable doubt.")]
    public void Masked_idioms_carry_no_stance(string text) => Assert.Equal(Stance.Neutral, Score(text).Stance);

    [Fact]
    public void A_stance_only_cue_adds_nothing_to_the_tone()
    {
        const string text = "The union is ready to meet.";
        var s = Score(text);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Equal(SentimentScorer.Default.Score(text, ScoringTokenizer.Tokenize(text), []), s.Sentiment, 6);
    }

    [Theory]
    [InlineData("If the council cuts the budget again, we will see them in the streets.")]
    [InlineData("But if they won't listen, they will have to pay attention to this.")]
    [InlineData("Unless the club changes course, we'll be back next week.")]
    public void A_condition_then_what_will_follow_is_an_ultimatum(string text)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(s.Evidence, e => e.EndsWith("(threat, -)", StringComparison.Ordinal) && (e.StartsWith("if ", StringComparison.OrdinalIgnoreCase) || e.StartsWith("unless ", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("He said that if it rains, the match will be moved.")] // a reported condition, not one opening the sentence
    [InlineData("If the talks go well, we will sign next week.")] // an offer outweighs the form
    [InlineData("If an employer pays more, only the excess would be taxed.")] // "would": a hypothetical
    public void Not_every_conditional_is_an_ultimatum(string text) => Assert.NotEqual(Stance.Hawkish, Score(text).Stance);

    [Theory]
    [InlineData("The agreement was a very good result for both towns.", "agreement (endorsed, +)", Stance.Conciliatory)]
    [InlineData("This is a terrible deal for our members.", "deal (condemned, -)", Stance.Hawkish)]
    [InlineData("The members voted against the agreement.", "agreement (condemned, -)", Stance.Hawkish)]
    public void A_judged_deal_takes_the_sign_of_the_judgement(string text, string evidence, Stance expected)
    {
        var s = Score(text);
        Assert.Equal(expected, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Theory]
    [InlineData("had accused", "ministers of making it up as they go along", "accused (reporting verb, -)", Stance.Hawkish)]
    [InlineData("dismissed the offer as", "cheap propaganda", "dismissed (reporting verb, -)", Stance.Hawkish)]
    [InlineData("welcomed", "the announcement on Tuesday", "welcomed (reporting verb, +)", Stance.Conciliatory)]
    [InlineData("called the deal", "a historic mistake", "called (reporting verb, -)", Stance.Hawkish)]
    [InlineData("described the meeting as", "warm and friendly", "described (reporting verb, +)", Stance.Conciliatory)]
    public void The_reporting_verb_is_what_the_speaker_did(string cue, string quote, string evidence, Stance expected)
    {
        var s = StatementScorer.RulesOnly.Score(quote, cue);
        Assert.Equal(expected, s.Stance);
        Assert.Contains(evidence, s.Evidence);
        Assert.Equal(Stance.Neutral, Score(quote).Stance); // the words alone say nothing
        Assert.Equal(Score(quote).Sentiment, s.Sentiment); // the act is stance, not tone
    }

    [Theory]
    [InlineData("said")]
    [InlineData("called on")] // a call, not a name: "called on the union to ..."
    [InlineData("called for")]
    [InlineData("condemned the threat, but said")] // the act was about something else
    [InlineData("called the vote")] // a name without tone
    [InlineData("")]
    public void A_plain_or_turned_cue_adds_nothing(string cue)
    {
        const string quote = "the vote would take place on Tuesday";
        var (withCue, alone) = (StatementScorer.RulesOnly.Score(quote, cue), Score(quote));
        Assert.Equal((alone.StanceScore, alone.Sentiment), (withCue.StanceScore, withCue.Sentiment));
        Assert.Equal(alone.Evidence, withCue.Evidence);
    }

    [Fact]
    public void A_strong_quote_outweighs_its_reporting_verb()
    {
        var s = StatementScorer.RulesOnly.Score("We will impose maximum pressure and tougher sanctions.", "welcomed");
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains("welcomed (reporting verb, +)", s.Evidence);
    }

    [Theory]
    [InlineData("He urged both sides to lower their voices.", "both sides")]
    [InlineData("We ask both governments to think again.", "both governments")]
    [InlineData("The league asked the two clubs for patience.", "two clubs")]
    public void Naming_the_parties_together_is_the_frame_of_mediation(string text, string words)
    {
        var s = Score(text);
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.Contains($"{words} (+)", s.Evidence);
    }

    [Theory]
    [InlineData("The two sides have not met since March.")] // a topic: what is reported of them
    [InlineData("Both sides will impose tougher sanctions.")] // the words' own stance outweighs the frame
    [InlineData("The two officials met on Tuesday.")] // officials are people, not the parties
    public void Not_every_mention_of_two_parties_is_conciliatory(string text) =>
        Assert.NotEqual(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("They'll stay until the council agrees to shelve the plan.", "They'll stay until")]
    [InlineData("The duties will take effect unless Brussels changes its rules.", "will take effect unless")]
    [InlineData("He would not go back to sea until the navy could guarantee his safety.", "would not go back to sea until")]
    public void What_will_go_on_until_the_other_side_gives_way_is_a_demand(string text, string words)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(s.Evidence, e => e.StartsWith(words, StringComparison.Ordinal) && e.EndsWith("(threat, -)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The offices will stay closed until Monday.")] // a time, not a condition
    [InlineData("There would be no statement until after the board meeting.")]
    [InlineData("The line will be shut until the end of the month.")]
    [InlineData("Nothing is final until the council votes.")] // no "will": a description of the process
    public void A_time_or_a_process_is_no_standing_condition(string text)
    {
        var s = Score(text);
        Assert.Equal(Stance.Neutral, s.Stance);
        Assert.DoesNotContain(s.Evidence, e => e.Contains("until", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Our patience is not endless.", "patience (patience spent, -)")]
    [InlineData("Patience is no strategy for a city with no buses.", "Patience (patience spent, -)")]
    [InlineData("The growers say their patience is wearing thin.", "patience (patience spent, -)")]
    [InlineData("The ministry said its patience had a limit.", "patience (patience spent, -)")]
    public void Patience_denied_or_running_out_is_a_warning(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Fact]
    public void An_appeal_for_patience_stays_conciliatory() =>
        Assert.Equal(Stance.Conciliatory, Score("The mayor asked residents for patience while the count goes on.").Stance);

    [Theory]
    [InlineData("The drivers will not be held hostage by the ministry.")] // defiance
    [InlineData("We will not be pushed around by a bigger neighbour.")]
    [InlineData("The board said it had no interest in reopening the bidding.")] // refusal
    [InlineData("The union said it would appeal and keep the picket going.")] // a vow to fight on in court
    [InlineData("The embassy said the republic reserves the right to respond.")] // a veiled threat
    [InlineData("The mayor accused the county of moving the goalposts again.")] // bad faith
    [InlineData("She called the plan appeasement of a dictator.")]
    [InlineData("The terms are unlikely to be acceptable to the regulator.")]
    [InlineData("Foreign ministries should stay out of our elections.")]
    public void Pressure_in_ordinary_disputes_is_hawkish(string text) =>
        Assert.Equal(Stance.Hawkish, Score(text).Stance);

    [Theory]
    [InlineData("The door to dialogue has not been closed, the minister said.")]
    [InlineData("Both delegations reported significant progress on the water schedule.")]
    [InlineData("The general said the troops would stay in barracks during the vote.")]
    [InlineData("The chairman said the board would look seriously at any proposal.")]
    [InlineData("The mayor said she did not want the row to damage relations with the county.")] // a harm the speaker wants to avoid
    [InlineData("The bishop issued an appeal for calm after the verdict.")] // an appeal, not a court appeal
    public void Openness_restraint_and_progress_are_conciliatory(string text) =>
        Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("We are willing to meet them, but only if the barricades come down first.", "willing to (precondition, -)")]
    [InlineData("The rebels must first hand over their weapons before any negotiations.", "negotiations (precondition, -)")]
    [InlineData("We will resume talks only once the shelling stops.", "talks (precondition, -)")]
    public void An_offer_bound_to_a_precondition_is_a_demand(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Fact]
    public void Talks_without_preconditions_are_an_unconditional_offer()
    {
        var s = Score("The governor said she would meet the strikers without preconditions.");
        Assert.Equal(Stance.Conciliatory, s.Stance);
        Assert.DoesNotContain(s.Evidence, e => e.Contains("(precondition", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The drivers said they would not go back to the table on those terms.", "back to the table (refused, -)")]
    [InlineData("The miners will not return to work until the shafts are inspected.", "return to work (refused, -)")]
    [InlineData("We are not going to roll over for the developer.", "roll over (refused, -)")]
    public void Refusing_to_return_or_to_give_in_is_hawkish(string text, string evidence)
    {
        var s = Score(text);
        Assert.Equal(Stance.Hawkish, s.Stance);
        Assert.Contains(evidence, s.Evidence);
    }

    [Theory]
    [InlineData("Nobody wins if the two towns end up in court.")]
    [InlineData("Nobody wants to see the barricades go up again.")]
    [InlineData("The minister said the republic was not looking for a fight with its neighbours.")]
    [InlineData("The club said the city should return to the table without delay.")]
    public void Appeals_against_a_fight_are_conciliatory(string text) =>
        Assert.Equal(Stance.Conciliatory, Score(text).Stance);

    [Theory]
    [InlineData("The envoy warned that time for talks was running out.")]
    [InlineData("The growers accused the buyers of holding the whole valley hostage.")]
    [InlineData("The coast guard said the patrols were harassing local crews.")]
    [InlineData("The rebels said they would suspend their participation in the peace process.")]
    [InlineData("Residents said they had already talked to a lawyer about the permit.")]
    public void Deadlines_accusations_and_walking_away_are_hawkish(string text) =>
        Assert.Equal(Stance.Hawkish, Score(text).Stance);
}
