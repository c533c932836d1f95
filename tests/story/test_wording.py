"""Deletion-only wording: what may be trimmed, and what cannot stand alone."""

from __future__ import annotations

import pytest

from newsfuse.model import Article, Unit
from newsfuse.story.candidates import Candidate, is_lowercased
from newsfuse.story.speech import hands_over_to_a_speaker
from newsfuse.story.wording import WordingOptions, follows, is_subsequence, reads_lowercased, word


def _word(sentence: str, lowercased: bool = False):
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),))
    return word(article, Candidate(0, 0, 0, len(sentence), 0, 1), lowercased, WordingOptions())


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("LONDON (AP) _ An influential lawmaker backed Spanish requests to question the general.",
         "An influential lawmaker backed Spanish requests to question the general."),
        ("_ Former Chilean dictator Augusto Pinochet has been arrested by British police.",
         "Former Chilean dictator Augusto Pinochet has been arrested by British police."),
        ("However, Kremlin spokesman Dmitry Peskov dismissed the reports as fabrications.",
         "Kremlin spokesman Dmitry Peskov dismissed the reports as fabrications."),
        ("Meadow Lake, Saskatchewan – The town council said it would return the donation on Monday.",
         "The town council said it would return the donation on Monday."),
        ("indianapolis ( wxin/cnn ) – a homeowner says her pet pig scared away the intruders.",
         "a homeowner says her pet pig scared away the intruders."),
    ],
)
def test_leading_datelines_and_connectives_are_deleted(sentence, shown):
    w = _word(sentence, lowercased=sentence.islower())
    assert w.text == shown
    assert w.eligible, w.reason
    assert is_subsequence(w.text, sentence)


def test_a_name_and_age_before_a_dash_is_not_a_dateline():
    sentence = "ballas, 26 – who was dismissed on monday – does not regret the decision to play it safe."
    assert _word(sentence, lowercased=True).text.startswith("ballas, 26")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("democratic heavy hitters — including bill clinton — are quietly trying to woo a new candidate.", "democratic heavy hitters"),
        ("the business — a winco supermarket — is located in the 700 block of west avenue k.", "the business"),
        ("amesbury - including stonehenge - is the uk's longest continually-occupied settlement.", "amesbury"),
        # a head of two words or more with no comma: a name, and its aside may be long
        ("Visible supermoons — full moons that appear when the moon is at its closest orbital point to earth"
         " — aren't very rare.", "Visible supermoons"),
        ("Damon feldman -- who worked with king on the boxing circuit and has known him for several years --"
         " tells tmz he spoke to king at 4 pm.", "Damon feldman"),
    ],
)
def test_the_subject_before_an_aside_between_dashes_is_no_dateline(sentence, subject):
    """In lower-cased text a short head before a dash reads as a dateline, but one whose dash
    opens an aside that another dash closes is the sentence's subject: deleting it left
    "including bill clinton — are quietly trying ...", a claim with no one making it."""
    assert _word(sentence, lowercased=True).text.startswith(subject)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("the mediterranean diet — higher in vegetables, fruits, whole grains and olive oil, and lower in dairy"
         " products and meat — has long been cited for its health benefits.", "the mediterranean diet"),
        ("Its three leaders — first kim il sung, then kim jong il and now kim jong un — have inspired an intense,"
         " devotional following.", "Its three leaders"),
        ("a local man — described by neighbours as quiet — was charged with arson on friday.", "a local man"),
        ("it's biofilm — a microbial invasion of uncertain origin that has begrimed the stone surface of one of the"
         " nation's most hallowed monuments.", "it's biofilm"),
    ],
)
def test_a_subject_opening_on_a_determiner_before_a_long_aside_is_no_dateline(sentence, subject):
    """An aside too long to see its closing dash still leaves a subject that opens on a
    determiner, which a place never does but for "the hague"-like names."""
    assert _word(sentence, lowercased=True).text.startswith(subject)


def test_a_town_before_a_dash_goes_though_a_long_aside_follows():
    """A town of one word (or with its region after a comma) is a dateline even when the
    sentence has an aside between dashes much later."""
    w = _word("chicago – a mattress store employee got a huge surprise last week when a stranger walked in and"
              " bought a mattress – for her.", True)
    assert w.text.startswith("a mattress store employee")
    w = _word("simferopol, crimea – kidnappings, threats and assaults of activists and journalists have become the"
              " norm in crimea since the invasion of the peninsula – a human rights group said.", True)
    assert w.text.startswith("kidnappings")


def test_a_second_dateline_after_a_wire_credit_and_a_four_word_place_go():
    w = _word("( ansa ) - venice, january 22 - four japanese tourists were billed 1,143 euros for a meal.", True)
    assert w.text.startswith("four japanese tourists")
    # a name and its state or age before an aside is no second dateline (diff review)
    w = _word("(AP) — Sen. John McCain, R-Ariz. — said Tuesday he would oppose the bill in its current form.")
    assert w.text.startswith("Sen. John McCain")
    w = _word("( ap ) — john smith, 45, — was arrested on tuesday after a chase through the county.", True)
    assert w.text.startswith("john smith, 45,")
    # nor a list of four words with "and" ("yesterday, police and firefighters —")
    w = _word("yesterday, police and firefighters — responded to the blaze in the city early in the morning.", True)
    assert w.text.startswith("yesterday, police and firefighters")
    # a connective and a subject before an aside's dash are no place
    w = _word("However, the luxury retailer - whose flagship store is next to the tower - said sales fell.", True)
    assert w.text.startswith("the luxury retailer")
    w = _word("( ap ) — the senate — after a long debate — passed the bill on friday night.", True)
    assert w.text.startswith("the senate")


def test_a_wires_bare_name_or_a_gif_label_glued_before_the_lead_goes():
    w = _word("Reuters the american center for law and justice is suing a community college in maryland.", True)
    assert w.text.startswith("the american center")
    w = _word("Gif researchers at eth zurich university took cues from the beetle and built two chambers.", True)
    assert w.text.startswith("researchers at eth zurich")
    assert _word("Reuters reported the deal on Monday, citing three people familiar with it.").text.startswith("Reuters")
    assert _word("Gifts poured in for the family after the fire, neighbours said on monday.", True).text.startswith("Gifts")


@pytest.mark.parametrize(
    ("sentence", "run_on"),
    [
        ("Lady gaga in a star is born lady gaga makes her feature film debut in bradley cooper's remake.", True),
        ("Kylie jenner pregnant kylie jenner is pregnant and travis scott is about to become a dad.", True),
        ("joseph kony is wanted on war crimes charges the us is sending aircraft to look for rebel leader joseph kony.", True),
        # a name the sentence mentions again, after a function word or a comma, is prose
        ("Sierra nevada, along with many of its brewing peers, will donate proceeds to the sierra nevada fund.", False),
        ("People with higher libidos had more active brain reactions than people with lower libidos.", False),
        ("Royal Caribbean canceled one cruise, said a Royal Caribbean spokesman in Miami on Monday.", False),
    ],
)
def test_a_headline_glued_before_a_lead_that_restates_its_opening_is_a_run_on(sentence, run_on):
    assert (_word(sentence, lowercased=sentence[1:].islower()).reason == "run-on") is run_on


def test_a_fixed_label_goes_before_a_dateline_is_looked_for():
    w = _word("text size - + reset california is the nation's primary source for short-grain rice, officials said.", True)
    assert w.text.startswith("california is the nation's")


def test_the_it_of_an_extraposed_clause_after_an_adverbial_refers_to_nothing():
    for sentence in ["Yesterday, it was announced that the plant would close in March.",
                     "Recently, it emerged that the firm had paid the fine in full.",
                     "Eventually, it became clear that the deal was dead, officials said."]:
        assert _word(sentence).eligible, sentence
    assert _word("Recently, it closed its doors for good after 40 years.").reason == "back-reference"


def test_a_dateline_before_a_horizontal_bar_goes():
    w = _word("Washington ― the environmental protection agency has frozen its grant programs.", lowercased=True)
    assert w.text.startswith("the environmental protection agency")


def test_a_place_named_with_the_is_still_a_dateline():
    assert _word("the hague — the court ruled on monday that the treaty stands.", lowercased=True).text.startswith(
        "the court ruled"
    )
    assert _word("the hague, netherlands — judges ruled on monday.", lowercased=True).text.startswith("judges")


def test_a_lower_cased_dateline_before_a_double_dash_still_goes():
    w = _word("washington – - in an interview on monday, the senator defended an aide who resigned.", lowercased=True)
    assert w.text.startswith("in an interview")


def test_a_dateline_the_sentence_points_back_to_stays():
    """Without "DAMASCUS, Syria (AP) _", "here" is nowhere."""
    sentence = "DAMASCUS, Syria (AP) _ Egyptian President Hosni Mubarak flew here on Sunday to ease tension."
    assert _word(sentence).text.startswith("DAMASCUS, Syria")  # its "(AP)" may go, as any credit inside
    assert _word(sentence.replace("flew here", "flew in")).text.startswith("Egyptian President")


def test_a_name_cut_from_its_sentence_at_inc_splits_both_halves_in_lower_cased_text():
    text = ("the u.s. internal revenue service is auditing how google inc. Avoided federal income taxes "
            "by shifting profits to units abroad, people familiar with the matter said.")
    first = "the u.s. internal revenue service is auditing how google inc."
    second = text[len(first) + 1 :]
    assert _word_in(text, first, lowercased=True).reason == "split-at-abbreviation"
    assert _word_in(text, second, lowercased=True).reason == "split-at-abbreviation"
    cased = "The trial opened on Monday along with a case against Microsoft Corp."
    assert _word(cased).eligible  # in cased text a company's suffix ends sentences for real
    paragraphs = ("the figures came from the research firm gartner inc.\n\n"
                  "the senate voted on tuesday to pass the spending bill by a wide margin.")
    following = paragraphs.split("\n\n")[1]
    assert _word_in(paragraphs, following, lowercased=True).eligible  # a new paragraph stands alone


@pytest.mark.parametrize(
    "sentence",
    [
        "The designation would give the fcc the authority to regulate internet service providers ( isps )",
        "Beirut ( thomson reuters foundation )",
        "If walker wins, he will immediately become a national conservative hero ( even more than he already is )",
        "A fox news spokesperson refuted sherman '",  # "sherman ' s ...", cut at the apostrophe
    ],
)
def test_a_sentence_ending_on_an_aside_with_no_stop_is_unterminated(sentence):
    assert _word(sentence, lowercased=True).reason == "unterminated"


