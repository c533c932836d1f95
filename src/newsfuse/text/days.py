"""The days a sentence names, read without a parse: weekdays, "yesterday", "today",
"tomorrow" and calendar days ("Dec. 19", "19 December"), resolved against the article's
publication date. What `dates` resolves with spaCy's help for the timeline, in the small
form a citation check needs: two sentences that name only different days do not report
the same event.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # fmt: skip
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # a regex alternation, longest first
_DAY_PATTERN = (
    rf"\b(?:(?P<weekday>{'|'.join(WEEKDAYS)})\b|(?P<relative>{'|'.join(RELATIVE_DAYS)})\b"
    rf"|(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_after>{MONTH_NAMES})\b)"
)
# Matched on the lower-cased text where it is ASCII (same offsets; a case-blind regex
# is twice as slow), case-blind on the text itself otherwise.
_DAY_LOWER = re.compile(_DAY_PATTERN)
_DAY_ANY_CASE = re.compile(_DAY_PATTERN, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ALSO_WORDS = frozenset({"may", "march"})  # month names that are also verbs: a month only capitalised
Day = tuple[int, int]  # (month, day): the year is left out, a sentence rarely names it


def weekday_on_or_before(base: dt.date, weekday: int) -> dt.date:
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def weekday_on_or_after(base: dt.date, weekday: int) -> dt.date:
    return base + dt.timedelta(days=(weekday - base.weekday()) % 7)


def named_days(text: str, published: dt.date | None) -> tuple[frozenset[Day], frozenset[Day]]:
    """The days ``text`` names: those it names relative to its publication date (a
    weekday, either the last one or the next, since the tense is not read; "yesterday"),
    and the calendar days it writes out. Relative names need ``published``."""
    relative: set[Day] = set()
    calendar: set[Day] = set()
    lowered = text.lower()
    if "day" not in lowered and "tomorrow" not in lowered and "tonight" not in lowered and not _DIGIT.search(text):
        return frozenset(), frozenset()  # no weekday, no relative day, no number: most sentences
    ascii_text = text.isascii()
    for m in (_DAY_LOWER.finditer(lowered) if ascii_text else _DAY_ANY_CASE.finditer(text)):
        if m["weekday"] or m["relative"]:
            if published is None:
                continue
            if m["weekday"]:
                weekday = WEEKDAYS.index(m["weekday"].lower())
                days = (weekday_on_or_before(published, weekday), weekday_on_or_after(published, weekday))
            else:
                days = (published + dt.timedelta(days=RELATIVE_DAYS[m["relative"].lower()]),)
            relative.update((d.month, d.day) for d in days)
        else:
            month, day = m["month"] or m["month_after"], int(m["day"] or m["day_first"])
            first = text[m.start("month") if m["month"] else m.start("month_after")]  # its case, in the text itself
            if month.lower() in _ALSO_WORDS and not first.isupper():
                continue  # "the top 5 may change", "they march 5 miles"
            if 1 <= day <= 31:
                calendar.add((MONTHS[month.lower()], day))
    return frozenset(relative), frozenset(calendar)


# Words that let a sentence look ahead of its own date ("will travel on Monday", "is
# expected to", "plans to", "next week", "ahead of"): where one is present, a weekday may
# be the next one, and a report may tell of a day after its publication.
LOOKS_AHEAD = re.compile(
    r"\b(?:will|won't|shall|would|expected|expects|plans?|planned|planning|scheduled|set to|due to|upcoming|next"
    r"|tomorrow|tonight|later|to be held|is to|are to|ahead of)\b|['’]ll\b",
    re.IGNORECASE,
)


_LAST = re.compile(r"\blast\s+$", re.IGNORECASE)


def _in_a_name(text: str, start: int) -> bool:
    """Whether the day word at ``start`` ends a name ("The Bloody Sunday inquiry", "USA
    Today reported"): a capitalised word before it inside the sentence, or an acronym."""
    head = text[:start]
    if not head[-1:].isspace() or not head.strip():
        return False  # no word before it, or glued to one
    stripped = head.rstrip()
    last = stripped.rsplit(None, 1)[-1]
    word = last.strip("\"“‘'(")
    inside = len(stripped) > len(last)  # not the sentence's first word
    return (word[:1].isupper() and inside) or (len(word) > 1 and word.isalpha() and word.isupper())


def past_days(text: str, published: dt.date) -> frozenset[dt.date]:
    """The days ``text`` names relative to its publication, each weekday read as the last
    one (a report tells what happened; "last Monday" the one before that on a Monday),
    "yesterday" and "today" as themselves; nothing for a text that looks ahead
    (`LOOKS_AHEAD`) or writes a calendar day out ("on Monday, Nov. 2" may be weeks back)."""
    if LOOKS_AHEAD.search(text):
        return frozenset()
    lowered = text.lower()
    if "day" not in lowered:  # every weekday, "yesterday" and "today" hold it ("tonight" looks ahead)
        return frozenset()
    if named_days(text, None)[1]:
        return frozenset()
    days: set[dt.date] = set()
    for m in (_DAY_LOWER.finditer(lowered) if text.isascii() else _DAY_ANY_CASE.finditer(text)):
        if not (m["weekday"] or m["relative"]) or _in_a_name(text, m.start()):
            continue
        if m["weekday"]:
            base = published - dt.timedelta(days=1) if _LAST.search(lowered, 0, m.start()) else published
            days.add(weekday_on_or_before(base, WEEKDAYS.index(m["weekday"].lower())))
        else:
            days.add(published + dt.timedelta(days=RELATIVE_DAYS[m["relative"].lower()]))
    return frozenset(days)


SAME_DAY_SLACK = 1  # a report dated a day early or late: time zones, a story filed after midnight


def told_before_it_happened(
    a: str, a_published: dt.date | None, b: str, b_published: dt.date | None, max_days_apart: int = 366
) -> bool:
    """Whether the earlier-published of two reports came out before every day the later
    one names for its event (by more than SAME_DAY_SLACK), and does not look ahead: it
    cannot tell of that event ("has won stage 13", July 21, and "also won yesterday's
    stage", July 24, are two stages). Reports more than ``max_days_apart`` apart are not
    judged (a wrong date on one of them is likelier than a report a year late)."""
    if a_published is None or b_published is None or a_published == b_published:
        return False
    if abs((a_published - b_published).days) > max_days_apart:
        return False
    (earlier, earlier_date), (later, later_date) = sorted(((a, a_published), (b, b_published)), key=lambda x: x[1])
    if LOOKS_AHEAD.search(earlier):
        return False
    days = past_days(later, later_date)
    return bool(days) and all((day - earlier_date).days > SAME_DAY_SLACK for day in days)


def same_days(a: tuple[frozenset[Day], frozenset[Day]], b: tuple[frozenset[Day], frozenset[Day]]) -> bool:
    """False when both sentences name days and none is the same. The days named relative
    to publication ("hit Chile on Wednesday") date the event; a calendar day is often
    background ("the February 27 earthquake"), so where both sentences name relative days,
    a shared calendar day alone does not make them agree."""
    (relative_a, calendar_a), (relative_b, calendar_b) = a, b
    if relative_a and relative_b:
        return not (relative_a.isdisjoint(relative_b) and relative_a.isdisjoint(calendar_b)
                    and relative_b.isdisjoint(calendar_a))
    every_a, every_b = relative_a | calendar_a, relative_b | calendar_b
    return not (every_a and every_b) or not every_a.isdisjoint(every_b)
