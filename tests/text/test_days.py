"""The days a sentence names, without a parse, and when two sentences' days differ."""

from __future__ import annotations

import datetime as dt

from newsfuse.text.days import named_days, same_days

MONDAY = dt.date(2022, 12, 19)
FRIDAY_BEFORE = dt.date(2022, 12, 16)


def test_a_weekday_is_the_last_or_the_next_such_day_and_a_calendar_day_is_written_out():
    relative, calendar = named_days("Putin will travel to Belarus on Monday.", FRIDAY_BEFORE)
    assert relative == {(12, 12), (12, 19)} and not calendar  # the tense is not read: both
    assert named_days("He arrived yesterday, after talks on Dec. 16.", MONDAY) == ({(12, 18)}, {(12, 16)})
    assert named_days("On 19 December the talks began.", None) == (frozenset(), {(12, 19)})
    assert named_days("Putin arrived on Monday.", None) == (frozenset(), frozenset())  # no date to read it on
    assert named_days("Prices rose in March; 40 percent of firms ...", MONDAY) == (frozenset(), frozenset())
    assert named_days("The top 5 may change; they march 5 miles.", MONDAY) == (frozenset(), frozenset())
    assert named_days("Elections on 5 May and March 3.", MONDAY)[1] == {(5, 5), (3, 3)}


def test_sentences_that_name_only_different_days_do_not_agree():
    october, july = dt.date(2010, 10, 22), dt.date(2010, 7, 15)
    aftershock = named_days("An aftershock of the February 27 earthquake hit Chile on Wednesday night.", october)
    another = named_days("Another aftershock of the February 27 quake rocked Chile earlier on Wednesday.", july)
    assert not same_days(aftershock, another)  # the shared February 27 is background
    preview = named_days("Putin will travel to Belarus on Monday.", FRIDAY_BEFORE)
    assert same_days(named_days("Putin arrived in Minsk on Monday.", MONDAY), preview)
    assert same_days(named_days("Putin arrived in Minsk on Dec. 19.", dt.date(2022, 12, 20)), preview)
    assert not same_days(named_days("The turnout was huge in Friday's elections.", dt.date(1998, 10, 23)),
                         named_days("Conservatives won, results showed Sunday.", dt.date(1998, 10, 25)))
    assert same_days(named_days("Putin arrived in Minsk.", MONDAY), preview)  # one names no day: no conflict
