"""Citations: an aligned sentence whose figures disagree with the shown one is not cited."""

from __future__ import annotations

import datetime as dt

from newsfuse.model import Article, Unit
from newsfuse.story.candidates import Candidate
from newsfuse.story.cite import agree_on_figures, cite, claim_words, numbers
from newsfuse.story.tokens import Stemmer
from newsfuse.story.wording import Wording


def test_figures_are_what_a_sentence_counts():
    assert numbers("Vinokourov won stage 13 of the 2007 Tour de France.")[0] == {"13"}  # the year dates it
    assert numbers("Air France Flight 447 carried 228 people.") == ({"228"}, {"447", "228"})  # a name's number
    assert numbers("About 80,000 people died; 1.5 million lost their homes.")[0] == {"80000", "1.5"}
    assert numbers("लगभग १० लाख लोग बेघर हो गए।")[0] == {"10"}  # Devanagari digits


def test_sentences_that_count_differently_do_not_support_each_other():
    assert not agree_on_figures("He won stage 13 of the 2007 Tour.", "He won stage 15 of the 2007 Tour in 5h 34'.")
    assert not agree_on_figures("In Poland, 32 people died, police said.", "In Poland, 36 people died, police said.")
    assert agree_on_figures("Air France flight 447 vanished on June 1.", "Air France Flight 447 with 228 people is missing.")
    assert agree_on_figures("The storm killed 12 people.", "Twelve people died in the storm.")  # no figure on one side
    assert agree_on_figures("The crash killed all 229 people aboard.", "All 229 people aboard died on Sept. 2.")


def test_cite_keeps_the_source_and_drops_a_sentence_with_other_figures():
    texts = ["In Poland, 32 people died, police said.", "In Poland, 36 people died, police said.",
             "Police said 32 people had died in Poland."]
    articles = [Article(id=f"a{i}", text=t, units=(Unit("body", 0, len(t), "sentence"),)) for i, t in enumerate(texts)]
    members = [Candidate(i, i, 0, len(t), 0, 1) for i, t in enumerate(texts)]
    sentence = cite(Wording(0, texts[0], 7, True), members, articles)
    assert [c.article for c in sentence.citations] == ["a0", "a2"]


def test_cite_drops_a_sentence_about_another_day():
    texts = ["An aftershock hit central Chile on Wednesday night, the USGS said.",
             "Another large aftershock rocked Chile earlier on Wednesday, the USGS said.",
             "A strong aftershock shook central Chile late on Wednesday, officials said."]
    dates = [dt.date(2010, 10, 22), dt.date(2010, 7, 15), dt.date(2010, 10, 21)]
    articles = [Article(id=f"a{i}", text=t, published=d, units=(Unit("body", 0, len(t), "sentence"),))
                for i, (t, d) in enumerate(zip(texts, dates))]
    members = [Candidate(i, i, 0, len(t), 0, 1) for i, t in enumerate(texts)]
    sentence = cite(Wording(0, texts[0], 11, True), members, articles)
    assert [c.article for c in sentence.citations] == ["a0", "a2"]  # July's Wednesday is another event


def test_a_verbless_scrap_is_not_cited_but_a_short_clause_is():
    texts = ["Ambulances stood at Russell Square in London after the July 7 bombings.",
             "Russell Square after the bombings.",
             "Ambulances were at Russell Square after the bombings in London, police said.",
             '"They have our everlasting gratitude," the former president said in a statement.',
             "They have our everlasting gratitude."]
    articles = [Article(id=f"a{i}", text=t, units=(Unit("body", 0, len(t), "sentence"),)) for i, t in enumerate(texts)]
    members = [Candidate(i, i, 0, len(t), 0, 1) for i, t in enumerate(texts)]
    caption = cite(Wording(0, texts[0], 12, True), members[:3], articles)
    assert [c.article for c in caption.citations] == ["a0", "a2"]  # the caption scrap is left out
    quote = cite(Wording(3, texts[3], 11, True), members[3:], articles)
    assert [c.article for c in quote.citations] == ["a3", "a4"]  # the quotation without its speaker reports it


def test_a_report_weeks_apart_that_shares_only_the_names_is_not_cited():
    texts = ["Wikinews reporter Diego Grez reports the aftershock was clearly felt in Pichilemu.",
             "The rains have damaged some roads in Pichilemu, Wikinews reporter Diego Grez reported.",
             "In Pichilemu the aftershock was felt clearly, Wikinews reporter Diego Grez said."]
    dates = [dt.date(2010, 5, 2), dt.date(2010, 7, 12), dt.date(2010, 7, 12)]
    articles = [Article(id=f"a{i}", text=t, published=d, units=(Unit("body", 0, len(t), "sentence"),))
                for i, (t, d) in enumerate(zip(texts, dates))]
    members = [Candidate(i, i, 0, len(t), 0, 1) for i, t in enumerate(texts)]
    sentence = cite(Wording(0, texts[0], 12, True), members, articles)
    assert [c.article for c in sentence.citations] == ["a0", "a2"]  # the rains are another story
    near = [Article(id=a.id, text=a.text, published=dt.date(2010, 5, 3), units=a.units) for a in articles]
    assert len(cite(Wording(0, texts[0], 12, True), members, near).citations) == 3  # the next day: not judged on words


def test_claim_words_leave_out_names_and_function_words():
    stemmer = Stemmer("english")
    words = claim_words("Feinstein says Senate intelligence committee will hold public hearings.", stemmer)
    assert words == {"feinstein", "intellig", "committe", "hold", "public", "hear"}  # the opener is kept
