"""Deletion-only wording: what may be trimmed, and what cannot stand alone."""

from __future__ import annotations

import pytest

from newsfuse.model import Article, Unit
from newsfuse.story.candidates import Candidate, is_lowercased
from newsfuse.story.wording import WordingOptions, is_subsequence, word


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


def test_a_dash_inside_a_sentence_is_not_a_dateline():
    w = _word("Putin said the talks – the first since 2019 – went well for both countries.")
    assert w.text.startswith("Putin said")


def test_connective_kept_when_deleting_it_leaves_a_lowercase_start():
    w = _word("But the Kremlin denied all the reports about the planned attack.")
    assert w.text.startswith("But the Kremlin")


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("He also said the talks would focus on economic cooperation between them.", "back-reference"),
        ("It was the first visit by the Russian leader to Minsk since 2019.", "back-reference"),
        ("They met at the Independence Palace in Minsk on Monday evening.", "back-reference"),
        ('"The main issues lately have been defence and security issues," he added.', "back-reference"),
        ('"Clearly, the Spanish authorities have every right to investigate these matters."', "unattributed-quote"),
        ('Everywhere we had instruments, we could see motions," Ammon continued.', "quote-fragment"),
        ("A United States Army court martial found Army Spc.", "split-at-abbreviation"),
        ("Putin lands in Minsk for talks with Lukashenko", "unterminated"),
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


def test_lowercased_articles_are_detected():
    assert is_lowercased(Article(id="x", text="police say a pet pig might have stopped home intruders."))
    assert not is_lowercased(Article(id="y", text="Police say a pet pig in Indianapolis stopped intruders."))


def test_subsequence_contract():
    assert is_subsequence("a c", "a b c")
    assert not is_subsequence("c a", "a b c")
    assert not is_subsequence("a d", "a b c")