@pytest.mark.parametrize(
    ("sentence", "lowercased", "unterminated"),
    [
        ('Besides "American Pie" and her E! reality show "Taradise,"', False, True),  # its speaker past a line break
        ("Asked about the vote, the minister said only: “We will win;”", False, True),
        ('The band played "Yesterday," "Let It Be" and "Hey Jude."', False, False),
        ('The crowd chanted "We want peace."', False, False),
        # tokenized: a space before the closing mark, which closes when the marks pair up ...
        ('" it has been reported several times that people who take b12 develop acne, "', True, True),
        ('"we hit a stone and we flow around it, "', True, True),
        # ... and opens what the next sentence says when one is left over
        ('according to the new york times, lee told flynt about the letters she kept: "', True, False),
    ],
)
def test_a_sentence_cut_before_its_quotations_attribution_is_unterminated(sentence, lowercased, unterminated):
    assert (_word(sentence, lowercased=lowercased).reason == "unterminated") is unterminated


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # the splitter cut inside an aside: the second half opens inside it ...
        ("4: 55 p.m. ): according to the autopsy, five of the seven bullets fired by officer selman hit him.",
         "fragment"),
        ("7: 20 a.m. Edt ) ed miliband, the leader of britain's labour party, says he will step down.", "fragment"),
        ("ob ) ahead of the 2008 financial crisis, the judge found in her ruling.", "fragment"),
        # ... and the first ends inside it
        ("trump said he would intervene in the case against a top executive at huawei technologies [ hwt.",
         "unterminated"),
        # a list item's number and a whole aside that closes at the end are no cut
        ("1 ) a chill across the executive branch was felt by the staff on monday.", ""),
        ('If a meteor survives through the atmosphere and hits the ground it is called a "meteorite.")', ""),
    ],
)
def test_a_sentence_cut_inside_a_bracketed_aside_is_not_shown(sentence, reason):
    assert _word(sentence, lowercased=True).reason == reason


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The headquarters of the agency in washington. ( matt mcclain/ the washington post )",
         "The headquarters of the agency in washington."),
        ("The minister left the room in silence. (He did not return.)", None),
    ],
)
def test_a_sentence_that_ends_before_its_closing_aside_stands(sentence, shown):
    w = _word(sentence, lowercased=sentence[1:].islower())
    assert w.eligible, w.reason
    assert w.text == (shown or sentence)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("new york ( cnn ) the nypd has launched an investigation into a possible hate crime at the university.",
         "the nypd has launched an investigation into a possible hate crime at the university."),
        ("LONDON (Reuters) The central bank held its main interest rate at 5 percent on Thursday.",
         "The central bank held its main interest rate at 5 percent on Thursday."),
        ("Background: excessive alcohol consumption causes premature death in the united states.",
         "excessive alcohol consumption causes premature death in the united states."),
    ],
)
def test_a_place_with_a_wire_credit_and_an_abstracts_label_go(sentence, shown):
    """Deleting the credit alone, as a parenthetical, left "New york the nypd has ..."."""
    assert _word(sentence, lowercased=sentence[1:].islower()).text == shown


@pytest.mark.parametrize(
    "sentence",
    ["If so, it would be the first time scientists have found fossilized brain tissue.",
     "Or, the movie's budget is so large that it simply can not make back its money.",
     "Compared to them, the new rules look mild to most of the investors asked."],
)
def test_an_opener_that_answers_the_sentence_before_is_a_back_reference(sentence):
    assert _word(sentence).reason == "back-reference"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Update 2/5/15: a little more than a year ago, eric and elysse mata learned they were having twins.",
         "a little more than a year ago, eric and elysse mata learned they were having twins."),
        ("Update, 9: 40 a.m.: police say 2-year-old ronnie tran has been found safe in renton.",
         "police say 2-year-old ronnie tran has been found safe in renton."),
        ("01: 34 white house chief of staff john kelly waded into the debate over confederate statues.",
         "white house chief of staff john kelly waded into the debate over confederate statues."),
    ],
)
def test_a_live_pages_time_stamped_label_goes(sentence, shown):
    assert _word(sentence, lowercased=True).text == shown


def test_a_dash_inside_a_sentence_is_not_a_dateline():
    w = _word("Putin said the talks – the first since 2019 – went well for both countries.")
    assert w.text.startswith("Putin said")


def test_connective_kept_when_deleting_it_leaves_a_lowercase_start():
    w = _word("But the Kremlin denied all the reports about the planned attack.")
    assert w.text.startswith("But the Kremlin")
    # ... and then the sentence answers the one before it: shown only right after it
    assert w.reason == "back-reference" and w.continuable


@pytest.mark.parametrize(
    ("sentence", "lowercased", "shown"),
    [
        ("As a result, Peskov dismissed the reports as groundless fabrications.", False,
         "Peskov dismissed the reports as groundless fabrications."),
        ("In other words, 20 people died in the floods across the region.", False,
         "20 people died in the floods across the region."),
        ("at the same time, the armed forces started exercises in belarus.", True,
         "the armed forces started exercises in belarus."),
        ("On the other hand, Minsk has never sent troops into Ukraine itself.", False,
         "Minsk has never sent troops into Ukraine itself."),
        ("Two days later, Israel's Cabinet suspended the accord with the Palestinians.", False,
         "Israel's Cabinet suspended the accord with the Palestinians."),
    ],
)
def test_a_connective_of_several_words_is_deleted_like_a_one_word_one(sentence, lowercased, shown):
    w = _word(sentence, lowercased=lowercased)
    assert (w.text, w.eligible) == (shown, True)
    assert is_subsequence(w.text, sentence)


def test_a_connective_of_several_words_that_cannot_go_refers_back():
    # deleting it would open the sentence on a lower-case word: it stays, and the sentence
    # is shown only right after the one it answers
    for sentence in ("In response, the ministry released footage of the drills in Belarus.",
                     "Seconds later, an explosion shook the area around the market."):
        w = _word(sentence)
        assert w.text == sentence
        assert (w.reason, w.continuable) == ("back-reference", True)
    # one that only marks the discourse ("In fact,", "At the same time,") stays and stands
    w = _word("At the same time, the armed forces of Russia and Belarus started exercises.")
    assert w.text.startswith("At the same time, the") and w.eligible, w.reason
    # the same words that are no connective (no comma, or more to the phrase) stay and stand
    for sentence in ("In fact checks, the claims were found to be false by three outlets.",
                     "As a result of the storm, three towns lost power for two days.",
                     "Peskov said later, the talks would resume in the spring in Geneva."):
        w = _word(sentence)
        assert w.text == sentence and w.eligible, w.reason


def test_but_and_yet_with_their_comma_are_connectives_too():
    # lower-cased text: they go, with the discourse marker after them
    w = _word("but, in fact, the nimbys look set to lose the vote on the new bars.", lowercased=True)
    assert (w.text, w.eligible) == ("the nimbys look set to lose the vote on the new bars.", True)
    # cased text with a lower-case word after them: they stay, and answer the sentence before
    w = _word("But, political analysts said, Congress will not convene before the elections.")
    assert w.text.startswith("But,") and (w.reason, w.continuable) == ("back-reference", True)
    w = _word("Yet, the minister insisted, the talks would go on as planned.")
    assert (w.reason, w.continuable) == ("back-reference", True)


def test_a_study_abstracts_section_names_go_and_its_aim_is_a_fragment():
    w = _word("Abstract background: nut intake has been associated with lower mortality in two cohorts.",
              lowercased=True)
    assert w.text.startswith("nut intake has been") and w.eligible
    w = _word("Abstract importance limited evidence is available regarding the long-term outcomes.",
              lowercased=True)
    assert w.text.startswith("limited evidence is available") and w.eligible
    # the aim's infinitive is left, with no verb of its own: no report ("pain-related" is no verb)
    w = _word("Objective to compare opioid vs nonopioid medications over 12 months on pain-related function.",
              lowercased=True)
    assert w.text.startswith("to compare") and w.reason == "fragment"
    w = _word("Design, setting, and patients the trial was conducted at 115 sites between 1999 and 2004.",
              lowercased=True)
    assert w.text.startswith("the trial was conducted")
    # a section's name in a sentence of its own stays
    w = _word("Design of the new bridge was approved by the city council on monday.", lowercased=True)
    assert w.text.startswith("Design of") and w.eligible


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("By courtney kube and phil helsel the navy admiral in charge was found dead in bahrain.",
         "the navy admiral in charge was found dead in bahrain."),
        ("By radar staff kim kardashian has always insisted that she and kanye are friends.",
         "kim kardashian has always insisted that she and kanye are friends."),
        ("By bbn staff: confirmed reports say the bodies of two hikers were found today.",
         "confirmed reports say the bodies of two hikers were found today."),
        ("Ctvnews.ca staff following a divisive campaign, americans have elected donald trump.",
         "following a divisive campaign, americans have elected donald trump."),
        # the sentence's own "By" phrase stays
        ("By late afternoon the crowd had gone home and the square was empty.", None),
        ("By mid afternoon mccarty was found guilty on all charges by the jury.", None),
        ("By which i mean: it might be possible, but the headaches are serious.", None),
    ],
)
def test_a_byline_glued_before_a_lower_cased_lead_goes(sentence, shown):
    w = _word(sentence, lowercased=True)
    assert w.text == (shown or sentence)
    assert is_subsequence(w.text, sentence)


def test_however_without_its_comma_is_not_deleted():
    # "However X, Y" may mean "no matter how X": deleting it would change what is said
    for sentence, lowercased in [
        ("However history judges the 111th congress, one thing is certain: it made more law.", False),
        ("however prevalent it may be, the practice remains illegal in every state.", True),
    ]:
        w = _word(sentence, lowercased=lowercased)
        assert w.text == sentence and w.reason == "back-reference"
    # with its comma it is the connective, and goes (see the deletions above)
    assert _word("However, the court ruled against the city on Monday.", lowercased=True).text.startswith("the court")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("He also said the talks would focus on economic cooperation between them.", "back-reference"),
        ("It was the first visit by the Russian leader to Minsk since 2019.", "back-reference"),
        ("It's the first visit by the Russian leader to Minsk since 2019.", "back-reference"),
        ("they're expected to meet again in the spring, officials said.", "back-reference"),
        ("They met at the Independence Palace in Minsk on Monday evening.", "back-reference"),
        ("That location is about two miles from where his car was discovered.", "back-reference"),
        ('"The main issues lately have been defence and security issues," he added.', "back-reference"),
        ('"Clearly, the Spanish authorities have every right to investigate these matters."', "unattributed-quote"),
        ('Everywhere we had instruments, we could see motions," Ammon continued.', "quote-fragment"),
        ("A United States Army court martial found Army Spc.", "split-at-abbreviation"),
        ("Putin lands in Minsk for talks with Lukashenko", "unterminated"),
        ("The turnout, if confirmed, would top some of...", "unterminated"),
        ('Officials called the post-sept. 11 law "government intrusion on…"', "unterminated"),
        ("Will Belarus join the war against Ukraine this winter after all?", "question"),
        ("Putin visits Minsk.", "short"),
    ],
)
def test_sentences_that_need_context_are_not_eligible(sentence, reason):
    w = _word(sentence)
    assert not w.eligible
    assert w.reason == reason


def test_attributed_quote_is_eligible():
    w = _word('"Difficult times require us to have political will," Lukashenko told Putin on Monday.')
    assert w.eligible, w.reason


@pytest.mark.parametrize(
    "sentence",
    [
        '"Let it be an arms race," Trump told MSNBC\'s "Morning Joe."',  # a title quoted at the end
        '"Any time they would like to speak to me, I would be happy to," Greenwald said on "This Week."',
        '“Let it be an arms race,” Trump told MSNBC’s “Morning Joe.”',
    ],
)
def test_quote_attributed_before_a_quoted_title_is_eligible(sentence):
    w = _word(sentence)
    assert w.eligible, w.reason


def test_quote_followed_only_by_another_quote_has_no_speaker():
    w = _word('"We will outmatch them at every pass and outlast them all." "Morning Joe."')
    assert w.reason == "unattributed-quote"


def test_lowercased_articles_are_detected():
    assert is_lowercased(Article(id="x", text="police say a pet pig might have stopped home intruders."))
    assert not is_lowercased(Article(id="y", text="Police say a pet pig in Indianapolis stopped intruders."))


def test_subsequence_contract():
    assert is_subsequence("a c", "a b c")
    assert not is_subsequence("c a", "a b c")
    assert not is_subsequence("a d", "a b c")


# Multi-News: lower-cased, sentence starts re-capitalised, quote marks as separate tokens.
SENTENCE_CASED = (
    "A federal judge in texas ruled the law invalid on friday. The ruling landed like a stink bomb among "
    "republicans, who have seen the politics of health care flip as americans value the overhaul. "
    "instead, the affordable care act remains in place while the legal battle continues."
)


def _assert_taken_from(w, sentence: str):
    """The words shown are the sentence's, in order, and exactly those at the spans kept."""
    assert is_subsequence(w.text, sentence)
    assert " ".join(sentence[a:b] for a, b in w.kept_spans(sentence, 0, len(sentence))) == w.text


def _word_in(text: str, sentence: str, lowercased: bool = False):
    start = text.index(sentence)
    article = Article(id="a", text=text, units=(Unit("body", start, start + len(sentence), "sentence"),))
    return word(article, Candidate(0, 0, start, start + len(sentence), 0, 1), lowercased, WordingOptions())


