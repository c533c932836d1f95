"""Ordering: the fact the articles put first leads; the rest by date, then position."""

from __future__ import annotations

import datetime as dt

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate
from newsfuse.story.order import order
from newsfuse.story.references import names_in_full_and_alone
from newsfuse.story.tokens import stopwords


def test_lead_then_chronology():
    articles = [Article(id="a", text="", published=dt.date(2020, 1, 2)),
                Article(id="b", text="", published=dt.date(2020, 1, 1))]
    late_background = [Candidate(0, 0, 0, 1, 9, 10)]
    lead = [Candidate(1, 0, 0, 1, 0, 10), Candidate(2, 1, 0, 1, 0, 10)]
    early = [Candidate(3, 1, 0, 1, 4, 10)]
    assert order([late_background, lead, early], articles) == [1, 2, 0]


def test_a_continuation_comes_right_after_its_predecessor_and_never_leads():
    articles = [Article(id="a", text="", published=dt.date(2020, 1, 1)),
                Article(id="b", text="", published=dt.date(2020, 1, 3))]
    background = [Candidate(0, 0, 0, 1, 6, 10)]
    predecessor = [Candidate(1, 1, 0, 1, 3, 10)]  # a late article: sorted last on its own
    # the continuation's fact is what every article puts first: it would lead on its own
    continuation = [Candidate(2, 1, 0, 1, 4, 10), Candidate(3, 0, 0, 1, 0, 10)]
    early = [Candidate(4, 0, 0, 1, 2, 10)]
    chosen = [background, continuation, predecessor, early]
    assert order(chosen, articles) == [1, 3, 0, 2]  # alone, the continuation's fact leads
    reading = order(chosen, articles, follows=[None, 2, None, None])
    assert reading[0] != 1
    assert reading.index(1) == reading.index(2) + 1
    assert reading == [3, 0, 2, 1]


def test_chains_and_pairs_read_as_one_block():
    articles = [Article(id="a", text="")]
    chosen = [[Candidate(i, 0, 0, 1, p, 10)] for i, p in enumerate([0, 1, 2, 7])]
    assert order(chosen, articles, follows=[None, 0, 1, None]) == [0, 1, 2, 3]
    assert order(chosen, articles, follows=[None, None, 3, None]) == [0, 1, 3, 2]


def test_an_articles_opening_sentence_leads_over_one_several_articles_tell_later():
    """A fact several articles tell in their second or third sentence outvotes one article's
    first on leadness alone, but a news summary leads with what an article leads with."""
    articles = [Article(id=k, text="", published=dt.date(2020, 1, 1)) for k in "abc"]
    told_later = [Candidate(0, 0, 0, 1, 1, 10), Candidate(1, 1, 0, 1, 1, 10), Candidate(2, 2, 0, 1, 2, 10)]
    opening = [Candidate(3, 2, 0, 1, 0, 10)]
    assert order([told_later, opening], articles)[0] == 1


def test_a_sentence_that_takes_its_noun_as_known_never_leads_and_follows_one_naming_it():
    """"The company said ..." (`after`: the chosen sentences naming the company) is read
    after one that names it, and never first, even when it opens an article."""
    articles = [Article(id="a", text="", published=dt.date(2020, 1, 1))]
    the_company = [Candidate(0, 0, 0, 1, 0, 10)]  # the article's opening sentence: it would lead
    background = [Candidate(1, 0, 0, 1, 2, 10)]
    naming = [Candidate(2, 0, 0, 1, 5, 10)]  # names the company, late in the article
    chosen = [the_company, background, naming]
    assert order(chosen, articles) == [0, 1, 2]
    assert order(chosen, articles, after=[frozenset({2}), None, None]) == [1, 2, 0]
    # nothing names it: it only gives up the lead
    assert order(chosen, articles, after=[frozenset(), None, None]) == [1, 0, 2]
    # a continuation moves with the sentence it follows
    assert order(chosen, articles, follows=[None, 0, None], after=[frozenset({2}), None, None]) == [2, 0, 1]


