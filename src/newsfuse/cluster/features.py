"""What the clusterer reads from an article: a lead text, cheap entity keys and a date.

Input may be an :class:`~newsfuse.model.Article` or a plain dict (``id``, ``text``, and
optional ``title``, ``source``, ``date``, ``lang``) so the store and benches can pass rows.
Entities are capitalised token sequences (no model: ~100x cheaper than spaCy NER on a
lead, and good enough to tell Tara Reid's rehab from Lindsay Lohan's); lowercased
text simply yields none, and the scorer then leans on the other signals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from newsfuse.cleaning.article import plausible
from newsfuse.model import Article

# Capitalised words that start sentences or clauses without naming anything.
_NOT_NAMES = frozenset(
    """a an the this that these those he she it its they we i you his her their our my
    in on at for from by with of to as and but or if when while after before since
    there here what who why how where which mr mrs ms dr sir said says according
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    update updated breaking photo video read more click share advertisement also
    however meanwhile but so then now police officials authorities""".split()
)
_CAPITALISED_OR_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.?|\w[\w'’\-]*")
# Below this many distinct mid-sentence capitalised keys per mid-sentence word, the
# text is taken as lowercased: English news runs ~0.05-0.15, lowercased Multi-News ~0.005
# (measured on the calibration split of ../shared/data, see docs/clustering.md).
ENTITY_MIN_CASED_SHARE = 0.02
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”_—–-]\s*|\n)\s*[\"“‘'(\[]?\s*$")


@dataclass(frozen=True, slots=True)
class ClusterDoc:
    """One article as the clusterer sees it; ``lead`` is title + leading text."""

    id: str
    lead: str
    words: str  # title + a longer stretch of the body, for the lexical signal
    date: dt.date | None
    lang: str | None
    entities: tuple[str, ...]  # lowercased name tokens, in order of first mention


def _parse_date(value: Any) -> dt.date | None:
    """A publication date the clusterer can reckon with (`plausible`), else None."""
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str) and len(value) >= 10:
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value if isinstance(value, dt.date) and plausible(value) else None


def _fields(article: Article | Mapping[str, Any]) -> tuple[str, str, str | None, Any, str | None]:
    if isinstance(article, Article):
        date = article.published or article.extra.get("date")
        body = article.body or article.text
        return article.id, body, article.title, date, article.language
    title = article.get("title")
    title = None if title in (None, "None", "") else str(title)
    return str(article["id"]), str(article.get("text") or ""), title, article.get("date"), article.get("lang")


def entity_keys(text: str) -> tuple[str, ...]:
    """Lowercased tokens of capitalised names in ``text``, first mention first.

    A capitalised word at a sentence start counts only if the text also capitalises it
    mid-sentence ("Perennial party girl Tara Reid" yields tara, reid; "Lohan said"
    counts when Lohan appears elsewhere). Text with almost no mid-sentence capitals
    (lowercased feeds) yields nothing rather than noise.
    """
    mid: dict[str, None] = {}
    initial: dict[str, None] = {}
    words = 0
    for match in _CAPITALISED_OR_WORD.finditer(text):
        word = match.group()
        at_start = match.start() == 0 or bool(_SENTENCE_START.search(text[max(0, match.start() - 5) : match.start()]))
        words += not at_start
        if not word[0].isupper():
            continue
        key = word.rstrip(".").replace("’", "'").lower().removesuffix("'s")
        if len(key) < 2 or key in _NOT_NAMES:
            continue
        (initial if at_start else mid).setdefault(key, None)
    if len(mid) < ENTITY_MIN_CASED_SHARE * words:
        return ()
    first = {k: None for k in list(initial) + list(mid) if k in mid}
    return tuple(first)


def to_doc(article: Article | Mapping[str, Any], lead_chars: int, lexical_chars: int | None = None) -> ClusterDoc:
    """The clusterer's view of one article (pure). Embedding and entities read the lead
    (``lead_chars``), where who/what/where sit; words read ``lexical_chars``."""
    id_, body, title, date, lang = _fields(article)
    heading = f"{title}\n" if title and not body.lstrip().startswith(title[:40]) else ""
    lead = heading + body[:lead_chars]
    words = heading + body[: max(lexical_chars or 0, lead_chars)]
    return ClusterDoc(id=id_, lead=lead, words=words, date=_parse_date(date), lang=lang, entities=entity_keys(lead))


def to_docs(
    articles: Iterable[Article | Mapping[str, Any]], lead_chars: int, lexical_chars: int | None = None
) -> list[ClusterDoc]:
    """The clusterer's view of every article. The result names articles by id, so a
    missing or repeated id, or an item that is no article, is the caller's error: said
    with which one."""
    if isinstance(articles, (str, Mapping, Article)):
        raise TypeError(f"expected a list of articles, got one {type(articles).__name__}")
    docs = []
    for k, a in enumerate(articles):
        if not isinstance(a, (Article, Mapping)):
            raise TypeError(f"article {k}: expected an Article or a dict, got {type(a).__name__}")
        if not isinstance(a, Article) and a.get("id") in (None, ""):
            raise ValueError(f"article {k}: no 'id'")
        docs.append(to_doc(a, lead_chars, lexical_chars))
    repeated = sorted(i for i, n in Counter(d.id for d in docs).items() if n > 1)
    if repeated:
        raise ValueError(f"article ids must be unique; repeated: {', '.join(map(repr, repeated[:5]))}")
    return docs