def test_sentence_cased_text_reads_as_lowercased():
    assert reads_lowercased(SENTENCE_CASED)
    assert not reads_lowercased(SENTENCE_CASED.replace("texas", "Texas").replace("republicans", "Republicans"))
    # the case rules are off: a lower-case start is no fragment, the connective goes
    w = _word_in(SENTENCE_CASED, "instead, the affordable care act remains in place while the legal battle continues.")
    assert w.eligible, w.reason
    assert w.text.startswith("the affordable care act")


def test_a_month_abbreviation_end_is_a_split_in_lowercased_text():
    w = _word("the cdc will report new data on pediatric deaths on jan.", lowercased=True)
    assert w.reason == "split-at-abbreviation"


@pytest.mark.parametrize(
    ("sentence", "eligible"),
    [
        ("Microsoft says the browser is a feature of its Windows operating system.", True),
        ("Eckes said it would be politically untenable to trim enough workers.", True),
        ("Both parties will have to play to an electorate spread more broadly across the scale.", True),
        ("Please enable JavaScript to view the comments powered by Disqus.", False),
        ("Your browser does not support the video tag, so the clip cannot play.", False),
        ("Sign up for our newsletter to get the best stories in your inbox.", False),
        ("&#124; chip somodevilla/getty images trump responds to new fbi informant reports.", False),
        ("Image caption the man set himself alight a france telecom worker has committed suicide.", False),
        ("Media caption the bbc's mark doyle reports from bamako, where islamist fighters seized a town.", False),
        ("The museum added a caption to the image of the media mogul in the hall.", True),
    ],
)
def test_web_furniture_is_matched_as_phrases_not_substrings(sentence, eligible):
    w = _word(sentence, lowercased=sentence.islower())
    assert w.eligible is eligible, w.reason
    assert eligible or w.reason == "junk"


def test_a_leading_parenthesised_credit_is_deleted():
    w = _word("( cnn ) melania trump defended donald trump in her first interview since then.", lowercased=True)
    assert w.text == "melania trump defended donald trump in her first interview since then."
    assert w.eligible, w.reason
    # a parenthesis the sentence goes on from is kept (and is no sentence start)
    w = _word("( crest ), referring to the animal's prominent lacrimal crests and its eyes.", lowercased=True)
    assert w.text.startswith("( crest ),")
    assert w.reason == "fragment"


def test_a_credit_the_sentence_goes_on_from_is_no_dateline():
    # the dash opens a parenthesis of the sentence, not a dateline after "( cnn )"
    sentence = "( cnn ) a list of names -- including some members of congress -- was found with the shooter."
    w = _word(sentence, lowercased=True)
    assert w.text == "a list of names -- including some members of congress -- was found with the shooter."
    w = _word("(CNN) A list of names -- including some members of Congress -- was found with the shooter.")
    assert w.text.startswith("A list of names --")


def test_a_range_before_a_dash_is_not_a_dateline():
    w = _word("( supplementary figs. 1 – 5; supplementary notes 1 and 2 ) show the diagnosis.", lowercased=True)
    assert w.text.startswith("( supplementary")


def test_a_quote_closed_in_the_next_sentence_loses_its_detached_opening_mark():
    text = 'the bbc named hunter moore the " most-hated man on the internet. " both men are charged in the case.'
    sentence = 'the bbc named hunter moore the " most-hated man on the internet.'
    w = _word_in(text, sentence, lowercased=True)
    assert w.text == "the bbc named hunter moore the most-hated man on the internet."
    assert w.eligible, w.reason
    assert is_subsequence(w.text, sentence)
    # without the closing mark after it, the quote is still a fragment
    assert _word(sentence, lowercased=True).reason == "quote-fragment"


def test_a_detached_mark_opening_a_sentence_closes_a_quotation_only_one_left_open_before_it():
    # the text before it leaves a quotation open: the mark closes it, and goes
    text = 'police said " the arsenal looked like something out of a movie. " both men are charged in the case.'
    w = _word_in(text, '" both men are charged in the case.', lowercased=True)
    assert (w.text, w.eligible) == ("both men are charged in the case.", True)
    # its marks pair: the mark opens a quotation the next sentence closes, and stays
    text = ('protesters marched in front of the embassy in beijing, friday. " i believe this island is part of '
            'china. i hope their governments make no cause of it, " one protester said.')
    first = '" i believe this island is part of china.'
    w = _word_in(text, first, lowercased=True)
    assert (w.text, w.reason, w.continuable) == (first, "quote-fragment", True)
    second = 'i hope their governments make no cause of it, " one protester said.'
    assert follows(w, _word_in(text, second, lowercased=True)) == "pair"


def test_a_detached_mark_after_a_closing_one_at_the_end_opens_the_next_sentence_and_goes():
    from newsfuse.story.deletions import trailing_opening_mark

    text = ('the contender said sunday on cbs\'s " face the nation. " " obviously, he means he is a serious '
            'conservative, " she said.')
    sentence = 'the contender said sunday on cbs\'s " face the nation. " "'
    w = _word_in(text, sentence, lowercased=True)
    assert (w.text, w.eligible) == ('the contender said sunday on cbs\'s " face the nation. "', True)
    assert is_subsequence(w.text, sentence)
    assert trailing_opening_mark('he said " no. "'.split()) is None  # its marks pair: nothing to give away
    assert trailing_opening_mark('" no. " "'.split()) == 3


def test_a_detached_mark_after_a_quotations_attribution_opens_the_next_sentence_and_goes():
    text = ('" they were in about chest deep water wading through the water. At some point the ice did firm '
            'up, " healy said. " rescuers had to break through the ice with their hands to reach the child. " '
            'the boy was pronounced dead at a hospital.')
    first = '" they were in about chest deep water wading through the water.'
    second = 'At some point the ice did firm up, " healy said. "'
    w = _word_in(text, second, lowercased=True)
    # its first mark closes the quotation the sentence before opened: no narration, but the
    # quotation's second half, shown only with its first
    assert (w.text, w.reason, w.continuable) == ('At some point the ice did firm up, " healy said.', "quote-fragment", True)
    assert follows(_word_in(text, first, lowercased=True), w) == "pair"
    # the words after the mark are healy's: never shown as the outlet's, not even after him
    third = _word_in(text, "rescuers had to break through the ice with their hands to reach the child.", lowercased=True)
    assert third.reason == "inside-quotation" and not third.continuable
    assert _word_in(text, "the boy was pronounced dead at a hospital.", lowercased=True).eligible


@pytest.mark.parametrize(
    ("sentence", "reopens"),
    [
        ('At some point the ice did firm up, " healy said. "', True),
        ('then i was just over it, " she said in an interview with cnn\'s anderson cooper on monday. "', True),
        ('Some say you\'re stupid, " torres said. "', True),
        ('where it was described, " he said. "', True),
        # the mark after the speaker opens: what follows is the quotation, not an attribution
        ('he said, " we said no to them. "', False),
        ('a spokesman told reporters, " we said no. "', False),
        ('ma said. " this promise can\'t be completed. "', False),
    ],
)
def test_a_mark_after_a_quotations_attribution_opens_the_next_quotation(sentence, reopens):
    from newsfuse.story.speech import reopened_after_attribution

    assert reopened_after_attribution(sentence) is reopens


def test_a_quotation_whose_opening_mark_ends_the_sentence_before_shows_it_back():
    text = ('the storm hit at dawn, " the mayor said. " we were scared, " a resident said. " the water rose '
            'fast. " the town was evacuated by noon.')
    sentence = 'we were scared, " a resident said. "'
    start = text.index(sentence)
    w = _word_in(text, sentence, lowercased=True)
    # the mark the splitter left at the end of the sentence before opens this one's quotation:
    # a whole quotation and its speaker, shown with it, and cited from it
    assert (w.text, w.eligible) == ('" we were scared, " a resident said.', True)
    assert w.opening_mark == text.rindex('"', 0, start) and w.cited_start(start) == w.opening_mark
    assert is_subsequence(w.text, text[w.cited_start(start) : start + len(sentence)])
    assert [text[a:b] for a, b in w.kept_spans(text, start, start + len(sentence))][:2] == ['"', "we"]
    # a quotation opened at the start of the sentence before stays its second half
    text = '" they were in chest deep water. At some point the ice did firm up, " healy said. " it held.'
    w = _word_in(text, 'At some point the ice did firm up, " healy said. "', lowercased=True)
    assert (w.opening_mark, w.reason) == (-1, "quote-fragment")


def test_a_mark_after_a_full_stop_is_not_read_as_closing_a_quotation():
    # 'ma said. "' opens a quotation: what follows it is no attribution, and the mark after
    # it closes that quotation (the next sentence is narration)
    text = ('" the situation has destroyed that basis, " ma said. " this promise can\'t be completed. " '
            'a spokeswoman for alibaba confirmed ma\'s comments to cnn.')
    w = _word_in(text, "a spokeswoman for alibaba confirmed ma's comments to cnn.", lowercased=True)
    assert w.eligible, w.reason


def test_of_two_detached_marks_opening_a_sentence_the_first_closes_and_the_second_opens():
    text = ('" i am saddened to report that she passed away this morning, " the college president said. " her '
            'family was with her by her side. She had registered to attend classes. " " our deepest sympathies '
            'go to the franco family. At the appropriate time, the college will convene a campus-wide memorial. '
            '" her father was also killed in the shooting on friday.')
    w = _word_in(text, '" " our deepest sympathies go to the franco family.', lowercased=True)
    assert (w.text, w.reason, w.continuable) == ('" our deepest sympathies go to the franco family.', "quote-fragment", True)
    memorial = _word_in(text, "At the appropriate time, the college will convene a campus-wide memorial.", lowercased=True)
    assert memorial.reason == "inside-quotation"


def test_a_detached_closing_mark_is_not_taken_for_an_opening_one():
    text = 'the entire door is ruined, " said the homeowner, a single mother of four. " we are scared.'
    w = _word_in(text, 'the entire door is ruined, " said the homeowner, a single mother of four.', lowercased=True)
    assert w.reason == "quote-fragment"


# Continuations: a sentence that needs the one before it in its article may be shown right after it.
def _pair(first: str, second: str, lowercased: bool = False):
    text = first + " " + second
    start = len(first) + 1
    article = Article(id="a", text=text, units=(Unit("body", 0, len(first), "sentence"),
                                                  Unit("body", start, len(text), "sentence")))
    a = word(article, Candidate(0, 0, 0, len(first), 0, 2), lowercased, WordingOptions())
    b = word(article, Candidate(1, 0, start, len(text), 1, 2), lowercased, WordingOptions())
    return a, b


def test_a_back_reference_may_follow_the_sentence_before_it():
    a, b = _pair("Putin arrived in Minsk on Monday for talks with Alexander Lukashenko.",
                 "He also said the talks would focus on economic cooperation between them.")
    assert a.eligible and not b.eligible and b.reason == "back-reference"
    assert b.continuable
    assert follows(a, b) == "after"
    assert follows(b, a) == ""  # what stands alone is no continuation


def test_the_halves_of_a_quotation_split_in_two_are_a_pair():
    a, b = _pair('"We knew it was something beyond just being drunk, it was something heavy duty.',
                 'Not a good batch of whatever he got," said witness Aimee Payton on Sunday.')
    assert not a.eligible and not b.eligible
    assert follows(a, b) == "pair"
    # one quotation ends and another begins: no pair, although the marks balance
    a, b = _pair('I am dealing with a lot of stress and emotions right now," Stodden tells us.',
                 '"Doug and I were not planning on going public with this so soon.')
    assert follows(a, b) == ""
    # the pair would still need the sentence before it ('"...," he added.')
    a, b = _pair('"We knew it was something beyond just being drunk, it was something heavy duty.',
                 'Not a good batch of whatever he got on the night," he added.')
    assert follows(a, b) == ""


