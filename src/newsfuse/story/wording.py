"""How a sentence may be shown in a summary: deletion-only trimming and the test of
whether it stands on its own.

Only whole whitespace tokens are ever deleted, and only at the start (a dateline such
as ``LONDON (AP) _``, a discourse connective such as ``However,``), so the words shown
are always an in-order subsequence of the cited sentence's words. A sentence that needs
the one before it (``He also said ...``, ``It was ...``, a bare quotation with no
speaker, a quote fragment) is not eligible: no deletion can repair it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate
from newsfuse.story.tokens import Span, token_spans

# Openers that refer back to something earlier in the article.
BACK_REFERENCE_OPENERS = frozenset(
    "he she it they this these those his her its their him them such there's".split()
)
# Connectives whose deletion leaves a standalone sentence ("However, X did Y").
DELETABLE_CONNECTIVES = frozenset(
    "but and however however, meanwhile, meanwhile also, also still, so, moreover, furthermore,"
    " instead, nonetheless, nevertheless, yet thus, indeed, separately, additionally, earlier,"
    " later, now, then,".split()
)
# Lines of web furniture the cleaner may have left in (Multi-News keeps real boilerplate).
JUNK_MARKERS = (
    "javascript", "cookie", "subscribe", "newsletter", "click here", "http", "www.", "@",
    "all rights reserved", "sign up", "advertisement", "getty images", "photo:", "©",
    "read more", "share this", "follow us", "enable", "browser",
)
DASHES = frozenset({"_", "-", "--", "—", "–", "---"})
QUOTES_OPEN = "\"“«'‘„"
QUOTES_ALL = "\"“”«»„"
_TERMINAL = re.compile(r"[.!\"”’')\]]$")
# A sentence ending in a title or initial ("Spc.", "Gen.", "J.") was split too early.
_ABBREVIATION_END = re.compile(
    r"^(?:Spc|Sgt|Gen|Col|Lt|Capt|Maj|Cpl|Pvt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Rev|Prof|Pres|St|Mt|Ft|No|[A-Z])\.$"
)
# A dateline sits within the first tokens: "NEW YORK (AP) _", "BEIJING, Oct. 5 (Xinhua) --".
DATELINE_MAX_TOKENS = 8


@dataclass(frozen=True)
class WordingOptions:
    min_words: int = 6  # shorter: rarely self-contained news (6 beat 8 on DUC and MultiLing)
    max_words: int = 55  # longer ones eat a 100-word budget alone
    strip_connectives: bool = True


@dataclass(frozen=True, slots=True)
class Wording:
    """A candidate sentence as it would be shown: the tokens kept and whether it may be."""

    candidate: int
    kept: tuple[Span, ...]
    text: str
    eligible: bool
    reason: str = ""

    @property
    def words(self) -> int:
        return len(self.kept)


def _bare(token: str) -> str:
    return token.strip(QUOTES_ALL + "'‘’()[],.:;!?").lower()


def dateline_length(tokens: list[str], lowercased: bool) -> int:
    """How many leading tokens form a dateline ending in a dash (0 if none)."""
    for i, tok in enumerate(tokens[:DATELINE_MAX_TOKENS]):
        if tok in DASHES:
            head = tokens[:i]
            if not head:
                return i + 1
            if lowercased:
                agency = any(t.startswith("(") or t.endswith(")") for t in head)
                return i + 1 if agency or len(head) <= 3 else 0
            letters = "".join(ch for t in head for ch in t if ch.isalpha())
            agency = any(t.startswith("(") for t in head)
            shouted = letters.isupper() if letters else True
            # "Meadow Lake, Saskatchewan –": a short capitalised place, with its comma
            place = len(head) <= 4 and head[-2:-1] != [] and any(t.endswith(",") for t in head[:-1]) and all(
                t[:1].isupper() for t in head
            )
            return i + 1 if shouted or agency or place else 0
        if tok.endswith(("_", "--", "—", "–")) and tok.rstrip("_-—–").isupper():
            return i + 1  # "LONDON--" written as one token
    return 0


def _leading_deletions(tokens: list[str], lowercased: bool, options: WordingOptions) -> int:
    drop = dateline_length(tokens, lowercased)
    if tokens[:drop] and len(tokens) > drop and tokens[drop] in DASHES:
        drop += 1
    if tokens[drop : drop + 1] == ['"'] and sum(t.count('"') for t in tokens) % 2:
        drop += 1  # a detached quote mark closing the previous sentence's quote (Multi-News)
    while options.strip_connectives and drop < len(tokens) - 1:
        if tokens[drop].lower() not in DELETABLE_CONNECTIVES:
            break
        following = tokens[drop + 1]
        if not (lowercased or following[:1].isupper() or following[:1] in QUOTES_OPEN):
            break
        drop += 1
    return drop


def _unfit(text: str, tokens: list[str], lowercased: bool, options: WordingOptions) -> str:
    """Why the kept tokens cannot stand alone as a summary sentence ('' if they can)."""
    if len(tokens) < options.min_words:
        return "short"
    if len(tokens) > options.max_words:
        return "long"
    lower = text.lower()
    if any(marker in lower for marker in JUNK_MARKERS):
        return "junk"
    if _bare(tokens[0]) in BACK_REFERENCE_OPENERS:
        return "back-reference"
    if not lowercased and not (tokens[0][:1].isupper() or tokens[0][:1] in QUOTES_OPEN or tokens[0][:1].isdigit()):
        return "fragment"
    if text.rstrip().endswith("?"):
        return "question"
    if not _TERMINAL.search(text.rstrip()):
        return "unterminated"
    if _ABBREVIATION_END.search(tokens[-1]):
        return "split-at-abbreviation"  # "... found Army Spc." + "Charles Graner ..."
    return _quote_problem(text)


def _quote_problem(text: str) -> str:
    straight = text.count('"')
    if straight % 2 or text.count("“") != text.count("”"):
        return "quote-fragment"
    if text[:1] in QUOTES_OPEN:
        closing = max(text.rfind('"'), text.rfind("”"))
        after = text[closing + 1 :].split() if closing > 0 else []
        if len(after) < 2:
            return "unattributed-quote"
        if _bare(after[0]) in BACK_REFERENCE_OPENERS:
            return "back-reference"  # '"...," he added.': the speaker is in an earlier sentence
    return ""


def word(article: Article, candidate: Candidate, lowercased: bool, options: WordingOptions) -> Wording:
    spans = token_spans(article.text, candidate.start, candidate.end)
    tokens = [article.text[s:e] for s, e in spans]
    drop = _leading_deletions(tokens, lowercased, options) if tokens else 0
    kept = tuple(spans[drop:])
    kept_tokens = tokens[drop:]
    text = " ".join(kept_tokens)
    reason = _unfit(text, kept_tokens, lowercased, options) if kept_tokens else "empty"
    return Wording(candidate.index, kept, text, not reason, reason)


def is_subsequence(shown: str, source: str) -> bool:
    """The faithfulness contract: the words of ``shown`` appear, in order, in ``source``."""
    it = iter(source.split())
    return all(any(w == s for s in it) for w in shown.split())
