"""Word counts for budgets: whitespace tokens, except in scripts written without spaces."""

from __future__ import annotations

from newsfuse.story.tokens import words
from newsfuse.text.words import count_words


def test_spaced_text_counts_its_whitespace_tokens():
    assert count_words("The river rose four metres overnight.") == 6
    assert count_words("Le président a déclaré mercredi") == 5
    assert count_words("قال الرئيس يوم الاثنين") == 4


def test_chinese_and_japanese_count_by_characters():
    assert count_words("普京周一抵达明斯克。") == 6  # 9 characters / 1.5
    assert count_words("プーチン大統領は月曜日にミンスクに到着した。") == 14
    assert count_words("G20峰会") == 3  # "G20" and two characters


def test_the_count_is_never_below_the_whitespace_count():
    for text in ["普京 抵达 明斯克", "a 普 b", "“普京”", "ผู้นำรัสเซีย เดินทางถึง", "x"]:
        assert count_words(text) >= len(text.split())


def test_words_of_chinese_are_character_pairs():
    assert words("G20峰会在北京") == ["g20", "峰会", "会在", "在北", "北京"]
    assert words("The river rose.") == ["the", "river", "rose"]


def test_words_keep_their_combining_marks():
    # Devanagari vowel signs are combining marks: re's \w alone cut "संख्या" into "स", "ख", "य"
    assert words("संख्या वृद्धि करने के लिए") == ["संख्या", "वृद्धि", "करने", "के", "लिए"]
    assert words("Café “quoted” naïve, 2024") == ["café", "quoted", "naïve", "2024"]


def test_each_language_has_its_function_words():
    from newsfuse.story.tokens import STOPWORDS, stopwords

    assert stopwords("en") is STOPWORDS
    assert {"de", "la", "et"} <= stopwords("fr") and {"के", "में", "है"} <= stopwords("hi")
    assert stopwords("zz") == STOPWORDS  # a language spaCy has no list for: English's
    assert stopwords("../en") == STOPWORDS  # not a language code: no path is built from it


def test_stop_words_are_read_without_importing_the_spacy_language():
    import sys

    from newsfuse.story.tokens import stopwords

    assert "να" in stopwords("el")
    assert "spacy.lang.el" not in sys.modules  # importing it would cost seconds