@pytest.mark.parametrize(
    "second",
    [
        "He also said the talks would resume on Tuesday in the capital",  # unterminated
        "Will he also attend the summit in Minsk later this winter after all?",  # question
        "he also said the talks would focus on economic cooperation between them.",  # lower-case start
        "He also said that you should subscribe to our channel for more videos.",  # furniture
        "He agreed.",  # short, even in context
    ],
)
def test_other_rules_stand_for_continuations(second):
    a, b = _pair("Putin arrived in Minsk on Monday for talks with Alexander Lukashenko.", second)
    assert not b.eligible and not b.continuable
    assert follows(a, b) == ""


def test_a_continuation_needs_a_shown_predecessor_with_no_open_quotation():
    a, b = _pair("Putin arrived in Minsk on Monday for talks with Alexander Lukashenko.",
                 "It was the first visit by the Russian leader to Minsk since 2019.")
    short, _ = _pair("Putin visits Minsk.", "x")
    assert follows(short, b) == ""  # the previous sentence is never shown
    opened, after = _pair('Lukashenko said: "We have always been together with Russia.',
                          "It was the first visit by the Russian leader to Minsk since 2019.")
    assert follows(opened, after) == ""  # it would read as part of the quotation


@pytest.mark.parametrize(
    ("sentence", "lowercased", "fragment"),
    [
        ("Said he's not taking the plunge into elected politics, either.", False, True),
        ("will not run for john kerry's senate seat in massachusetts, he announced.", True, True),
        ("Is considered to be one of the seven wonders of the ancient world.", False, True),
        ("Will Smith plays Nicky in the new film about con artists.", False, False),  # a name
        ("Said Ali, a spokesman, confirmed the deal on Monday night.", False, False),
        ("Will voters return to the polls next year for another vote.", False, False),
    ],
)
def test_a_sentence_opening_on_a_verb_with_no_subject_is_a_fragment(sentence, lowercased, fragment):
    w = _word(sentence, lowercased=lowercased)
    assert (w.reason == "fragment") is fragment, w.reason


@pytest.mark.parametrize(
    ("sentence", "lowercased", "fragment"),
    [
        ("to update prior national estimates of the economic costs of excessive drinking.", True, True),
        ("To cite this article: tara c. Marshall, the journal of social psychology.", False, True),
        ("Born in neuilly-sur-seine, france on april 25, 1949.", True, True),
        # ... with a clause after the phrase, a sentence
        ("To many in the city, the vote was a surprise and a relief.", False, False),
        ("Born in Vienna in 1950, she studied law in Paris and London.", False, False),
        ("Tomorrow the council will vote on the new budget for the city.", False, False),
    ],
)
def test_a_phrase_with_no_clause_after_it_is_a_fragment(sentence, lowercased, fragment):
    w = _word(sentence, lowercased=lowercased)
    assert (w.reason == "fragment") is fragment, w.reason


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Lindsey Germaine: Piccadilly Line train, Jamaican-born resident of Aylesbury.", True),
        ("Bedmap2: improved ice bed, surface and thickness datasets for antarctica.", True),
        # a verb after the label: a sentence under a speaker's or a section's name
        ("Reporter: this is bailey, a ten-year-old beagle from the county shelter.", False),
        ("Peskov: the reports were groundless fabrications from the start.", False),
        ('Smith: "Do not assume that you are safe once you are at home."', False),
    ],
)
def test_a_name_before_a_colon_with_no_verb_after_it_is_a_list_entry(sentence, fragment):
    w = _word(sentence)
    assert (w.reason == "fragment") is fragment, w.reason


def test_a_bullet_list_run_together_under_its_label_is_a_run_on():
    w = _word("Highlights the woman had been assaulted on sunday evening two people have been arrested.",
              lowercased=True)
    assert w.reason == "run-on"
    w = _word("Highlights of the show included a duet by the two former rivals on the main stage.")
    assert w.eligible, w.reason


def test_kept_spans_are_the_words_shown():
    sentence = 'LONDON (AP) _ An influential lawmaker backed Spanish requests, " officials said.'
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),))
    w = word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())
    shown = [sentence[s:e] for s, e in w.kept_spans(sentence, 0, len(sentence))]
    assert shown == w.text.split() and w.words == len(shown)
    assert w.dropped[:3] == (0, 1, 2)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Speaker John Boehner ( r-ohio ) released a statement criticising the order.",
         "Speaker John Boehner released a statement criticising the order."),
        ("The Australian Transport Safety Bureau (ATSB) said the debris was not from the plane.",
         "The Australian Transport Safety Bureau said the debris was not from the plane."),
        # kept: a figure, a hedge, punctuation after the closing mark, a quotation inside
        ("Smoking rates fell ( 33 % ) among teenagers in the last ten years.", None),
        ("The mayor (allegedly) took money from the developers of the tower.", None),
        ("The bank did not try to buy the company (yet) but it wanted to invest in it.", None),
        ("Speaker John Boehner (R-Ohio), who leads the House, criticised the order.", None),
        ('The senator called the bill ( "a disgrace" ) on the floor of the Senate.', None),
        # asides side by side go together or not at all: deleting "(Toronto)" alone would
        # make Mitchell the coach of Minnesota, and "(AMD)" alone would leave "(ATYT)" odd
        ("Cheeks was fired after Eddie Jordan (Washington), Sam Mitchell (Toronto) and Randy Wittman (Minnesota).", None),
        ("Advanced Micro Devices (AMD) agreed to buy ATI Technologies (ATYT), the graphics chip maker.", None),
        ("Senator Bob Casey (D-Pa.) and Senator John Thune (R-S.D.) wrote the bill last spring.",
         "Senator Bob Casey and Senator John Thune wrote the bill last spring."),
    ],
)
def test_short_parentheticals_are_deleted_when_the_claim_stays_whole(sentence, shown):
    w = _word(sentence, lowercased=sentence.islower())
    assert w.text == (shown or sentence)
    assert w.eligible, w.reason
    _assert_taken_from(w, sentence)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("( youtube/john boehner ) just two weeks ago, republicans handed president obama a defeat at the polls.",
         "just two weeks ago, republicans handed president obama a defeat at the polls."),
        ("[ there was a video here ] early tuesday morning, his son posted an instagram video about it all.",
         "early tuesday morning, his son posted an instagram video about it all."),
        ("[ read the new york times editorial here. ] speaking to reporters, mr. trump alluded to the editorials.",
         "speaking to reporters, mr. trump alluded to the editorials."),
        # kept whole (and refused): the rest would lose a figure, go on from the aside, or lose a hedge
        ("( 53 % ) athletes landed with their body on the landing pad and their head on the ground.", None),
        ("[ his father ], zubeidat and tamerlan questioned him about his internet searches last year.", None),
        ("( allegedly ) the mayor took money from the developers of the tower in the city centre.", None),
        ("[ satire ] the president resigned on tuesday to spend more time with his golf clubs.", None),
        ("(Opinion) the new stadium is the worst building the city has put up in fifty years.", None),
    ],
)
def test_a_leading_aside_is_deleted_when_the_rest_stands_without_it(sentence, shown):
    w = _word(sentence, lowercased=True)
    if shown is None:
        assert w.text == sentence and not w.eligible
        return
    assert (w.text, w.eligible) == (shown, True), w.reason
    _assert_taken_from(w, sentence)


def test_the_length_limit_grows_with_the_budget_within_its_floor_and_cap():
    options = WordingOptions()
    assert options.for_budget(100) is options  # 0.4 x 100 = 40: the 55-word floor stands
    assert options.for_budget(160).max_words == 64
    assert options.for_budget(260).max_words == 80  # 104, capped
    assert options.for_budget(0).max_words == 55


def test_a_long_sentence_is_eligible_only_under_a_budget_that_admits_it():
    sentence = "The council said " + " ".join(f"word{i}" for i in range(64)) + " on Monday."
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),))
    candidate = Candidate(0, 0, 0, len(sentence), 0, 1)
    small = word(article, candidate, False, WordingOptions().for_budget(100))
    large = word(article, candidate, False, WordingOptions().for_budget(260))
    assert (small.eligible, small.reason) == (False, "long")
    assert large.eligible and large.words == 69


def test_a_long_sentence_that_restates_a_phrase_is_a_headline_run_on():
    from newsfuse.story.wording import restates_a_phrase

    run_on = ("Roseville man posts ticket he received for warming car in own driveway local news roseville man "
              "posts ticket he received for warming car in his own driveway after a police officer stopped by.")
    assert restates_a_phrase(run_on)
    assert (_word(run_on).eligible, _word(run_on).reason) == (False, "run-on")
    # numbers repeat in real sentences, and plurals fold: "food stamps" ... "food stamp"
    assert not restates_a_phrase("He was paid $ 1.2 million in 2011, including $ 1.2 million in severance pay.")
    assert restates_a_phrase("Children who received food stamps in 2014 outnumbered those on a food stamp in 2008.")
    # a short sentence may say a phrase twice
    short = "The white house said the white house lawn would reopen to visitors on Monday."
    assert restates_a_phrase(short) and _word(short).eligible


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("« Nous pouvons dire qu'il y a moins d'incertitudes », a déclaré Paul-Louis Arslanian, directeur du bureau.", "fr"),
        ("«Ο κόσμος εδώ είναι ακόμα πολύ αναστατωμένος», είπε ένας δημοσιογράφος του πρακτορείου Al Jazeera.", "el"),
        ("„Situace je velmi vážná a lidé byli zajati v iráckých vodách“, řekl britský premiér Tony Blair.", "cs"),
    ],
)
def test_a_quotation_in_guillemets_or_low_marks_with_its_speaker_stands_alone(sentence, language):
    """The quotation's own closing mark (», or “ after „) ends it, and the speaker after it
    is read: no 'unattributed quote'. Half a quotation is a fragment in any marks."""
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),), language=language)
    w = word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())
    assert w.eligible, w.reason
    assert _word("« Nous pouvons dire qu'il y a moins d'incertitudes dans cette enquête. »").reason == "unattributed-quote"
    assert _word("Δεν έχουμε ακόμα αναφορές για ζημιές στην πόλη».").reason == "quote-fragment"
    assert _word("Le porte-parole a déclaré : « Nous condamnons fermement ces actions.").reason == "quote-fragment"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("I když jezdců bylo téměř 190, prosvištěli kolem během několika málo minut.", "cs"),
        ("I přes povzbudivé sliby varoval šéf úřadu OSN, že zajištění pomoci potrvá měsíce.", "cs"),
        ("I ministri degli esteri si sono incontrati a Bruxelles per discutere delle sanzioni.", "it"),
    ],
)
def test_a_first_word_i_is_the_first_person_in_english_only(sentence, language):
    """Czech "I" is "and" or "even", Italian "I" is "the": no speaker is missing."""
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),), language=language)
    w = word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())
    assert w.eligible, w.reason
    assert _word("I think the ministers met in Brussels to discuss the new sanctions.").reason == "unattributed-quote"


def test_function_words_of_the_articles_language_never_make_a_run_on():
    """French "de la" twice is any long French sentence, not a phrase said twice (the
    article's language's function words: spaCy's lists); read as English, it was one."""
    sentence = ("Le chef de la force de maintien de la paix a dit que beaucoup de gens étaient dans le bâtiment "
                "quand il s'est écroulé hier soir et que les secours cherchent toujours les disparus dans la ville.")
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),), language="fr")
    w = word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())
    assert w.eligible, w.reason
    assert _word(sentence).reason == "run-on"  # the English rules' reading of it