def test_sentences_that_only_name_each_others_noun_stay_in_place():
    """Two "The quake ..." sentences do not introduce the quake to each other (`summarize`
    leaves them out of each other's `after`), so neither chases the other."""
    articles = [Article(id="a", text="")]
    chosen = [[Candidate(i, 0, 0, 1, p, 10)] for i, p in enumerate([0, 1, 2])]
    assert order(chosen, articles, after=[None, frozenset(), frozenset()]) == [0, 1, 2]


def test_a_lead_names_someone_something_or_a_time():
    """A feature's first line ("Things could have been worse.") opens an article but says
    no who, what, where or when: a sentence that names something leads instead."""
    text = "Things could have been worse. As Hurricane Georges hit each island, the casualties mounted."
    articles = [Article(id="a", text=text, published=dt.date(2020, 1, 1))]
    feature = [Candidate(0, 0, 0, 29, 0, 2)]
    naming = [Candidate(1, 0, 30, len(text), 1, 2)]
    assert order([feature, naming], articles) == [1, 0]
    # in lower-cased text a capital tells nothing: the opening sentence leads
    low = [Article(id="a", text=text.lower(), published=dt.date(2020, 1, 1))]
    assert order([feature, naming], low) == [0, 1]


def test_a_name_used_alone_follows_the_sentence_giving_it_in_full_but_may_lead():
    """"Kempthorne said ..." (`named`: the chosen sentences that say "Dirk Kempthorne") is
    read after one that gives the name in full; the lead stays where it is: an article's
    lead says the name as the article does."""
    articles = [Article(id="a", text="", published=dt.date(2020, 1, 1))]
    chosen = [[Candidate(i, 0, 0, 1, p, 10)] for i, p in enumerate([0, 1, 2])]
    assert order(chosen, articles) == [0, 1, 2]
    assert order(chosen, articles, named=[None, frozenset({2}), None]) == [0, 2, 1]
    assert order(chosen, articles, named=[frozenset({2}), None, None]) == [0, 1, 2]  # the lead
    # a sentence that takes its noun as known keeps that hold first
    assert order(chosen, articles, after=[None, frozenset({0}), None], named=[None, frozenset({2}), None]) == [0, 1, 2]


def test_names_given_in_full_and_used_alone():
    stop = stopwords("en")
    assert names_in_full_and_alone("Interior Secretary Dirk Kempthorne told reporters.".split(), stop) == (
        frozenset({"Kempthorne"}), frozenset())
    assert names_in_full_and_alone("Kempthorne, 63, said the rule strengthens it.".split(), stop) == (
        frozenset(), frozenset({"Kempthorne"}))
    # a function word opening the sentence is no part of a name; a possessive is
    full, alone = names_in_full_and_alone("The Saints placed Pierre Thomas's backup on reserve.".split(), stop)
    assert full == {"Thomas"} and alone == {"Saints"}
    assert names_in_full_and_alone('PETER Capaldi is the new Doctor.'.split(), stop)[0] == {"Capaldi"}
    # a suffix after the surname: "Comeaux" is given in full (ECB+: "Comeaux, 49, ..." came first)
    assert names_in_full_and_alone("Arcade Joseph Comeaux Jr., 49, ran away.".split(), stop) == (
        frozenset({"Comeaux"}), frozenset())
    assert names_in_full_and_alone("Pope John Paul II said.".split(), stop)[0] == {"Paul"}
    # an apostrophe after the first letter: "O'Brien's staff" uses the name alone
    assert names_in_full_and_alone("No decision was reached on O'Brien's staff.".split(), stop) == (
        frozenset(), frozenset({"O'Brien"}))
    assert names_in_full_and_alone("He replaced Jim O'Brien as coach.".split(), stop)[0] == {"O'Brien"}
