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


def test_past_days_read_a_report_as_telling_what_happened():
    from newsfuse.text.days import past_days

    sunday = dt.date(1998, 11, 1)
    assert past_days("Two soldiers were stabbed to death Friday night.", sunday) == {dt.date(1998, 10, 30)}
    assert past_days("He won yesterday's stage.", dt.date(2007, 7, 24)) == {dt.date(2007, 7, 23)}
    assert past_days("Putin arrived on Monday.", MONDAY) == {MONDAY}  # the day of publication itself
    assert past_days("Putin will travel to Belarus on Monday.", FRIDAY_BEFORE) == frozenset()  # it looks ahead
    assert past_days("The vote is expected on Sunday.", MONDAY) == frozenset()
    assert past_days("Talks went on all week.", MONDAY) == frozenset()


def test_a_report_written_before_the_day_the_other_tells_of_cannot_tell_of_it():
    from newsfuse.text.days import told_before_it_happened

    stage_13 = ("Alexander Vinokourov of Kazakhstan has won stage 13 of the Tour de France.", dt.date(2007, 7, 21))
    yesterday = ("Vinokourov also won yesterday's stage.", dt.date(2007, 7, 24))
    assert told_before_it_happened(*stage_13, *yesterday)
    assert told_before_it_happened(*yesterday, *stage_13)  # either way round
    stabbing = ("The military blamed activists in the stabbing deaths Friday night of two soldiers.",
                dt.date(1998, 11, 1))
    killing = ("Military officials said a soldier was killed early Friday in Manufahi.", dt.date(1998, 11, 6))
    assert told_before_it_happened(*stabbing, *killing)
    # a preview looks ahead: it may tell of the day after it came out
    preview = ("Putin will travel to Belarus on Monday, the Kremlin said.", FRIDAY_BEFORE)
    assert not told_before_it_happened(*preview, "Putin arrived in Minsk on Monday.", MONDAY)
    # the later report's day is not after the earlier one came out: the same event may be told twice
    assert not told_before_it_happened("Putin arrived on Monday.", MONDAY, "Putin flew in on Monday.",
                                       dt.date(2022, 12, 21))
    # no day named, the same date, no date, or a year apart (a wrong date is likelier): not judged
    assert not told_before_it_happened(stage_13[0], stage_13[1], "Vinokourov won a stage.", yesterday[1])
    assert not told_before_it_happened(*stabbing, killing[0], stabbing[1])
    assert not told_before_it_happened(stabbing[0], None, *killing)
    assert not told_before_it_happened(stabbing[0], dt.date(1997, 10, 1), *killing)


def test_a_report_is_not_judged_on_a_day_it_cannot_place():
    """From the diff review: a weekday with its calendar day may be weeks back, "last
    Monday" on a Monday is the Monday before, a day apart is a time zone, and a day word
    in a name is no day."""
    from newsfuse.text.days import past_days, told_before_it_happened

    stabbed = ("A man was stabbed on Monday, Nov. 2, police said.", dt.date(1998, 11, 12))
    assert not told_before_it_happened(*stabbed, "A man was stabbed, police said.", dt.date(1998, 11, 3))
    assert past_days("He left last Monday.", MONDAY) == {dt.date(2022, 12, 12)}
    assert not told_before_it_happened("The quake hit on Monday morning.", dt.date(2020, 11, 2),
                                       "The quake hit on Monday morning local time.", dt.date(2020, 11, 1))
    assert not told_before_it_happened("USA Today reported the deal.", dt.date(2020, 11, 5),
                                       "The deal was reported.", dt.date(2020, 11, 1))
    assert not told_before_it_happened("The Bloody Sunday inquiry found the soldiers guilty.", dt.date(2010, 6, 20),
                                       "The inquiry found them guilty.", dt.date(2010, 6, 15))
    assert past_days("On Monday, he left.", MONDAY) == {MONDAY}  # a sentence's first word is no name
