import datetime as dt

import pytest

from newsfuse.text.dates import find_dates, resolve, split_range

MONDAY = dt.date(2022, 12, 19)
FRIDAY = dt.date(2022, 12, 16)


@pytest.mark.parametrize(
    "text, base, future, expected",
    [
        ("Monday", MONDAY, False, "2022-12-19"),  # dateparser's 'past' gives 12-12 here
        ("Monday", FRIDAY, True, "2022-12-19"),
        ("Friday", FRIDAY, False, "2022-12-16"),
        ("Sunday", MONDAY, False, "2022-12-18"),
        ("December 27", MONDAY, True, "2022-12-27"),  # dateparser alone gives 2021
        ("December 27", MONDAY, False, "2022-12-27"),  # within a month ahead
        ("February 24", MONDAY, False, "2022-02-24"),
        ("Dec. 19", MONDAY, False, "2022-12-19"),
        ("19 December 2021", MONDAY, False, "2021-12-19"),
        ("in October", MONDAY, False, "2022-10"),
        ("since 2019", MONDAY, False, "2019"),
        ("last week", MONDAY, False, "2022-12-12"),
        ("yesterday", MONDAY, False, "2022-12-18"),
        ("February 29", dt.date(2023, 3, 10), False, "2020-02-29"),  # the last leap day, never a crash
        ("February 29", dt.date(2023, 3, 10), True, "2024-02-29"),
    ],
)
def test_resolve(text, base, future, expected):
    assert resolve(text, base, future).label() == expected


@pytest.mark.parametrize("text", ["three and a half years", "recent weeks", "the 10 months", "a few days ago"])
def test_durations_and_vague_expressions_are_not_dates(text):
    assert resolve(text, MONDAY) is None


def test_split_range_only_splits_two_dates():
    text = "Wednesday to December 27"
    assert [text[s:e] for s, e in split_range(text)] == ["Wednesday", "December 27"]
    assert split_range("three and a half years") == [(0, 22)]
    assert split_range("mid-October") == [(0, 11)]


def test_future_clause_is_detected(docs_of):
    docs = docs_of(
        "Russian President Vladimir Putin will travel to Belarus on Monday, the Kremlin announced on Friday.",
        published=None,
    )
    tense = {m.text: m.future for m in find_dates(docs)}
    assert tense == {"Monday": True, "Friday": False}
