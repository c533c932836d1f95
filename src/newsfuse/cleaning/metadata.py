"""Metadata found in the text itself: a ``date YYYY-MM-DD`` prefix, timestamp lines,
and the publication date as the body states it ("on Monday, Dec. 19").

Each function decides from text and spans only (no Article), so it is testable alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import dateparser

Span = tuple[int, int]

# " date 2022-12-19 Russian President ..." : a scraper's metadata prefix on line 1.
_PREFIX = re.compile(r"^\s*(?:date|published|posted)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+", re.I)

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS.update({"sept": 9})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)

# "Monday, Dec. 19", "Monday (December 19)", "on Dec 19, 2022", "December 19, 2022"
_BODY_DATE = re.compile(
    rf"\b(?:(?P<wd>{_WEEKDAY_RE})\s*[,(]?\s*)?"
    rf"(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE})\.?)"
    rf"\)?(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}}))?\b",
    re.I,
)

# Tokens a timestamp line is made of: "19.12. 17:51 | Updated 19.12. 18:18",
# "Published 3:04 PM ET, Mon December 19, 2022", "2022-12-19T17:51Z".
_STAMP_TOKEN = re.compile(
    rf"\d{{1,4}}[./-]\d{{1,2}}(?:[./-]\d{{0,4}})?\.?|\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?|\d{{1,4}}(?:st|nd|rd|th)?|"
    rf"(?:{_MONTH_RE})\.?|(?:{_WEEKDAY_RE})|(?:mon|tue|wed|thu|fri|sat|sun)\.?|"
    r"updated|published|posted|modified|last|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|cet|cest|eet|eest|e[sd]t|p[sd]t|et|"
    r"[|,·•–—\-:()/]|z\b",
    re.I,
)
_DAY_MONTH = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?")


@dataclass(frozen=True)
class DatePrefix:
    span: Span  # the metadata characters, prefix only
    date: dt.date


# "Saturday, March 26, 2005 Up to four times as many women ...", "Sobota, 26. března
# 2005 Až čtyřikrát ...": a dateline glued to the first sentence with no punctuation (a
# WikiNews article flattened to one line). At most two words (weekday, month) and a day
# number before the year, a capital after it; the phrase must read as a full date to
# dateparser (any language), which is only asked about phrases of this shape.
_GLUED_DATE = re.compile(r"^\s*((?:[^\s\d]+\s+|\d{1,2}(?:st|nd|rd|th)?[.,]?\s+){2,4}(?:19|20)\d{2})\s+(?=[^\W\d_])")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[.,]?")


def _glued_date(text: str) -> DatePrefix | None:
    match = _GLUED_DATE.match(text)
    if not match or not text[match.end()].isupper():
        return None
    phrase = match.group(1)
    tokens = phrase.split()
    words = [t for t in tokens if not any(ch.isdigit() for ch in t)]
    days = [m for m in map(_DAY.fullmatch, tokens[:-1]) if m and 1 <= int(m.group(1)) <= 31]
    if len(words) > 2 or not days:
        return None
    parsed = dateparser.parse(phrase, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if not parsed:
        return None
    return DatePrefix(span=(match.start(1), match.end(1)), date=parsed.date())


def find_date_prefix(text: str) -> DatePrefix | None:
    """The leading metadata prefix, if the text starts with one: a scraper's ``date
    YYYY-MM-DD`` or a full date glued to the first sentence."""
    match = _PREFIX.match(text)
    if not match:
        return _glued_date(text)
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    raw = match.group(0)
    start = match.start() + len(raw) - len(raw.lstrip())
    end = match.start() + len(raw.rstrip())
    return DatePrefix(span=(start, end), date=date)


def is_timestamp_line(line: str) -> bool:
    """A short line made only of dates, times and words like "Updated"."""
    if len(line) > 100 or not re.search(r"\d", line):
        return False
    rest = _STAMP_TOKEN.sub(" ", line)
    return not rest.strip()


def timestamp_date(line: str, year_hint: int | None) -> dt.date | None:
    """The first date of a timestamp line; a "19.12." without year takes ``year_hint``."""
    match = _DAY_MONTH.search(line)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year = match.group(3)
        year_num = (int(year) + (2000 if len(year) == 2 else 0)) if year else year_hint
        if year_num is None:
            return None
        try:
            return dt.date(year_num, month, day)
        except ValueError:
            return None
    parsed = dateparser.parse(line, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


# A line that is a full date and nothing else, in the article's own language: a WikiNews
# page's dateline ("Sobota, 8. ledna 2005", "السبت 8 يناير 2005", "שבת, 8 ינואר, 2005",
# "शनिवार, जनवरी 8, 2005"). English's is a timestamp line already. Only a short line with
# a year, a day number and at most three words reaches dateparser, and only in the
# language given: asked to guess the language, it took 0.7 s to refuse "Paris, 8 janvier
# 2005".
DATE_LINE_MAX_CHARS = 40
DATE_LINE_MAX_WORDS = 4  # weekday, month, and Hebrew's "יום" and "ה-"
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d\.?")
_DAY_TOKEN = re.compile(r"(?:\w{1,2}-)?\d{1,2}(?:st|nd|rd|th|er|\.)?")  # "8.", "1er", Hebrew's "ה-1"
_DATE_LINE_SEPARATORS = re.compile(r"[\s,\u200b]+")  # "शुक्रवार\u200b,मार्च २३,२००७" has no spaces


def could_be_date_line(line: str) -> bool:
    """Whether ``line`` has the shape of a date line (`date_line`): short, a year, a day
    number (in any script's digits), at most DATE_LINE_MAX_WORDS words."""
    if len(line) > DATE_LINE_MAX_CHARS:
        return False
    ascii_digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in line)
    tokens = [t for t in _DATE_LINE_SEPARATORS.split(ascii_digits) if t]
    if not 2 <= len(tokens) <= 6 or sum(not any(ch.isdigit() for ch in t) for t in tokens) > DATE_LINE_MAX_WORDS:
        return False
    return any(map(_YEAR_TOKEN.fullmatch, tokens)) and any(map(_DAY_TOKEN.fullmatch, tokens))


