"""The summary part of a report as plain data, shared by the Markdown and HTML renderers.

Renderers take either a :class:`Report` or its JSON (``Report.to_dict()``, or a stored
record holding it under ``"report"``), so a report renders the same fresh or loaded back.
Sources are numbered in the order the summary first cites them; articles it never cites
follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from newsfuse.model import NO_STANDALONE_SENTENCE, Report
from newsfuse.text.lexicon import in_english
from newsfuse.text.words import count_words


@dataclass(frozen=True)
class SourceRef:
    number: int
    article: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None

    @property
    def web_url(self) -> str | None:
        """The url when it may be a link (`is_web_url`), else None: shown as text."""
        return self.url if is_web_url(self.url) else None


# Characters that make Markdown of untrusted text: HTML (an <img onerror=...> in a
# scraped sentence runs in a viewer that allows HTML), links ([x](javascript:...) in an
# outlet's name), code, emphasis, strike-through, tables; and, at a line's start, a
# heading, quote or list marker.
_MD_INLINE = re.compile(r"([\\`*\[\]<>|~]|(?<![^\W_])_|_(?![^\W_]))")  # "_" inside a word is no emphasis
_MD_LINE_MARK = re.compile(r"^(\s*)([#>]|[-+](?=\s))", re.M)
_MD_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s)", re.M)


# A line break inside one item (a title "Budget passes\n---", an outlet "Daily\n\nNews")
# would end its list entry, or make a rule or a heading of what follows.
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_SPACE_RUN = re.compile(r"\s+")  # a run holding a break becomes one space (one scan: no backtracking)


def _one_line(text: str) -> str:
    if not _LINE_BREAK.search(text):
        return text
    return _SPACE_RUN.sub(lambda m: " " if _LINE_BREAK.search(m.group()) else m.group(), text)


def md(text: object) -> str:
    """``text`` (article text, a name, a title) as itself in Markdown, not as markup, on
    one line."""
    out = _MD_INLINE.sub(r"\\\1", _one_line(str(text)))
    out = _MD_LINE_MARK.sub(r"\1\\\2", out)
    return _MD_LINE_NUMBER.sub(r"\1\\\2", out)


def md_code(text: object) -> str:
    """``text`` (an id, a url that is no link) as inline code: no backtick and no line
    break, either of which would end the code span and let what follows be markup."""
    return "`" + " ".join(str(text).replace("`", "").split()) + "`"


def is_web_url(url: str | None) -> bool:
    """Only http(s) links are made clickable: a scraped ``javascript:`` URL stays text."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class CitedSentence:
    text: str
    refs: tuple[int, ...]  # source numbers, the first one the words come from
    spans: tuple[tuple[int, int, int, str], ...]  # (source number, start, end, cited text or "")
    # The sentence after the one before it in the summary, in the same article (its
    # words come from the next body sentence): shown in the same paragraph, so that "They
    # are all British nationals." or a quotation's second half reads on from what it
    # continues.
    continues: bool = False
    # The day the report its words come from was published: the lead's, and another's
    # where the day changes (`reported_days`); None otherwise.
    reported: str | None = None


@dataclass(frozen=True)
class SummaryView:
    headline: str | None
    sentences: tuple[CitedSentence, ...]
    sources: tuple[SourceRef, ...]
    words: int
    facts: tuple[dict[str, Any], ...]
    # Why there is no summary (the report's ``meta["no_summary"]``), when there is none.
    empty_reason: str | None = None


