import datetime as dt

import pytest

from newsfuse.cleaning import metadata


def test_date_prefix_is_metadata_with_its_span():
    text = " date 2022-12-19 Russian President Vladimir Putin visited Belarus."
    found = metadata.find_date_prefix(text)
    assert found.date == dt.date(2022, 12, 19)
    assert text[found.span[0] : found.span[1]] == "date 2022-12-19"


@pytest.mark.parametrize("text", ["Dated 2022 was a year.", "date of birth unknown", "2022-12-19 is the day"])
def test_no_prefix_in_ordinary_text(text):
    assert metadata.find_date_prefix(text) is None


def test_invalid_prefix_date_is_ignored():
    assert metadata.find_date_prefix("date 2022-13-45 text") is None


@pytest.mark.parametrize(
    "line",
    [
        "19.12. 17:51 | Updated 19.12. 18:18",
        "Published 3:04 PM ET, Mon December 19, 2022",
        "2022-12-19 17:51",
        "Updated: Dec. 19, 2022, 5:04 p.m.",
    ],
)
def test_timestamp_lines(line):
    assert metadata.is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine has an estimated population of 40 million.",
        "On Monday, 35 drones were launched.",
        "More active role?",
        "December",
    ],
)
def test_not_timestamp_lines(line):
    assert not metadata.is_timestamp_line(line)


def test_timestamp_without_year_needs_a_hint():
    assert metadata.timestamp_date("19.12. 17:51", year_hint=None) is None
    assert metadata.timestamp_date("19.12. 17:51", year_hint=2022) == dt.date(2022, 12, 19)


def test_weekday_pins_the_year_of_a_body_date():
    date, span = metadata.date_from_body(
        "Lukashenko urged closer cooperation on Monday, Dec. 19, during a visit", today=dt.date(2026, 1, 1)
    )
    # 19 December was a Monday in 2022 (and 2016): the latest not after today wins
    assert date == dt.date(2022, 12, 19)


def test_weekday_must_match_or_no_date():
    # 19 December was never a Sunday between 2015 and 2026 except 2021
    found = metadata.date_from_body("on Sunday, Dec. 19, they met", today=dt.date(2026, 1, 1))
    assert found[0] == dt.date(2021, 12, 19)


def test_bare_month_day_is_ambiguous():
    assert metadata.date_from_body("The drills run until December 27.") is None


def test_explicit_full_date():
    date, _ = metadata.date_from_body("WASHINGTON, October 17, 1998 - The senate voted")
    assert date == dt.date(1998, 10, 17)


@pytest.mark.parametrize(
    "value,expected",
    [("2022-12-19", dt.date(2022, 12, 19)), ("2022-12-19T10:00:00Z", dt.date(2022, 12, 19)),
     ("19 December 2022", dt.date(2022, 12, 19)), ("Monday, Dec. 19, 2022 10:00", dt.date(2022, 12, 19)),
     ("12/19/2022", dt.date(2022, 12, 19)), (None, None), ("", None),
     # no day named: no date (dateparser would fill the rest from today)
     ("x", None), ("1", None), ("2022", None), ("Dec 2022", None), ("Dec 19", None), ("yesterday", None)],
)
def test_parse_date_field(value, expected):
    assert metadata.parse_date_field(value) == expected


def test_a_date_field_longer_than_any_date_is_none_not_parsed():
    """dateparser's time grows with the text (17 s for 200 KB): a field over
    DATE_FIELD_MAX_CHARS is no date, however it reads."""
    padded = "Monday, Dec. 19," + " " * metadata.DATE_FIELD_MAX_CHARS + "2022"
    assert metadata.parse_date_field(padded.replace(" " * metadata.DATE_FIELD_MAX_CHARS, " ")) == dt.date(2022, 12, 19)
    assert metadata.parse_date_field(padded) is None
    assert metadata.parse_date_field("1 " * 10_000) is None


@pytest.mark.parametrize(
    ("text", "prefix", "date"),
    [
        ("Saturday, March 26, 2005 Up to four times as many women as men died.", "Saturday, March 26, 2005", dt.date(2005, 3, 26)),
        ("Sobota, 26. března 2005 Až čtyřikrát více žen než mužů zemřelo.", "Sobota, 26. března 2005", dt.date(2005, 3, 26)),
        ("Mercredi 5 janvier 2005 Le conseil municipal a voté.", "Mercredi 5 janvier 2005", dt.date(2005, 1, 5)),
    ],
)
def test_a_full_date_glued_to_the_first_sentence_is_a_prefix(text, prefix, date):
    found = metadata.find_date_prefix(text)
    assert found is not None and text[found.span[0] : found.span[1]] == prefix and found.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Countries affected by the 2004 Indian Ocean tsunami received aid.",  # words, not a date
        "On March 26, 2005, the council voted to close the plant.",  # the sentence's own date
        "March 2005 Police said the plant would close.",  # no day
        "Saturday, March 26, 2005 was the day the plant closed.",  # the sentence goes on in lower case
    ],
)
def test_a_date_that_belongs_to_the_sentence_is_no_prefix(text):
    assert metadata.find_date_prefix(text) is None


@pytest.mark.parametrize(
    ("line", "language", "date"),
    [
        ("Sobota, 8. ledna 2005", "cs", dt.date(2005, 1, 8)),
        ("Samedi 1er janvier 2005", "fr", dt.date(2005, 1, 1)),
        ("السبت 8 يناير 2005", "ar", dt.date(2005, 1, 8)),
        ("יום שבת, 7 ביולי, 2007", "he", dt.date(2007, 7, 7)),
        ("शनिवार, जनवरी 8, 2005", "hi", dt.date(2005, 1, 8)),
        ("שבת, ה-1 בינואר, 2005", "he", dt.date(2005, 1, 1)),
        ("יום חמישי, ה- 19 במאי, 2005", "he", dt.date(2005, 5, 19)),
        ("शुक्रवार\u200b,मार्च २३,२००७", "hi", dt.date(2007, 3, 23)),  # Devanagari digits, no spaces
    ],
)
def test_a_date_line_in_the_articles_language(line, language, date):
    assert metadata.date_line(line, language) == date


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Paris, 8 janvier 2005, les ministres se sont réunis", "fr"),  # a sentence that opens on a date
        ("Paris, 8 janvier 2005", "fr"),  # a place: dateparser, told the language, refuses it at once
        ("Top 10 of 2005", "en"),  # no day
        ("Sobota, 8. ledna 2005", None),  # no language to read it in
        ("Sobota, 8. ledna 2005", "xx"),  # a language dateparser does not know
    ],
)
def test_not_a_date_line(line, language):
    assert metadata.date_line(line, language) is None


def test_a_wikinews_date_line_in_arabic_dates_the_article_and_is_no_body_sentence():
    from newsfuse.pipeline import clean

    text = ("السبت 8 يناير 2005\n\nالتبرعات من المواطنين في الولايات المتحدة لمساعدة ضحايا تسونامي قد تشطب من "
            "عائداتها الضريبية. وقد وقع الرئيس القانون يوم الجمعة بعد أن أقره الكونغرس.")
    (article,) = clean([{"id": "a", "text": text}])
    assert article.published == dt.date(2005, 1, 8) and article.published_from == "metadata"
    assert not any("2005" in article.unit_text(u) for u in article.body_sentences)