@pytest.mark.parametrize(
    ("sentence", "back_reference"),
    [
        ("On Saturday, he traveled with Foreign Minister Amr Moussa to Riyadh for talks.", True),
        ("From its upper floors, they rained gunfire on a fortified enclave of embassies.", True),
        ("at a reception dinner, he addressed the development and went on with his claims.", True),
        ("On Saturday, Mubarak traveled with Foreign Minister Amr Moussa to Riyadh for talks.", False),
        ("Now it wants the money it gave to the tsunami relief fund back.", True),
        ("Then they drove straight to the palace for talks with the president.", True),
        ("Now the government wants the money it gave to the relief fund back.", False),
        # a subordinate clause may hold the pronoun's antecedent
        ("When Smith arrived at the court, he said the talks would go on.", False),
        # a long leading phrase is no short adverbial
        ("In the four weeks since the flood hit the town, they have rebuilt the bridge.", False),
        # an attribution tail to a pronoun: the speaker is in an earlier sentence
        ("Seventeen others died in landslides in nearby Camarines Sur province, he said.", True),
        ("The boy was found alive in the basement, she told reporters at the scene.", True),
        ("The boy was found alive in the basement, the chief told reporters at the scene.", False),
        # a one-word adverbial and its comma ("Finally," was read with its comma, and missed)
        ("Finally, he left the room after the long meeting with the board.", True),
        ("First, they blunted an islamist advance on the capital, officials said.", True),
        ("first, he'd like to tell you, and all the shareholders, that he likes the ceo.", True),
        ("First, the committee will hear from the families of the victims.", False),
    ],
)
def test_a_pronoun_after_a_short_leading_adverbial_refers_back(sentence, back_reference):
    w = _word(sentence, lowercased=sentence.islower())
    assert (w.reason == "back-reference") is back_reference
    assert w.eligible is not back_reference
    assert w.continuable or not back_reference  # shown right after its predecessor, still


@pytest.mark.parametrize(
    ("sentence", "back_reference"),
    [
        ("Few believe the all-powerful, staunchly secular military would agree to that.", True),
        ("Chicken Little would love this one.", True),
        ("Golestan residents, contacted by telephone, disputed that.", True),
        ("The board said it was taking the appropriate next steps to evaluate this.", True),
        ("Residents of the valley said it had been like that for years.", False),
        ("The council took that decision on Monday evening after a long debate.", False),
        ("Engineers said the bridge would reopen this week after the repairs.", False),
        ("Others scraped mud off the floors of their homes on Sunday.", True),
        ("Two others were taken to Memorial Regional Hospital in Hollywood.", True),
        ("Tens of thousands of others were stranded as ports were shut and ships forbidden to sail.", True),
        ("Another sister lives within walking distance of the family's home, Heimov said.", True),
        ("The European Union and others say it is important to set the targets now.", False),
        ("Several other provinces were placed under a state of calamity on Monday.", False),
        # a demonstrative a few words in, a pronoun after a clause that names nobody
        ("Folded up, this capsule can be swallowed like an ordinary pill by the patient.", True),
        ("At that meeting, the committee analysed data on more than 400 low-magnitude tremors.", True),
        ("Asked if more sophisticated satellites could be used, she said she was not sure.", True),
        ("According to the University of Chile, it had a magnitude of 5.6 and struck at dawn.", True),
        ("The company said this week that it would cut 400 jobs at its plant in Ohio.", False),
        ("Wearing a mask, the gunman entered the bank shortly after it opened on Monday.", False),
        ("In those killed in the attack were two children and their teacher, police said.", False),
        # ... or after a preposition further in, before a noun: not a conjunction's "that"
        ("The Senate added to that bloated omnibus Friday by killing the bill.", True),
        ("Only two of those bills have been signed into law by the governor.", True),
        ("The study is unusual in that it followed the same patients for 40 years.", False),
        ("News came through that Lennon had been killed outside the Dakota.", False),
        ("Bilden's withdrawal raises similar issues to that of Vincent Viola last month.", False),
        ("The list was drawn up by those familiar with the planning of the event.", False),
        # a short sentence about "him" or "them": who they are was said before
        ("Pope Pius XII later made him a cardinal in 1953.", True),
        ("Local authorities had urged them not to.", True),
        ("Church leaders in Zagreb later made him a cardinal, despite protests from Belgrade and the Serbian"
         " Orthodox church.", False),
        # a relative pronoun and its verb: a clause cut off its noun, or standing for the sentence before
        ("Who was joined at an early evening news conference by the mayor and port officials.", True),
        ("Which is why it's kind of hard to remember that five years ago the world was a different place.", True),
        ("Which one prevails could well be decided by the outcome of the elections next month.", False),
        # a short sentence that ends on an auxiliary leaves its verb to the sentence before
        ("A real ticket would be.", True),
        ("Lazarre told her she could.", True),
        ("Having three in a row certainly is.", True),
        ("The defence ministry has not said whether it would.", False),  # a clause of its own inside
        ("Rosalee came back after the long absence, but Bonnie did not.", False),  # the verb is in it
        ("Officers later found the baby alive in the trash can.", False),  # a noun
        ("Customs officials confiscated 35 tons of spinners in May.", False),
        ("There's not much the police can do.", False),  # "do", the main verb
        ("The other 111 passengers on board flight 623 boarded another flight to phoenix.", True),
        ("The next day, the ring was taken away because he had worn it to the ceremony.", True),
        ("The fourth, a former professor, was sent a manila envelope containing an image of a noose.", True),
        ("The fourth republican presidential debate was a less dramatic, more substantive affair.", False),
        ("The latest poll, published last week in The Chicago Tribune, shows her trailing.", False),
        ("Both were in Genesee county, where the tap water had high levels of lead.", True),
        ("The latter group, he says, falls into three equal subgroups of voters.", True),
        ("Both President Frei of Chile and President Menem of Argentina resisted the motions.", False),
        ("Other important donor nations are waiting for Washington to act first.", False),
        ("The result is that much of the cost of Hurricane Georges will not be shouldered by insurers.", True),
        ("The catch is that Estrada has ruled out injecting any public money into the airline.", True),
        ("The outcome is a blow to moderates who had hoped to use the Assembly of Experts.", True),
        ("The answer is very likely no, says a study published Thursday in the journal.", True),
        ("The result of the vote was announced by the electoral commission on Monday.", False),
        ("The problems facing the airline were laid out by its chairman on Friday.", False),
        ("The reasoning behind the court's ruling was published on Tuesday morning.", False),
        # a time told from the sentence before
        ("Since then, the ship has remained one of the many Great Lakes shipwreck mysteries.", True),
        ("By then, people had already started running away from the river bank.", True),
        ("Only then will he be officially convicted of the murders, presiding judge Claude Jorda said.", True),
        ("At the time, prosecutors pressed the judge to inquire whether Weier might go the same route.", True),
        ("At the time of the discovery, King dated the papyrus to the fourth century.", False),
        ("Then came the back pain, brought on by lifting something in 2000.", True),
        ("Then-Gov. George W. Bush signed the bill into law in 1999.", False),
        ("Ever since he led a coup in 1973, Pinochet has been a hero to some and a villain to others.", False),
        # "this" or "that" as the subject right after a one-word opener
        ("Sadly that's not the case.", True),
        ("Yes, that's 8-8-08, 9-9-09 and 10-10-10.", True),
        ("Yep, this was just as gross to listen to as we thought it would be.", True),
        ("Sadly this year's harvest was the worst in a decade, the ministry said.", False),
        # a pronoun speaker after a single quotation mark that closes the quotation
        ("I don't need to do anything anymore, ' she told the magazine.", True),
    ],
)
def test_a_demonstrative_or_pronoun_without_its_noun_refers_back(sentence, back_reference):
    w = _word(sentence)
    assert (w.reason == "back-reference") is back_reference, w.reason
    assert w.continuable or not back_reference


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Close jayme closs of barron remains missing, the sheriff said on monday.",
         "jayme closs of barron remains missing, the sheriff said on monday."),
        ("Image 3 of 12 macie's mother, misty martinez, said the lightning entered through the roof.",
         "macie's mother, misty martinez, said the lightning entered through the roof."),
        ("Hide caption 6 of 18 photos: qantas has been an industry leader in airport lounges.",
         "qantas has been an industry leader in airport lounges."),
        ("Photo the blast destroyed the home of the family on saturday night.",
         "the blast destroyed the home of the family on saturday night."),
        ("close to 37,000 people have died in the conflict since 1984.",
         "close to 37,000 people have died in the conflict since 1984."),
        ("Photo shows the damaged roof of the school after the storm on monday.",
         "Photo shows the damaged roof of the school after the storm on monday."),
        ("Bruno vincent/getty slavery remains a serious global problem, the report said.",
         "slavery remains a serious global problem, the report said."),
        ("Photograph: eduardo munoz/reuters donald trump's campaign has claimed its first casualty.",
         "donald trump's campaign has claimed its first casualty."),
        ("dallas/fort worth airport was closed for three hours on monday after the storm.",
         "dallas/fort worth airport was closed for three hours on monday after the storm."),
    ],
)
def test_web_furniture_glued_before_a_sentence_is_deleted(sentence, shown):
    w = _word(sentence, lowercased=True)
    assert w.text == shown and w.eligible, w.reason
    assert is_subsequence(w.text, sentence)


def test_a_posts_or_bylines_stamp_before_the_narration_goes_and_a_caption_is_not_shown():
    for sentence, shown in [
        ("amtrak september 7, 2016 after the tweet gained traction, the company apologized for the delay.",
         "after the tweet gained traction, the company apologized for the delay."),
        ("— amanda carpenter ( @amandacarpenter ) february 14, 2016 to make matters worse, the elevator's "
         "certificate was well past its expiration date.",
         "to make matters worse, the elevator's certificate was well past its expiration date."),
    ]:
        w = _word(sentence, lowercased=True)
        assert (w.text, w.eligible) == (shown, True), w.reason
        assert is_subsequence(w.text, sentence)
    caption = _word("People stand on a street lined with damaged buildings in homs january 27, 2014.", lowercased=True)
    assert (caption.reason, caption.continuable) == ("caption", False)


def test_a_capitalised_close_is_a_word_not_a_button():
    assert _word("Close aides to the president said he would not resign this week.").text.startswith("Close aides")


@pytest.mark.parametrize(
    ("sentence", "junk"),
    [
        ("Read the rest of slate's coverage on the supreme court upholding the law.", True),
        ("Click to enlarge shulgin in younger days via lorenzo tlacaelel/flickr.", True),
        ("Follow along below for our continued coverage of the attacks and reaction.", True),
        ("Following the attack, the city closed its schools for the rest of the week.", False),
        ("Shares of the company fell 12 percent in early trading on Tuesday.", False),
        ("Seeing the damage, the governor asked the army for help on Monday.", False),
        ("Please download flash from the adobe download website.", True),
        ("Imagine for a moment that all of the nation's fast-food restaurants were to vanish overnight.", True),
        ('"Please, is there a girl with red hair who is hurt?" an older woman said tearfully.', False),
        ("Pleased with the result, the coach gave his players the day off on Sunday.", False),
        ("Get the latest yahoo stock price here.", True),
        ("Remembering the victims, the mayor laid a wreath at the memorial on Sunday.", False),
    ],
)
def test_a_sentence_addressed_to_the_page_reader_is_furniture(sentence, junk):
    assert (_word(sentence).reason == "junk") is junk


@pytest.mark.parametrize(
    "sentence",
    [
        "Related: bill o'reilly and marc lamont-hill clash over fallout from romney's naacp speech taylor said.",
        "More from politico: the new york times informed harpercollins this week that it will not list the book.",
        "Photos: tiger mistress rachel uchitel in a bikini as radaronline.com reported january 15.",
    ],
)
def test_a_link_label_and_its_headline_are_furniture(sentence):
    assert _word(sentence, lowercased=True).reason == "junk"


def test_a_sentence_ending_on_a_danda_is_terminated():
    sentence = "रौयल नौसेना ने कहा कि वे ईराकी पानी में थे और वहीं रहे ।"
    assert _word(sentence).eligible, _word(sentence).reason
    assert _word("क्या वे ईराकी पानी में थे और वहीं रहे？").reason == "question"


def test_a_hebrew_gershayim_typed_as_a_straight_quote_is_no_quotation_mark():
    sentence = 'כוחות צה"ל נכנסו לעיר אחרי טיפוס של 9.7 ק"מ ביום שלישי בבוקר.'
    w = _word(sentence)
    assert w.eligible, w.reason
    assert w.text == sentence  # shown with its own characters
    assert _word('הדובר אמר "אנחנו נמשיך בפעולה בעיר.').reason == "quote-fragment"


