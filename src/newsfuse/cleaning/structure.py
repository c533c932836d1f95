"""What each kept paragraph is: title, standfirst, section heading, credit line or body.

Rules read the shape of a paragraph and its neighbours, never a list of known titles.
The constants are deliberately loose round numbers from newswire conventions (titles
rarely pass 25 words, headings 10) and were checked on the seeds, DUC and Multi-News
texts, not fitted to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from newsfuse.text.sentences import split_sentences

Span = tuple[int, int]

TITLE_MAX_WORDS = 25
STANDFIRST_MAX_WORDS = 45
HEADING_MAX_WORDS = 10
CREDIT_MAX_WORDS = 20

_CREDIT = re.compile(
    r"""^[(\[]?\s*(?:
        with\s+(?:additional\s+)?(?:inputs?|reporting|contributions?)\s+(?:from|by)\b.*
      | (?:additional\s+)?reporting\s+by\b.*
      | (?:writing|editing|edited|compiled|translated|written|produced)\s+by\b.*
      | sources?\s*:\s*\S.*
      | (?:photo|image|picture)s?\s*(?:credit)?\s*:\s*\S.*
      | copyright\b.* | ©.* | \(c\)\s.*
      | (?:[A-Z][\w.&-]*\s+){1,4}(?:news\s+)?agenc(?:y|ies)  # \s+: a long word cannot be cut four ways
    )\s*[)\]]?\.?$""",
    re.I | re.X,
)
# "- 'Open for dialogue' -", "## Background", "*** More ***"
_MARKED_HEADING = re.compile(r"^(?:[-–—*#=]+\s*\S.{0,80}?\s*[-–—*#=]*|#{1,6}\s+\S.*)$")
_ENDS_SENTENCE = re.compile(r"[.,;:…\"”’']\s*$")
# A wire story's first paragraph opens on its dateline: a shouted place, maybe a region
# or a date after a comma and an agency in parentheses, then a dash ("WASHINGTON _",
# "TRIPOLI, Libya _", "BEIJING, Oct. 5 (Xinhua) --", "MINSK (AP) —"). Such a paragraph
# that ends on a full stop is the story's lede, never its title; a title may open on a
# shouted word and a dash ("NATO – Russia talks stall", "BREXIT – What happens now?") but
# does not end on a full stop.
_DATELINE_LEDE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3})?"
    r"\s*(?:\([A-Za-z. ]{1,20}\)\s*)?(?:_|--?|—|–)\s.*\.[\"”’']?\s*$",
    re.S,
)


@dataclass(frozen=True)
class Paragraph:
    span: Span
    after_metadata: bool = False  # a metadata line separates it from the paragraph before


def words(text: str) -> int:
    return len(text.split())


def is_credit(line: str) -> bool:
    return words(line) <= CREDIT_MAX_WORDS and bool(_CREDIT.match(line.strip()))


def is_heading(line: str) -> bool:
    line = line.strip()
    if _MARKED_HEADING.match(line) and words(line) <= HEADING_MAX_WORDS + 2:
        return True
    if words(line) > HEADING_MAX_WORDS or _ENDS_SENTENCE.search(line):
        return False
    first = line[:1]
    return first.isupper() or first.isdigit() or first in "'‘\"“"


def _single_sentence(text: str, span: Span) -> bool:
    return len(split_sentences(text, *span)) == 1


def fragments(text: str, paragraphs: Sequence[Paragraph]) -> list[bool]:
    """Which paragraphs are pieces of one line cut apart by inline boilerplate removal:
    they share a line with a neighbour, so they are running text, never a title,
    standfirst or heading on their own."""
    joined = [False] + [
        "\n" not in text[a.span[1] : b.span[0]] for a, b in zip(paragraphs, paragraphs[1:])
    ]
    return [joined[i] or (i + 1 < len(joined) and joined[i + 1]) for i in range(len(paragraphs))]


def classify(text: str, paragraphs: Sequence[Paragraph], title: str | None = None) -> list[str]:
    """One kind per paragraph, in order: title, standfirst, heading, credit or body."""
    kinds = ["body"] * len(paragraphs)
    lines = [text[s:e] for s, e in (p.span for p in paragraphs)]
    for i, line in enumerate(lines):
        if is_credit(line):
            kinds[i] = "credit"
    running = fragments(text, paragraphs)

    first = next((i for i, k in enumerate(kinds) if k == "body"), None)
    title_index = None
    if first is not None:
        line = lines[first]
        same_as_meta = title is not None and _norm(line) == _norm(title)
        looks_like_title = (
            title is None
            and not running[first]
            and len(paragraphs) - first >= 3
            and words(line) <= TITLE_MAX_WORDS
            and _single_sentence(text, paragraphs[first].span)
            and not line.lstrip().startswith(("\"", "“", "'", "‘", "-", "–", "—"))
            and not line.rstrip().endswith(":")  # it introduces what follows ("The Times said in an editorial:")
            and not _DATELINE_LEDE.match(line.strip())
        )
        if same_as_meta or looks_like_title:
            kinds[first] = "title"
            title_index = first

    if title_index is not None and title_index + 1 < len(paragraphs):
        nxt = title_index + 1
        p = paragraphs[nxt]
        if (
            kinds[nxt] == "body"
            and not running[nxt]
            and not p.after_metadata
            and nxt + 1 < len(paragraphs)
            and words(lines[nxt]) <= STANDFIRST_MAX_WORDS
            and _single_sentence(text, p.span)
            and not lines[nxt].lstrip().startswith(("\"", "“"))
        ):
            kinds[nxt] = "standfirst"

    for i, line in enumerate(lines):
        if kinds[i] != "body" or running[i] or i == 0 or i + 1 >= len(lines):
            continue
        if is_heading(line) and kinds[i + 1] == "body" and words(lines[i + 1]) > words(line):
            kinds[i] = "heading"
    return kinds


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
