"""The seed story's report for the web tests.

The report comes from ``newsfuse.summarize`` when the library has it; until then (and
for the comparison parts it may leave empty) it is built here in the documented JSON
shape of ``Report.to_dict()``, every span cut from the seeds' own text, so the page is
exercised on real messy articles either way.
"""

from __future__ import annotations

import re
from typing import Any

from newsfuse.model import Article

STORY_ID = "seeds"
TOKEN = "test-token-123"
QUOTE = re.compile(r"[\"“]([^\"”]{20,})[\"”]")


def span(article: Article, start: int, end: int) -> dict[str, Any]:
    return {"article": article.id, "outlet": article.outlet, "start": start, "end": end}


def quoted_sentences(articles: list[Article]) -> list[tuple[Article, Any]]:
    return [(a, u) for a in articles for u in a.body_sentences if QUOTE.search(a.unit_text(u))]


def comparison_parts(articles: list[Article]) -> dict[str, Any]:
    """Facts, figures, a conflict, quote groups, entities and a timeline, each pointing
    at real sentences of the seeds (the shapes the comparison stages emit)."""
    firsts = [(a, a.body_sentences[0]) for a in articles if a.body_sentences]
    facts = [
        {"id": "f1", "text": firsts[0][0].unit_text(firsts[0][1]),
         "articles": [a.id for a, _ in firsts[:3]], "outlets": [a.label for a, _ in firsts[:3]],
         "support": 3, "spans": [span(a, u.start, u.end) for a, u in firsts[:3]]},
        {"id": "f2", "text": firsts[1][0].unit_text(firsts[1][1]),
         "articles": [firsts[1][0].id], "outlets": [firsts[1][0].label], "support": 1,
         "spans": [span(firsts[1][0], firsts[1][1].start, firsts[1][1].end)]},
    ]
    numbered = [(a, u) for a in articles for u in a.body_sentences if re.search(r"\d", a.unit_text(u))][:2]
    figures = [{**span(a, u.start, u.end), "text": a.unit_text(u)[:60], "value": float(i + 1), "low": float(i + 1),
                "high": float(i + 1), "kind": "count", "unit": "", "counts": "", "approximate": False}
               for i, (a, u) in enumerate(numbered)]
    conflicts = [{"text": "Sources disagree on a figure", "figures": figures}] if figures else []
    quoted = quoted_sentences(articles)[:3]
    quotes = [{"speaker": "Alexander Lukashenko", "variants": [
        {**span(a, u.start, u.end), "text": a.unit_text(u), "partial": i > 0} for i, (a, u) in enumerate(quoted)
    ]}]
    entities = [{"name": name, "type": "PERSON", "variants": [name.split()[-1], name],
                 "articles": [a.id for a in articles if name.split()[-1] in a.text],
                 "mentions": {a.label: a.text.count(name.split()[-1]) for a in articles if name.split()[-1] in a.text},
                 "spans": []}
                for name in ("Alexander Lukashenko", "Vladimir Putin")]
    timeline = [{"date": "2022-12-19", "text": "Putin visits Minsk", **span(firsts[0][0], firsts[0][1].start, firsts[0][1].end)}]
    return {"facts": facts, "figures": figures, "conflicts": conflicts, "quotes": quotes,
            "entities": entities, "timeline": timeline}


def seed_report(articles: list[Article]) -> dict[str, Any]:
    """newsfuse's own report of the seeds when the summarizer is there (hashing
    embedder: fast, no model), each comparison part it leaves empty filled in here."""
    try:
        from newsfuse.embed import HashingEmbedder
        from newsfuse.story.summarize import summarize
    except ImportError:
        return built_report(articles)
    data = summarize(articles, embedder=HashingEmbedder(), compare=True).to_dict()
    data.update(story=STORY_ID, headline="Putin makes rare visit to Minsk")
    for key, value in comparison_parts(articles).items():
        data[key] = data.get(key) or value
    return data


def built_report(articles: list[Article]) -> dict[str, Any]:
    """A report of the documented shape, built by hand (summary: each article's lead)."""
    from newsfuse.model import Citation, Report, SummarySentence

    summary = []
    for a in articles[:4]:
        u = a.body_sentences[0]
        other = articles[(articles.index(a) + 1) % len(articles)]
        v = other.body_sentences[0]
        cites = (Citation(a.id, a.outlet, u.start, u.end), Citation(other.id, other.outlet, v.start, v.end))
        summary.append(SummarySentence(a.unit_text(u), cites))
    data = Report(articles=tuple(articles), summary=tuple(summary), story_id=STORY_ID,
                  headline="Putin makes rare visit to Minsk").to_dict()
    data.update(comparison_parts(articles))
    return data