def test_a_hebrew_quotation_opened_behind_a_prefix_letter_is_one():
    """ב"מפת הדרכים" is 'in the "road map"': the mark behind the prefix opens a quotation
    (two letters or more follow it), where a gershayim stands before a last letter."""
    sentence = 'אומות עשירות כמו ארה"ב התנהגו ב"קמצנות" ע"י מתן תרומות זעום ביום שני.'
    w = _word(sentence)
    assert w.eligible, w.reason
    assert w.text == sentence
    assert _word('השר אמר כי הצוות חזר ב"בריאות תקינה ושמח מאוד לשוב הביתה.').reason == "quote-fragment"


def test_a_long_sentence_opening_where_story_highlights_were_cut_is_their_bullets_run_together():
    import newsfuse
    from newsfuse.story.candidates import candidates

    text = (
        "The storm hit the coast on saturday night. Story highlights third storm-related death announced in "
        "kansas nearly 1 million homes and businesses are without power in four states governor declares an "
        "emergency airlines have canceled more than 2,700 flights a massive storm hit the east coast on sunday. "
        "Story highlights the storm is over now and people went home."
    )
    article = newsfuse.clean([{"id": "x", "text": text}])[0]
    reasons = [word(article, c, True, WordingOptions()).reason for c in candidates([article])]
    assert reasons == ["", "run-on", ""]  # a short sentence there stands


def test_a_first_person_sentence_outside_quotes_needs_the_sentence_before_it():
    w = _word("I'm going to give this race everything I've got, and I will win it.")
    assert (w.eligible, w.reason, w.continuable) == (False, "unattributed-quote", True)
    w = _word("i ' m not going to tell another person what they should believe.", lowercased=True)
    assert w.reason == "unattributed-quote"
    assert _word("We might have more deaths than usual this year.").reason == "unattributed-quote"
    # a speaker named at the end answers "who?"; a pronoun there does not
    assert _word("I think we will win the race this year, Smith said.").eligible
    assert _word("I think we will win the race this year, he said.").reason == "back-reference"


@pytest.mark.parametrize(
    ("sentence", "lowercased"),
    [
        ("As I opened the door, I was confronted with the image of my wife holding two funnels.", False),
        ("Today, it became obvious to me that the measures would have divided our party.", False),
        ("In the interview, Smith said I was wrong about the vote.", False),  # "I": the writer, unnamed
        ("Can't help myself, i ' m gonna do it.", True),
        ("the moment i saw him i knew.", True),
    ],
)
def test_english_first_person_singular_anywhere_needs_the_sentence_before_it(sentence, lowercased):
    w = _word(sentence, lowercased=lowercased)
    assert (w.eligible, w.reason, w.continuable) == (False, "unattributed-quote", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Majority leader Eric I. Cantor will step down from his leadership post at the end of July.",
        "The 552-carat gem was found at the Diavik mine in the Northwest Territories.",
        "“I can't do nothing about it,” the farmer told reporters on Tuesday.",
        "I think we will win the race this year, Smith said.",
        "The treaty ended World War I and redrew the map of Europe.",
    ],
)
def test_a_first_person_word_that_is_no_unnamed_speaker_stands(sentence):
    assert _word(sentence).eligible, _word(sentence).reason


def test_first_person_is_attributed_by_a_speaker_label_not_by_the_writer_at_the_end():
    assert _word("Williams: i didn't call barack obama a nazi on the show.", lowercased=True).eligible
    assert _word("Roger said: i walked over and saw a carrier bag move.", lowercased=True).eligible
    label = _word("From facebook: president obama called to inform me that the raid had succeeded.", lowercased=True)
    assert label.reason == "unattributed-quote"
    # "..., i was the one who insisted" names no speaker: the writer is "i"
    w = _word("Although it was my husband's father coming over, i was the one who insisted we clean.")
    assert w.reason == "unattributed-quote"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("If you are visiting the park and can join the efforts, that too is all appreciated.", "second-person"),
        ("You can read the whole transcript of the hearing in this pdf.", "second-person"),
        ("Your answers have been saved for later.", "second-person"),
        ("Red meat, you might be surprised to know, isn't totally sugar-free.", "second-person"),
        ("Our findings suggest that exposure to an antidepressant reduced female attractiveness.", "first-person-plural"),
        ("At burberry, we are passionate about driving positive change.", "first-person-plural"),
        # ... or in the first words after a short opening phrase or a page's label
        ("As members of ipsa, we are committed to promoting healthy attitudes.", "first-person-plural"),
        ("Note: we only request your email address so that it is not junk mail.", "first-person-plural"),
        # "us" in "let us", "let's": the page's own plea
        ("Let's talk first about the economics of the new stadium deal.", "first-person-plural"),
        ("Ok, let us back up and get our bearings on this whole affair.", "first-person-plural"),
        ('"Let\'s go home," the coach told his players after the loss.', ""),
        ("After the storm passed through the whole region on monday, we saw damage.", ""),
        # further in, "you" is as often an explanation's generic one
        ("Conditioner can bind radioactive particles to the hair and skin of your scalp.", ""),
        # "us" is as often the US
        ("The us state department said it is aware of his visit to the north.", ""),
        # a speaker named: speech that lost its marks, not the page
        ("You have to be careful on the ice this time of year, the fire chief said.", ""),
        ("We will appeal the ruling to the ninth circuit next week, his lawyer said.", ""),
        ("Cooper: yes, he's on your list of the century's worst people.", ""),
        ('"You are no Jack Kennedy," Bentsen told Quayle in the debate.', ""),
        ("Youth groups marched through the capital on Saturday afternoon.", ""),
        # the imperative: the second person's mood
        ("Learn more about water management programs in healthcare facilities.", "second-person"),
        ("Avoid the area and/or take shelter.", "second-person"),
        ("Put down the coffee, bagel or hairbrush and keep both hands on the wheel.", "second-person"),
        ("Don't be fooled by the glossy magazine spread: the blond seems to have it all.", "second-person"),
        ('Meet the couple behind the website, where " you can vote on whether we abort. "', "second-person"),
        # ... not a noun that opens a sentence, a lede's idiom, an inversion, a named speaker
        ("Stop sticks were deployed just before 6:30 p.m., the sheriff's office reported.", ""),
        ("Search and rescue operations by the air force are centered on the area.", ""),
        ("Leave it to serena williams to come back to tennis in style.", ""),
        ("Never has this been more true than in the film's final act.", ""),
        ("Leave the weed management to us, monsanto insisted.", ""),
        ('Make no mistake about it, " the senator said after the vote on Tuesday.', ""),
    ],
)
def test_a_sentence_opening_in_the_pages_own_voice_is_never_shown(sentence, voice):
    w = _word(sentence)
    assert (w.reason if w.reason in ("second-person", "first-person-plural") else "") == voice, w.reason
    assert not (voice and w.continuable)  # the page's voice, even after the sentence before it


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # a columnist's or a blogger's "I": the sentence before names nobody whose words go on
        ("Two friends of mine were recently diagnosed with breast cancer this year.",
         "When news of the first came, i felt sadness.", ""),
        ("Dozens of pipes line the shore, churning out a torrent of thick, black waste.",
         "The smell of sulphur and the roar of the pipes invades my senses.", ""),
        ("Mayer does a great job of ignoring dirty george in the new book.", "I made an appointment.", ""),
        # ... unless it gives someone the floor: a label, a quotation reopened after its speaker
        ("Roger said: i walked over and saw a carrier bag move near the bins.",
         "I thought it was a bag of kittens, but then i saw her little arms.", "after"),
        ("Wrote williams: cnn went over more than seven thousand articles on the site.",
         "No doubt they did a lexis nexis search on me and found thirty years of work.", "after"),
    ],
)
def test_an_unmarked_first_person_follows_only_a_sentence_that_gives_someone_the_floor(first, second, relation):
    a, b = _pair(first, second, lowercased=True)
    assert not b.eligible and b.continuable, b.reason
    assert follows(a, b) == relation


def test_the_unmarked_first_person_is_read_in_english_only():
    """French "me" is no "I": a French back-reference follows its sentence as before."""
    first = "Le ministre est arrivé à Paris lundi pour des entretiens avec le président."
    second = "Il me semble que la visite a surtout porté sur la sécurité et la défense."
    text, start = first + " " + second, len(first) + 1
    article = Article(id="a", text=text, language="fr", units=(Unit("body", 0, len(first), "sentence"),
                                                               Unit("body", start, len(text), "sentence")))
    a = word(article, Candidate(0, 0, 0, len(first), 0, 2), False, WordingOptions())
    b = word(article, Candidate(1, 0, start, len(text), 1, 2), False, WordingOptions())
    assert (b.reason, b.continuable, b.unmarked_voice) == ("back-reference", True, False)
    assert follows(a, b) == "after"


def test_a_quotation_reopened_after_its_speaker_gives_the_floor_a_closing_mark_does_not():
    assert hands_over_to_a_speaker('I went to the school of hard knocks, " brown said. "')
    assert hands_over_to_a_speaker("“Get out of here,” he told them. “Not now, not ever.")  # left open
    assert not hands_over_to_a_speaker('... a law created by democrats, which is not true. "')
    assert not hands_over_to_a_speaker("The doctors immediately diagnosed her with the syndrome.")


def test_the_pages_own_voice_is_not_shown_after_the_sentence_before_it_either():
    # short, or opening on a back-reference: reasons the sentence before would answer
    for second in ["You're way too complicated!", "We do not capture any email address.",
                   "But we investigated how the drug acts on the brain of mice in the lab."]:
        a, b = _pair("Barrientos was arraigned on two counts of filing a false instrument.", second)
        assert not b.eligible and not b.continuable, (second, b.reason)
        assert follows(a, b) == ""


def test_page_furniture_in_the_first_person_stays_junk():
    w = _word("Here is the notice showing inspection expiration for the elevator i was trapped inside.")
    assert (w.reason, w.continuable) == ("junk", False)


def test_a_sentence_after_a_closing_and_an_opening_mark_is_the_quotations_next_words():
    text = ('she told cnn on " state of the union. " " there\'s speculation about the meeting, but there\'s '
            'nothing behind it. we have seen no evidence, " she said.')
    w = _word_in(text, "there's speculation about the meeting, but there's nothing behind it.", lowercased=True)
    assert (w.eligible, w.reason) == (False, "inside-quotation")


def test_a_quotation_a_detached_mark_opened_a_sentence_back_is_still_open():
    text = ('his attorney will have a tough time at trial, he added. " the fact that he left the scene shows '
            'guilt. you think you did something wrong so you run away. that can come into evidence, " he said.')
    w = _word_in(text, "you think you did something wrong so you run away.", lowercased=True)
    assert (w.eligible, w.reason) == (False, "inside-quotation")
    # ... and so is one a mark opened at a word's start ('"the color ...'), as sources that glue marks write it
    text = ('the board said " no " to the offer. the chairman of the mining company spoke on monday. "the color and '
            'texture of the diamond are unique. our diavik mine has produced some of the most beautiful diamonds in '
            'the world.')
    w = _word_in(text, "our diavik mine has produced some of the most beautiful diamonds in the world.", lowercased=True)
    assert (w.eligible, w.reason) == (False, "inside-quotation")
    # ... but not one whose sentence names its speaker at its end: that mark closed an earlier quotation
    text = ('fans sang his songs all night. " seeger died at new york hospital, his grandson said. '
            'the folk singer recorded many of the best known protest hymns of the century.')
    w = _word_in(text, "the folk singer recorded many of the best known protest hymns of the century.", lowercased=True)
    assert w.eligible, w.reason
    # ... nor one three sentences back: a mark lost on the way would leave everything after it "inside"
    text = ('he added. " the fact that he left shows guilt. he ran away from the scene. the police found him. '
            'the trial is set to begin in the spring at the county court.')
    assert _word_in(text, "the trial is set to begin in the spring at the county court.", lowercased=True).eligible