def date_line(line: str, language: str | None) -> dt.date | None:
    """The date a line states, when the line is a date in ``language`` and nothing else."""
    if not language or not could_be_date_line(line):
        return None
    try:
        parsed = dateparser.parse(line, settings=_DAY_SETTINGS, languages=[language])
    except ValueError:  # a language dateparser does not know
        return None
    return parsed.date() if parsed else None


def latest_year_for_weekday(month: int, day: int, weekday: int, not_after: dt.date) -> int | None:
    """The latest year, not after ``not_after``, in which month/day fell on ``weekday``."""
    for year in range(not_after.year, not_after.year - 12, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= not_after and candidate.weekday() == weekday:
            return year
    return None


def date_from_body(text: str, today: dt.date | None = None) -> tuple[dt.date, Span] | None:
    """The publication date as the opening of an article states it.

    Accepts an explicit full date ("December 19, 2022") or a weekday with month and day
    ("on Monday, Dec. 19"): the weekday pins the year (the latest one not in the future).
    A bare "Dec. 19" is ambiguous and ignored.
    """
    today = today or dt.date.today()
    for match in _BODY_DATE.finditer(text):
        month = MONTHS[(match.group("m1") or match.group("m2")).lower().rstrip(".")]
        day = int(match.group("d1") or match.group("d2"))
        if match.group("y"):
            year = int(match.group("y"))
        elif match.group("wd"):
            year = latest_year_for_weekday(month, day, WEEKDAYS[match.group("wd").lower()], today)
            if year is None:
                continue
        else:
            continue
        try:
            return dt.date(year, month, day), (match.start(), match.end())
        except ValueError:
            continue
    return None


# Longer than any way of writing a day and its time ("Wednesday, 19 December 2022,
# 17:51:03 Eastern European Standard Time (UTC+02:00)" is 73 characters).
DATE_FIELD_MAX_CHARS = 100
_DAY_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # no "relative-time": from when?
}


def parse_date_field(value: object) -> dt.date | None:
    """A metadata date field (ISO string, datetime, or free text) as a date, or None
    unless it names a day: dateparser fills what a text leaves out from today ("2022"
    was 2022-12-01, "x" and "1" this year's first of a month) and reads "yesterday" as
    the day before the run, each a made-up date that would outrank the body's own."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if len(text) > DATE_FIELD_MAX_CHARS:
        return None  # no date field: dateparser took 2.7 s on 20 KB, 17 s on 200 KB
    parsed = dateparser.parse(text, settings=_DAY_SETTINGS)
    return parsed.date() if parsed else None