def as_dict(report: Report | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(report, Report):
        return report.to_dict()
    data = dict(report)
    return dict(data["report"]) if isinstance(data.get("report"), Mapping) else data


def summary_view(report: Report | Mapping[str, Any]) -> SummaryView:
    data = as_dict(report)
    texts = {a.id: a.text for a in report.articles} if isinstance(report, Report) else {}
    articles = {a["id"]: a for a in data.get("articles", [])}
    order: list[str] = []
    for s in data.get("summary", []):
        for c in s["citations"]:
            if c["article"] not in order:
                order.append(c["article"])
    order += [a for a in articles if a not in order]
    number = {a: i + 1 for i, a in enumerate(order)}
    sentences = []
    before = None  # the previous summary sentence's first citation
    summary = data.get("summary", [])
    days = summary_days(summary, data.get("articles", []))
    for s, day in zip(summary, days):
        refs = tuple(number[c["article"]] for c in s["citations"])
        spans = tuple(
            (number[c["article"]], c["start"], c["end"], texts.get(c["article"], "")[c["start"] : c["end"]])
            for c in s["citations"]
        )
        first = s["citations"][0] if s["citations"] else None
        sentences.append(CitedSentence(s["text"], refs, spans, _reads_on(before, first), day))
        before = first
    sources = tuple(
        SourceRef(
            number[a], a, articles.get(a, {}).get("outlet"), articles.get(a, {}).get("title"),
            articles.get(a, {}).get("published"), articles.get(a, {}).get("url"),
        )
        for a in order
    )
    words = sum(count_words(s.text) for s in sentences)
    facts = tuple(f for f in data.get("facts", []) if f.get("support", 1) > 1)
    empty = None
    if not sentences:
        empty = (data.get("meta") or {}).get("no_summary") or NO_STANDALONE_SENTENCE
    return SummaryView(data.get("headline"), tuple(sentences), sources, words, facts, empty)


def summary_days(summary: Sequence[Mapping[str, Any]], articles: Sequence[Any]) -> list[str | None]:
    """`reported_days` for a report's JSON: its summary sentences and its articles."""
    firsts = [next(iter(s.get("citations") or ()), {}).get("article") for s in summary]
    published = {a["id"]: a.get("published") for a in articles if isinstance(a, Mapping) and "id" in a}
    return reported_days(firsts, published)


def reported_days(first_articles: Sequence[str | None], published: Mapping[str, Any]) -> list[str | None]:
    """For each summary sentence (by the article its words come from), the day that
    article was published ("YYYY-MM-DD") where a reader needs it: the first sentence's,
    then each one where the day changes from the last day given; None elsewhere (the day
    of the sentence before, or an undated report), and for all of them when the first
    sentence's report is undated.

    A report speaks as of its own day ("today", "this morning", "23 months ago"), and a
    story told over several days mixes such reports: "has killed 32 people" a week
    before the lead's 74 deaths, "Tomorrow is a rest day" beside another day's "Tomorrow's
    stage ...", a preview's "the talks will focus on ...", a lead's-day sentence placed
    after a later report. The words cannot change (they are the source's), so the
    renderers say when each was reported."""
    def day(article: str | None) -> str | None:
        value = published.get(article) if article is not None else None
        return str(value)[:10] if value else None

    days = [day(a) for a in first_articles]
    if not days or days[0] is None:
        return [None] * len(days)
    out: list[str | None] = []
    current = None
    for d in days:
        out.append(d if d is not None and d != current else None)
        current = d or current
    return out


REPORTED_NOTE = ("“reported” gives the day of the report a sentence's words come from, "
                 "for the first sentence and wherever the day changes")


def passages(sentences: Sequence[CitedSentence]) -> list[list[CitedSentence]]:
    """The summary's sentences in paragraphs: one each, but a sentence that continues the
    one before it in its article (`CitedSentence.continues`) joins that one's."""
    out: list[list[CitedSentence]] = []
    for s in sentences:
        if s.continues and out:
            out[-1].append(s)
        else:
            out.append([s])
    return out


# How far apart two sentences of an article may be cited and still be next to each other:
# the space or line breaks between them; a quotation's opening mark cited with the second
# may stand at the end of the first's span.
_NEXT_TO = range(-2, 4)


def _reads_on(before: Mapping[str, Any] | None, citation: Mapping[str, Any] | None) -> bool:
    """Whether a summary sentence's words come from the sentence right after those of the
    summary sentence before it (same article, spans next to each other): the JSON alone
    tells, so a report renders the same fresh or loaded back."""
    return bool(before and citation and before["article"] == citation["article"]
                and citation["start"] - before["end"] in _NEXT_TO)


def unread_note(articles: Sequence[Any]) -> str | None:
    """Names, quotes, figures and dates come from an English pipeline: say how many
    articles (Article objects or their JSON) it did not read, so that an empty section is
    not taken for "none reported". None when it read them all."""
    languages = [a.get("language") if isinstance(a, Mapping) else a.language for a in articles]
    unread = sum(not in_english(lang) for lang in languages)
    if not unread:
        return None
    return (f"Names, quotes, figures and dates are read in English articles only: {unread} of "
            f"{len(languages)} articles are in another language.")


def has_comparison(report: Report) -> bool:
    """Whether the report carries the cross-source comparison (a summary-only one has no
    facts either; a story in a language the pipeline does not read has facts only)."""
    return any((report.facts, report.figures, report.conflicts, report.quotes, report.entities, report.timeline))