def test_a_detached_mark_before_a_sentence_that_ends_on_its_speaker_closed_an_earlier_quotation():
    # the marks before it pair (an odd one was lost), but a sentence that names its speaker
    # at its end with no mark to close a quotation of its own is narration
    text = 'his music " shaped a generation, " fans said. " seeger died at new york hospital, his grandson said.'
    w = _word_in(text, '" seeger died at new york hospital, his grandson said.', lowercased=True)
    assert (w.text, w.eligible) == ("seeger died at new york hospital, his grandson said.", True)


def test_the_first_person_prefilter_turns_away_no_text_the_search_finds():
    """`speech.speaks_in_first_person` searches only texts its cheap test lets through; on any
    mix of the pieces the patterns read it must answer as the search over every text does."""
    from hypothesis import given, settings, strategies as st

    from newsfuse.story import speech as w

    parts = st.sampled_from(["i", "I", "me", "Me", "MY", "my", "myself", "mine", "'m", "’ve", "'", " ", "  ", "\n",
                             "(", ")", ".", ",", "!", "-", "—", "x", "war", "War", "Eric", "a", "9", "_", "İ"])

    @settings(max_examples=4000, deadline=None)
    @given(st.lists(parts, max_size=8).map("".join))
    def agrees(text):
        assert w.speaks_in_first_person(text) == w._first_person_word(text)

    agrees()


def test_first_person_singular_is_read_in_english_only():
    from newsfuse.model import Article, Unit
    from newsfuse.story.candidates import Candidate

    def in_language(language, sentence):
        article = Article(id="a", text=sentence, language=language,
                          units=(Unit("body", 0, len(sentence), "sentence"),))
        return word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())

    # Czech "i" is "and" / "even"
    assert in_language("cs", "Vláda i opozice se shodly na novém rozpočtu pro příští rok.").eligible
    assert in_language("en", "Yesterday the minister told me the budget was agreed.").reason == "unattributed-quote"


@pytest.mark.parametrize(
    ("language", "sentence", "reason"),
    [
        ("fr", "Il a été accusé d'infliger des sévices à des prisonniers, pour le plaisir.", "back-reference"),
        ("fr", "Elle a eu lieu à 23:49:56 heure locale, jeudi matin.", "back-reference"),
        ("fr", "Il n'y a pas eu d'alerte au tsunami après la réplique.", ""),  # impersonal "il"
        ("fr", "C'est un pas en avant très important pour la région, a-t-il ajouté.", "back-reference"),
        ("de", "Er wurde am Montag in Berlin festgenommen und verhört.", "back-reference"),
        ("en", "Ella Fitzgerald sang at the concert hall on Monday night.", ""),  # a name in English
        # MultiLing summaries: "Its tremors were felt as far as Venezuela.", "This is the
        # torch's only stop in the United States, ...", "This was its only stop ..."
        ("hi", "इसके झटके गूर स्थित वेनेज़ुएला तक महसूस किये गए।", "back-reference"),
        ("el", "Αυτή είναι η μοναδική στάση της φλόγας στις Ηνωμένες Πολιτείες.", "back-reference"),
        ("he", "זו היתה תחנתו היחידה של הלפיד בארצות הברית.", "back-reference"),
        ("cs", "Toto trvalo mezi 500 a 600 vteřinami, řekl docent geologie.", "back-reference"),
        ("hi", "हैती में भूकंप से भारी तबाही हुई है और हजारों लोग मारे गए।", ""),
    ],
)
def test_pronoun_openers_are_read_in_the_article_language(language, sentence, reason):
    article = Article(id="a", text=sentence, units=(Unit("body", 0, len(sentence), "sentence"),), language=language)
    w = word(article, Candidate(0, 0, 0, len(sentence), 0, 1), False, WordingOptions())
    assert w.reason == reason


def test_a_web_address_alone_in_parentheses_is_deleted():
    w = _word("Dane anderson tells khq-tv ( http://bit.ly/2qljxgt ) that the young men in spokane lack fathers.",
              lowercased=True)
    assert w.eligible and w.text == "Dane anderson tells khq-tv that the young men in spokane lack fathers."
    # a figure in parentheses stays, and so does the sentence's claim
    w = _word("The council paid (about $5 million) for the old mill by the river last year.")
    assert "(about $5 million)" in w.text


def test_demonstrative_ending_search_from_its_earliest_start_agrees_with_the_full_search():
    """`_ends_on_demonstrative` starts the regex where a match can start; it must answer
    as the regex searched from the sentence's start does, on any mix of the characters
    the pattern reads (words, closing runs, the case-folding letters)."""
    from hypothesis import given, settings, strategies as st

    from newsfuse.story.wording import _ENDS_ON_DEMONSTRATIVE, _ends_on_demonstrative

    parts = st.sampled_from(["this", "that", "THIS", "That", " one", " ", ".", "!", "?", "…", '"', "”", "’", "'",
                             ")", "]", "x", "a", "ſ", "_", "9"])

    @settings(max_examples=3000, deadline=None)
    @given(st.lists(parts, max_size=10).map("".join))
    def agrees(text):
        assert _ends_on_demonstrative(text) == (_ENDS_ON_DEMONSTRATIVE.search(text) is not None)

    agrees()
    assert _ends_on_demonstrative("Chicken Little would love this one.")
    assert _ends_on_demonstrative('Few believe the military would agree to that."')
    assert not _ends_on_demonstrative("He said this was the end of the matter.")


@pytest.mark.parametrize(
    "second",
    [
        "She pleaded not guilty.",
        "He was 79.",
        "Police opened an investigation.",
        "It was insane.",
        "There's a catch.",  # "'s" after a pronoun is a verb
        "Something's gonna give.",
        "Fred was 79.",  # a first word in -ed is no verb, and no reason to reject either
        "But nothing was done.",  # a coordinator: the sentence before is shown with it
        "Workers succeeded — barely.",  # the verb comes before the dash
    ],
)
def test_a_short_clause_may_follow_the_sentence_before_it(second):
    a, b = _pair("Barrientos was arraigned on two counts of filing a false instrument.", second)
    assert not b.eligible and b.reason == "short" and b.continuable
    assert follows(a, b) == "after"


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("No casualties have been reported.", True),
        ("The plane is still missing.", True),
        ("Turkish leaders were not convinced.", True),
        ("In indianapolis, on jan. 11.", False),  # no clause: a caption's place and date
        ("Washington ( reuters ) — the", False),
        ("The plane is missing.", False),  # four words: only after the sentence before it
    ],
)
def test_a_five_word_clause_stands_alone(sentence, alone):
    assert _word(sentence, lowercased=True).eligible is alone


@pytest.mark.parametrize(
    "second",
    [
        "Washington ( reuters )",  # a dateline
        "Santa rosa, calif.",  # a place and its state
        "The weinstein co.",  # a name cut after its abbreviation
        "On nov. 5, 2007.",  # a prepositional fragment
        "Construction at the waterfall.",  # a caption: no verb
        "This story has been updated.",  # a sign-off
        "Nbc's miguel almaguer reports.",
        "The answer is below.",  # a teaser
        "Here is what we know.",
        "Viewer discretion advised.",  # a notice
        "Based on first visit enrolment.",  # a verb only in first place: no subject
        "Came in second.",
        "Would've been awesome.",
        "Nicwa's faqs new!",  # "'s" after a noun is a possessive
        "The orange of foley's tunic.",
        "Shape created with sketch.",  # a caption's participle
        "As she was dragged away.",  # a subordinate clause
        "Unless someone is watching this.",
        "9. California has earthquakes.",  # a list item
        "Manuel valverde - was acquitted.",  # a list's name and gloss
        "' I was over it.",  # a detached quote mark
        "Posted: monday, may 1, 2017.",  # a label
        "Yep, he said it.",  # an aside
    ],
)
def test_a_short_fragment_is_no_continuation(second):
    a, b = _pair("Barrientos was arraigned on two counts of filing a false instrument.", second)
    assert not b.eligible and not b.continuable
    assert follows(a, b) == ""


@pytest.mark.parametrize(
    "text",
    [
        "There's no indication that the two men knew each other before the attack.",
        "It's unclear why the group claims that 60 people were wounded or killed.",
        "It is unlikely, however, that the fund can support the currency forever.",
        "It's been 10 years since the last storm of this size hit the coast.",
        "This week, the chain began promoting its wings at a new price of $3 for five.",
        "These days, the actress is better known for her website and her podcast.",
    ],
)
def test_openers_that_refer_to_nothing_stand_alone(text):
    assert _word(text).eligible


@pytest.mark.parametrize(
    "text",
    [
        "It's a manmade lagoon, built in 1976 and fed by water from a power plant.",
        "This week, he traveled to Minsk for talks with Alexander Lukashenko.",
        "This heavily hyped centrepiece of the evening reunited stars of the film.",
        "It is believed to date from between 1495 and 1500.",  # raising: "it" is the painting
        "It is expected to open in 2020 after years of construction delays.",
    ],
)
def test_openers_that_refer_back_still_do(text):
    w = _word(text)
    assert not w.eligible and w.reason == "back-reference"


def test_a_sentence_cut_inside_a_decimal_is_never_shown():
    """Tokenized corpora write "46. 8 percent": the splitter cuts there, and each half says
    something false ("The undrafted rookie averaged 5."): neither half is shown, alone or
    as a continuation. A year before a figure is a real sentence end."""
    a, b = _pair("The undrafted rookie averaged 5.", "2 yards a carry and finished with a team-high 716 yards.")
    assert not a.eligible and not a.continuable
    assert not b.eligible and not b.continuable
    a, b = _pair("The Jays, who beat Drake on Sunday night, shot 46.", "8 percent for the game.")
    assert a.reason == "split-in-number" and not a.continuable
    lead, short = _pair("Drake lost the game by twelve points on Saturday night.", "The Jays shot 46.")
    assert short.continuable  # nothing after it: a whole sentence
    year, figure = _pair("The flood came back to the valley in 2005.", "52 people died in the flood that week.")
    assert year.eligible and figure.eligible


def test_a_short_clause_follows_only_a_sentence_that_stands_alone():
    """No chain of short asides after a continuation ("I think ..." + "I can help people."
    + "I can vote."): a short clause is shown only right after a sentence that stands alone."""
    a, b = _pair("I think the new law will change how people vote in the state.", "I can help people.")
    assert not a.eligible and a.continuable and b.continuable and b.reason == "short"
    assert follows(a, b) == ""
    c, d = _pair("Barrientos was arraigned on two counts of filing a false instrument.", "She pleaded not guilty.")
    assert follows(c, d) == "after"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Two police officers were fired after a video surfaced showing them punching a man. ( reuters )",
         "Two police officers were fired after a video surfaced showing them punching a man."),
        ("National park service officials are preparing to clean the jefferson memorial. ( nikki kahn/the washington post )",
         "National park service officials are preparing to clean the jefferson memorial."),
        # the credit is no aside beside the sentence's own: those still go
        ("Speaker john boehner ( r-ohio ) released a statement on the order. ( reuters )",
         "Speaker john boehner released a statement on the order."),
        # kept: the aside is the sentence's own (no sentence end before it), or holds a figure or a hedge
        ("The enzymes differ by a few amino acid substitutions ( one to five amino acids ).", None),
        ("The storm killed dozens of people on the island. ( 32 of them children )", None),
        ("The mayor took money from the developers of the tower. ( allegedly )", None),
    ],
)
def test_a_credit_after_the_sentence_ends_is_deleted(sentence, shown):
    w = _word(sentence, lowercased=True)
    assert w.text == (shown or sentence)
    _assert_taken_from(w, sentence)


def _word_after(before: str, sentence: str, after: str = " Then they left.", language: str | None = None):
    text = before + sentence + after
    start = len(before)
    article = Article(id="a", text=text, language=language,
                      units=(Unit("body", start, start + len(sentence), "sentence"),))
    return word(article, Candidate(0, 0, start, start + len(sentence), 1, 3), False, WordingOptions())


@pytest.mark.parametrize(
    "before",
    ['She added: "Doctor Slepian helped a lot of people. ',
     "She added: “Doctor Slepian helped a lot of people. ",
     "Elle a ajouté : « Le docteur Slepian a aidé beaucoup de gens. "],
)
def test_a_sentence_inside_a_quotation_its_paragraph_opened_is_no_narration(before):
    w = _word_after(before, "Women around her do not have many options now at all.")
    assert (w.eligible, w.reason, w.continuable) == (False, "inside-quotation", False)


@pytest.mark.parametrize(
    ("before", "language"),
    [
        ('She added: "Doctor Slepian helped a lot of people." ', None),  # closed
        ('obama added. " ', None),  # a detached mark: closes the sentence before or opens this one
        ("Er sagte: „Wir helfen.“ ", "de"),  # German pairs: “ closes
        ('Another line.\nShe said: "Yes." Then: "No. ', None),  # only its own line counts, and it is open
    ],
)
def test_a_closed_or_unreadable_quotation_leaves_the_sentence_alone(before, language):
    w = _word_after(before, "Women around her do not have many options now at all.", language=language)
    if before.endswith('"No. '):
        assert w.reason == "inside-quotation"
    else:
        assert w.eligible, w.reason


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("a guard came across a baby girl around 11 p.m. On sept. 27, 1977, at the airport.", "around 11 p.m.", "On sept."),
        ("the economic cost has not been assessed for the u.s. Since 1998. The study is new.", "for the u.s.", "Since 1998."),
    ],
)
def test_a_cut_after_an_abbreviation_the_sentence_goes_on_from_is_no_sentence(text, first, second):
    """Lower-cased corpora were split after "p.m." or "u.s." where the sentence goes on:
    neither half is shown ("assessed for the u.s." says less than "... since 1998")."""
    cut = text.index(first) + len(first)
    after = text.index(second)
    end = text.index(".", after + len(second) - 1) + 1 if not second.endswith(".") else after + len(second)
    units = (Unit("body", 0, cut, "sentence"), Unit("body", after, end, "sentence"))
    article = Article(id="a", text=text, units=units)
    for k, (start, stop) in enumerate([(0, cut), (after, end)]):
        w = word(article, Candidate(k, 0, start, stop, k, 2), True, WordingOptions(min_words=1))
        assert w.reason == "split-at-abbreviation", (text[start:stop], w.reason)
    # "As" often opens the next sentence: that cut is left alone
    text = "the klan quietly took control of anaheim, calif. As historian shawn lay details, it was easy."
    cut = text.index("calif.") + len("calif.")
    w = word(Article(id="a", text=text, units=(Unit("body", 0, cut, "sentence"),)), Candidate(0, 0, 0, cut, 0, 2), True,
             WordingOptions())
    assert w.reason != "split-at-abbreviation"


def test_unterminated_guards_answer_as_the_plain_end_searches():
    """`_unterminated` tries each end pattern only where its mark is there; on any mix of
    the characters the patterns read it must answer as searching all of them does."""
    from hypothesis import given, settings, strategies as st

    from newsfuse.story import wording as w

    def plain(text):
        return bool(
            not w._TERMINAL.search(text.rstrip()) or w._TRAILING_ELLIPSIS.search(text) or w._open_ended_aside(text)
            or w._CUT_AT_APOSTROPHE.search(text)
        )

    parts = st.sampled_from(["word", " ", "  ", "\n", ".", "...", "…", "!", "?", '"', "”", "’", "'", ")", "(", "]",
                             "x", "9", "_", "।"])

    @settings(max_examples=3000, deadline=None)
    @given(st.lists(parts, max_size=10).map("".join))
    def agrees(text):
        assert w._unterminated(text) == plain(text)

    agrees()
    assert w._unterminated("A fox news spokesperson refuted sherman '")
    assert w._unterminated("The turnout, if confirmed, would top some of...")
    assert not w._unterminated("He left. ")


_GRILL = "A man grills hamburgers and sausages in his backyard in Decatur on Friday."
_DIG = "Plan to start digging under the city in a month or so."


@pytest.mark.parametrize(
    ("sentence", "after", "marked"),
    [
        # a picture's credit right after it: the sentence is the picture's caption
        (_GRILL, " ( photo: michael a. schwarz, usa today ) the grill season opened on friday.", "caption"),
        (_GRILL, " (AP Photo/Jane Doe) The grill season opened on Friday.", "caption"),
        (_GRILL, " REUTERS/John Smith The grill season opened on Friday.", "caption"),
        (_GRILL, "\nPhotograph: Jane Doe/AFP/Getty Images\nThe grill season opened on Friday.", "caption"),
        (_GRILL, " The photo was taken by his wife on Friday.", ""),
        (_GRILL, " Photographers were kept away from the site on Friday.", ""),
        # a tweet's signature or link right after it: somebody's post
        (_DIG, " — elon musk ( @elonmusk ) january 25, 2017 but is he?", "tweet"),
        (_DIG, " pic.twitter.com/u4f2dtlvu6 — sarah sanders ( @presssec ) september 15, 2017", "tweet"),
        (_DIG, " Frank was all business, the reporters said.", ""),
    ],
)
def test_what_follows_a_sentence_can_mark_it_no_report(sentence, after, marked):
    w = _word_in(sentence + after, sentence)
    if marked:
        assert w.reason == marked and not w.eligible
    else:
        assert w.reason not in ("caption", "tweet") and w.eligible, w.reason


@pytest.mark.parametrize(
    ("sentence", "lowercased", "noun"),
    [
        ("The company said it would recall 40,000 cars in March.", False, "company"),
        ("The company also said it had hired two more lawyers last week.", False, "company"),
        ("The decision came after a deal brokered by the United States.", False, "decision"),
        ("The pair have already proved their love for each other with ink.", False, "pair"),
        ("the fbi says it has expanded its search for the missing girl nationwide.", True, "fbi"),
        # a name in cased text, a qualified noun, a number, a plural noun before "of"
        ("The Kremlin said the visit would focus on economic ties.", False, ""),
        ("The company's shares fell 4 percent in early trading on Monday.", False, ""),
        ("The new law requires every driver to carry a license.", False, ""),
        ("The two nations believe that binding caps would threaten growth.", False, ""),
        ("The official portraits of the former president were unveiled on Monday.", False, ""),
        ("The company, a maker of toys, said it would close the plant.", False, ""),
        # a source named by its kind alone, after the opening words; not a name, not "a"
        ("A woman was walking in a crosswalk when she was hit, the station reported.", False, "station"),
        ('"This morning I was stopped by an officer," Jackson said in the statement.', False, "statement"),
        ("Officers found the car abandoned near the river, according to the report.", False, "report"),
        ("in some cases a female child was more likely, the network reported.", True, "network"),
        ("The Post reported that the senator would resign on Friday.", False, ""),
        ("Reid said in a statement that she had checked into a treatment center.", False, ""),
        ("A letter was delivered to the newspaper late on Friday night.", False, ""),
    ],
)
def test_the_noun_an_unqualified_definite_subject_takes_as_known(sentence, lowercased, noun):
    w = _word(sentence, lowercased=lowercased)
    assert w.eligible, w.reason
    assert w.presupposes == noun


def test_only_a_sentence_shown_alone_takes_a_noun_as_known():
    w = _word("The company has always strongly denied that.")
    assert w.reason == "back-reference" and w.presupposes == ""  # a back-reference: shown after its predecessor


@pytest.mark.parametrize(
    ("sentence", "lowercased", "shown"),
    [
        # a credit whose agency the scrape wrote as two words, and a label's unnamed credit
        ("Lucas jackson-pool/getty images the race for 2016 starts the day after election day.", True,
         "the race for 2016 starts the day after election day."),
        ("Photo: supplied the recipe, called the diy baby milk formula, is a chicken liver based mix.", True,
         "the recipe, called the diy baby milk formula, is a chicken liver based mix."),
    ],
)
def test_a_picture_credit_glued_before_the_lead_goes_whole(sentence, lowercased, shown):
    w = _word(sentence, lowercased=lowercased)
    assert w.text == shown and w.eligible, w.reason


@pytest.mark.parametrize(
    ("sentence", "lowercased", "fragment"),
    [
        ("including the creator of a so-called revenge porn website -- were charged thursday with crimes.", True, True),
        ("Including one showing him peeing into the visible jail toilet.", False, True),
        ("Including overtime, workers at the plant earn about 20 dollars an hour.", False, False),
    ],
)
def test_a_sentence_that_goes_on_with_the_list_before_it_is_a_fragment(sentence, lowercased, fragment):
    w = _word(sentence, lowercased=lowercased)
    assert (w.reason == "fragment") == fragment


@pytest.mark.parametrize(
    ("sentence", "lowercased", "shown", "reason"),
    [
        # "So" before a clause: a connective, deleted where what follows may open a sentence ...
        ("So the u.s. men's national team failed to qualify for the 2018 world cup on tuesday.", True,
         "the u.s. men's national team failed to qualify for the 2018 world cup on tuesday.", ""),
        # ... else the sentence draws its "so" from the one before it
        ("So the government will depend on tax increases to raise the remaining $14 billion.", False,
         "So the government will depend on tax increases to raise the remaining $14 billion.", "back-reference"),
        # an inversion points back, deleted or not
        ("So did secretary of state john kerry and attorney general eric holder.", True,
         "So did secretary of state john kerry and attorney general eric holder.", "back-reference"),
        ("So says the man who examined the wounds of the victims.", False,
         "So says the man who examined the wounds of the victims.", "back-reference"),
        # an adverb of the sentence's own
        ("So far, Latin American economies have weathered the crisis relatively well.", False,
         "So far, Latin American economies have weathered the crisis relatively well.", ""),
        ("So many systems are vulnerable to manipulation, from voter rolls to the parties.", False,
         "So many systems are vulnerable to manipulation, from voter rolls to the parties.", ""),
    ],
)
def test_so_is_a_connective_before_a_clause_and_an_inversion_points_back(sentence, lowercased, shown, reason):
    w = _word(sentence, lowercased=lowercased)
    assert (w.text, w.reason) == (shown, reason)


def test_so_is_read_as_an_english_connective_only():
    """German "So hat ..." and Italian "So che ..." open sentences of their own."""
    text = "So hat die Regierung am Montag ein neues Gesetz zur Rente vorgelegt."
    article = Article(id="a", text=text, units=(Unit("body", 0, len(text), "sentence"),), language="de")
    w = word(article, Candidate(0, 0, 0, len(text), 0, 1), False, WordingOptions())
    assert w.eligible and w.text == text, w.reason


def test_a_sentence_pointing_at_a_picture_is_a_caption_never_shown():
    w = _word("Tony bosch, right, flat-out denied any knowledge of the drug distribution in an interview.", lowercased=True)
    assert (w.eligible, w.reason, w.continuable) == (False, "caption", False)
    assert _word("Tony Bosch flat-out denied any knowledge of the drug distribution in an interview.").eligible


@pytest.mark.parametrize(
    ("sentence", "exclaims"),
    [
        ("rob clearly could not get over kristen's cheating!", True),
        ("The fastest way to free nights and other rewards!", True),
        ("Madonna's son rocco ritchie will be home for christmas, at least if the pop diva has her way!", True),
        # a name that ends on one, a quotation's, a sentence that ends on a full stop
        ("Eva and josé shared the news with hola!", False),
        ('"We won the title!" the captain shouted as the crowd ran onto the field.', False),
        ("The crowd cheered as the captain lifted the trophy on Sunday.", False),
    ],
)
def test_a_sentence_ending_on_an_exclamation_mark_is_the_pages_tone(sentence, exclaims):
    w = _word(sentence, lowercased=True)
    assert (w.reason == "exclamation") is exclaims, w.reason
    assert not (exclaims and w.continuable)


def test_an_exclamation_is_no_continuation_either():
    a, b = _pair("The film cost millions to make and opened in theaters on Friday.", "it's directed by a hack!",
                 lowercased=True)
    assert b.reason == "back-reference" and not b.continuable
    assert follows(a, b) == ""
