"""The story summary: align → select → word → order → cite.

Extractive, deletion-only: every summary sentence is the words of one source sentence
(minus, at most, a leading dateline or connective and short parenthetical asides), and
cites every article that reports the same fact. The stages are small modules with their
own options; this module only runs them in order and records timings.
"""

from __future__ import annotations

import logging
import operator
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Mapping, Protocol, Sequence

from newsfuse.embed import Embedder, default_embedder
from newsfuse.model import NO_STANDALONE_SENTENCE, Article, Fact, Report, SummarySentence
from newsfuse.story.align import (
    AlignedFact, AlignOptions, align, clause_support, sources, to_model_facts, with_cited_pairs,
)
from newsfuse.story.candidates import Candidate, candidates, is_lowercased
from newsfuse.story.cite import cite, reporting
from newsfuse.story.inputs import as_articles
from newsfuse.story.order import OrderOptions, order
from newsfuse.story.references import names_in_full_and_alone
from newsfuse.story.select import Pick, SelectOptions, centrality, concept_weights, select
from newsfuse.story.tokens import Stemmer, bigram_concepts, content_and_concepts, content_stems, stopwords, words
from newsfuse.story.wording import Wording, WordingOptions, follows, word
from newsfuse.text.words import count_words

DEFAULT_WORDS = 120
OTHER_LANGUAGE = "other-language"  # the wording reason of a sentence in another language than the story's
log = logging.getLogger(__name__)

# callable(articles, facts) -> {Report field name: tuple}: the cross-source comparison
# (and, optionally, "agreement": how many facts all, several or one outlet report, for meta).
Comparer = Callable[[Sequence[Article], Sequence[Fact]], Mapping[str, tuple]]

# Snowball stemmers for the languages newsfuse meets; others fall back to English.
SNOWBALL = {
    "en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "ru": "russian", "fi": "finnish", "sv": "swedish",
    "el": "greek", "ar": "arabic", "hi": "hindi", "da": "danish", "no": "norwegian",
}


class Rewriter(Protocol):
    """An optional backend that rewords a chosen sentence (none ships: no abstractive
    model worth using is on PyPI). It must keep the sentence's citations honest."""

    def rewrite(self, sentence: SummarySentence, articles: Sequence[Article]) -> SummarySentence: ...


@dataclass(frozen=True)
class SummaryOptions:
    align: AlignOptions = field(default_factory=AlignOptions)
    select: SelectOptions = field(default_factory=SelectOptions)
    wording: WordingOptions = field(default_factory=WordingOptions)
    order: OrderOptions = field(default_factory=OrderOptions)
    # The sentences a story's summary draws on, at most (the earliest of every article
    # first: `candidates`). Alignment compares every pair: 2,000 sentences are four
    # 16 MB matrices; DUC 2003's largest cluster has under 500.
    max_sentences: int = 2_000


@dataclass(frozen=True)
class _Analysis:
    """Per-candidate views shared by the stages."""

    cands: list[Candidate]
    wordings: list[Wording]
    content: list[frozenset[str]]
    doc_concepts: list[frozenset]
    shown_concepts: list[frozenset]
    # candidate -> the stem of the noun its wording takes as known (`Wording.presupposes`)
    presupposed: dict[int, str] = field(default_factory=dict)
    language: str = "en"  # the story's (its articles' most common)
    # a text's content stems, as ``content`` holds them for the candidates
    content_of: Callable[[str], frozenset[str]] | None = None
    stop_words: frozenset[str] = frozenset()  # the story's language's


def _analyse(articles: Sequence[Article], options: SummaryOptions, max_words: int) -> _Analysis:
    languages = [(a.language or "en")[:2] for a in articles] or ["en"]
    language = max(languages, key=languages.count)  # ties: the first article's
    stemmer = Stemmer(SNOWBALL.get(language, "english"))
    stop_words = stopwords(language)
    cands = candidates(articles, options.max_sentences)
    lowered = [is_lowercased(a) for a in articles]
    wording = options.wording.for_budget(max_words)  # the length limit depends on the budget
    wordings = [word(articles[c.article], c, lowered[c.article], wording) for c in cands]
    foreign = _foreign_articles(articles)
    if foreign:
        wordings = [
            replace(w, eligible=False, reason=OTHER_LANGUAGE, continuable=False) if c.article in foreign else w
            for w, c in zip(wordings, cands)
        ]
    sentences = [articles[c.article].span(c.start, c.end) for c in cands]
    raws = [words(sentence) for sentence in sentences]
    # trimmed wordings: the concepts of the words shown
    shown_raws = {k: words(w.text) for k, (w, sentence) in enumerate(zip(wordings, sentences)) if w.text != sentence}
    stem = stemmer.stem_map(set().union(*raws, *shown_raws.values())).__getitem__  # each word once
    content, doc_sets, shown = [], [set() for _ in articles], []
    for k, (c, raw) in enumerate(zip(cands, raws)):
        content_set, sentence_concepts = content_and_concepts(list(map(stem, raw)), raw, stop_words)
        content.append(content_set)
        doc_sets[c.article] |= sentence_concepts
        shown_raw = shown_raws.get(k)
        if shown_raw is not None:
            sentence_concepts = bigram_concepts(list(map(stem, shown_raw)), shown_raw, stop_words)
        shown.append(sentence_concepts)
    presupposed = {k: w.presupposes for k, w in enumerate(wordings) if w.presupposes}
    if presupposed:
        stems = stemmer.stem_map(set(presupposed.values()))
        presupposed = {k: stems[noun] for k, noun in presupposed.items()}

    def content_of(text: str) -> frozenset[str]:  # (as content_and_concepts's first half)
        raw = words(text)
        return content_stems(list(map(stemmer.stem_map(raw).__getitem__, raw)), raw, stop_words)

    return _Analysis(
        cands, wordings, content, [frozenset(s) for s in doc_sets], shown, presupposed, language, content_of, stop_words
    )


# The summary speaks the story's language: an article in another (a French page filed with
# an English story) is cited where it reports a fact, never shown. The story's language is
# the one most of its body text is in, read only on articles with this much body text: a
# detector takes a brief of names for Latin or Tagalog.
LANGUAGE_MIN_BODY_CHARS = 400


def _foreign_articles(articles: Sequence[Article]) -> set[int]:
    """The articles in another language than most of the story's text (none on a tie)."""
    chars: Counter[str] = Counter()
    known: dict[int, str] = {}
    for k, a in enumerate(articles):
        size = sum(u.end - u.start for u in a.body_sentences)
        if a.language and size >= LANGUAGE_MIN_BODY_CHARS:
            known[k] = a.language.lower()[:2]
            chars[known[k]] += size
    top = chars.most_common(2)
    if len(top) < 2 or top[0][1] == top[1][1]:  # one language, or none ahead
        return set()
    return {k for k, language in known.items() if language != top[0][0]}


def summarize(
    articles: Iterable[Article | Mapping[str, Any]],
    max_words: int = DEFAULT_WORDS,
    compare: bool = True,
    *,
    embedder: Embedder | None = None,
    options: SummaryOptions | None = None,
    comparer: Comparer | None = None,
    rewriter: Rewriter | None = None,
    story_id: str | None = None,
) -> Report:
    """Summarize one story in at most ``max_words`` words, every sentence cited.

    With ``compare`` the report also carries the cross-source comparison (agreement,
    figures and conflicts, quotes, entities, timeline), from ``comparer``, by default
    :class:`newsfuse.story.compare.StoryComparer` over ``embedder``. Models load on
    first use: a run that summarizes many stories should pass one ``embedder`` and
    one ``comparer`` to every call (``meta["seconds"]["load"]``: what loading took, outside
    the total). A dict that is no article (no or blank ``text``) is
    skipped, logged and listed in ``meta["rejected"]``; the others are summarized.
    A ``max_words`` below 1 (or not a whole number) is a ValueError.
    """
    max_words = _word_budget(max_words)
    options = options or SummaryOptions()
    embedder = embedder or default_embedder()
    if compare and comparer is None:
        from newsfuse.story.compare import StoryComparer

        comparer = StoryComparer(embedder=embedder, max_sentences=options.max_sentences)
    arts, rejected = as_articles(articles)
    for rejection in rejected:
        log.warning("%sarticle skipped: %s", _story_label(story_id), rejection)
    started = time.perf_counter()
    for model in (embedder, comparer if compare else None):  # models load on first use: timed apart
        if hasattr(model, "load"):
            model.load()
    clock = time.perf_counter()
    loading = clock - started
    an = _analyse(arts, options, max_words)
    left_out = sum(len(a.body_sentences) for a in arts) - len(an.cands)
    if left_out:
        log.warning("%s%d sentences past the first %d left out of the summary", _story_label(story_id), left_out,
                    options.max_sentences)
    texts = [arts[c.article].span(c.start, c.end) for c in an.cands]
    facts, sim = align(an.cands, texts, an.content, embedder, options.align)
    t_align = time.perf_counter()

    chosen = _choose(an, facts, sim, arts, max_words, options)
    t_select = time.perf_counter()

    groups = [[an.cands[m] for m in facts[p.fact].cited(p.candidate)] for p in chosen]
    reading = order(groups, arts, options.order, follows=_follows(chosen), after=_after(an, chosen),
                    named=_named(an, chosen))
    more = _clause_support(an, chosen, groups, texts, sim, embedder, options.align)
    sentences = [cite(an.wordings[chosen[i].candidate], [*groups[i], *more[i]], arts) for i in reading]
    if rewriter is not None:
        sentences = [rewriter.rewrite(s, arts) for s in sentences]

    # the fact list is part of the comparison: a summary-only run does not build it
    model_facts = to_model_facts(
        facts, an.cands, arts, {p.fact: p.candidate for p in chosen},
        {p.fact: [c.index for c in found] for p, found in zip(chosen, more) if found},
        {k: w.text for k, w in enumerate(an.wordings) if w.eligible},
    ) if compare else []
    report = Report(
        articles=tuple(arts),
        summary=tuple(sentences),
        facts=tuple(_reported_facts(model_facts, chosen)) if compare else (),
        story_id=story_id,
        headline=_headline(arts, sentences),
        meta={
            "words": max_words,
            "summary_words": sum(count_words(s.text) for s in sentences),
            "embedder": getattr(embedder, "name", type(embedder).__name__),
            "seconds": {
                **({"load": round(loading, 4)} if loading >= 0.001 else {}),  # not part of the total
                "align": round(t_align - clock, 4), "select": round(t_select - t_align, 4),
                "total": round(time.perf_counter() - clock, 4),
            },
            **({"rejected": [r.to_dict() for r in rejected]} if rejected else {}),
            **({"sentences_left_out": left_out} if left_out else {}),
            **({"no_summary": _why_empty(arts, an.wordings, max_words)} if not sentences else {}),
        },
    )
    if compare and comparer is not None:
        t_compare = time.perf_counter()
        try:
            fields = dict(comparer(arts, model_facts))
        except Exception as exc:  # the summary stands on its own: a failed comparison never loses it
            log.warning("%scomparison failed: %s: %s", _story_label(story_id), type(exc).__name__, exc)
            return replace(report, meta={**report.meta, "comparison_error": f"{type(exc).__name__}: {exc}"})
        if "facts" in fields:  # the comparison's picks (what one outlet alone reports) join the list
            fields["facts"] = _merge_facts(report.facts, fields["facts"])
        agreement = fields.pop("agreement", None)  # counts over all the facts, not only those listed
        seconds = {**report.meta["seconds"], "compare": round(time.perf_counter() - t_compare, 4)}
        seconds["total"] = round(time.perf_counter() - clock, 4)
        meta = {**report.meta, **({"agreement": dict(agreement)} if agreement else {}), "seconds": seconds}
        report = replace(report, **fields, meta=meta)
    return report


def _story_label(story_id: str | None) -> str:
    """"story ID: " before a log line, or nothing for a story without an id (not "story None")."""
    return f"story {story_id}: " if story_id is not None else ""


def _word_budget(value: Any) -> int:
    """``value`` as a word budget (any integer type, numpy's included), else ValueError."""
    try:
        words = operator.index(value) if not isinstance(value, bool) else 0
    except TypeError:
        words = 0
    if words < 1:
        raise ValueError(f"max_words must be a whole number of words, at least 1 (got {value!r})")
    return words


def _why_empty(articles: Sequence[Article], wordings: Sequence[Wording], max_words: int) -> str:
    """Why a summary came out empty, in words a reader can act on."""
    if not articles:
        return "no article to summarize"
    shortest = min((w.words for w in wordings if w.eligible), default=None)
    if shortest is None:
        return NO_STANDALONE_SENTENCE
    if shortest > max_words:
        return f"no sentence that can stand alone fits in {max_words} words (the shortest has {shortest})"
    return "no sentence of these articles adds to the summary"


def _choose(
    an: _Analysis, facts: Sequence[AlignedFact], sim, articles: Sequence[Article], max_words: int,
    options: SummaryOptions,
) -> list[Pick]:
    """The eligible wordings as selection sees them, and the ones it picks. A wording that
    cannot stand alone but reads well right after the sentence before it in its article
    (`wording.follows`) is a continuation of that sentence: selection takes it only with
    it, and `order` shows it directly after it."""
    fact_of = {m: k for k, f in enumerate(facts) for m in f.members}
    article_of = [c.article for c in an.cands]
    central = centrality(sim, article_of)
    relation = [""] * len(an.wordings)
    for k, w in enumerate(an.wordings):
        if w.continuable and an.cands[k].position > 0:  # candidates run in article order
            relation[k] = follows(an.wordings[k - 1], w, previous_closes=relation[k - 1] == "pair")
    heads = {k - 1 for k, r in enumerate(relation) if r == "pair"}
    source_of = sources(sim, article_of, len(articles), options.align)
    weights = concept_weights(_by_source(an.doc_concepts, source_of), options.select)
    # A concept without weight never counts: selection sees the others only (a set
    # intersection walks the smaller side: the sentence's concepts).
    counted = set(weights)
    picks = [
        Pick(w.candidate, fact_of[w.candidate], w.words, an.shown_concepts[w.candidate] & counted,
             len(facts[fact_of[w.candidate]].members), an.cands[w.candidate].position,
             float(central[w.candidate]), follows=w.candidate - 1 if relation[k] else None, head=k in heads)
        for k, w in enumerate(an.wordings) if w.eligible or relation[k] or k in heads
    ]
    shown = {p.candidate for p in picks}

    def cited(m: int, found: tuple[int, ...]) -> list[int]:
        """The supporters a summary sentence showing ``m`` would cite (`cite.reporting`):
        only picks can be shown, so only they can repeat one another."""
        others = [an.cands[s] for s in found if s in shown]
        if m not in shown or not others:
            return []
        return [c.index for c in reporting(an.wordings[m], an.cands[m], others, articles)]

    return [picks[i] for i in select(picks, weights, with_cited_pairs(sim, facts, cited), max_words, options.select)]


def _after(an: _Analysis, chosen: Sequence[Pick]) -> list[frozenset[int] | None]:
    """For each chosen pick that takes a noun as known ("The company said ...", shown
    alone: a continuation has the sentence before it), the indices in ``chosen`` of the
    picks that name it (maybe none); None for the others. `order` never leads with the
    first kind and places it after one of those. Naming is by the same noun only: "Acme
    ... The company ..." is no match, so selection is not held to it, only the order."""
    out: list[frozenset[int] | None] = []
    for p in chosen:
        stem = an.presupposed.get(p.candidate) if p.follows is None else None
        # (another "The quake ..." does not introduce the quake either)
        out.append(None if stem is None else frozenset(
            j for j, q in enumerate(chosen)
            if stem in an.content[q.candidate] and an.presupposed.get(q.candidate) != stem
        ))
    return out


def _named(an: _Analysis, chosen: Sequence[Pick]) -> list[frozenset[int] | None]:
    """For each chosen pick that uses a name alone ("Kempthorne said ..."), the indices in
    ``chosen`` of the picks that give it in full ("Interior Secretary Dirk Kempthorne ...");
    None where there are none. English, cased text (lower-cased text gives no name in full)."""
    if an.language != "en" or len(chosen) < 2:
        return [None] * len(chosen)
    names = [names_in_full_and_alone(an.wordings[p.candidate].text.split(), an.stop_words) for p in chosen]
    out: list[frozenset[int] | None] = []
    for i, (_, alone) in enumerate(names):
        giving = frozenset(j for j, (full, _) in enumerate(names) if j != i and full & alone)
        out.append(giving or None)
    return out


def _clause_support(
    an: _Analysis, chosen: Sequence[Pick], groups: Sequence[Sequence[Candidate]], texts: Sequence[str], sim,
    embedder: Embedder, options: AlignOptions,
) -> list[list[Candidate]]:
    """For each chosen pick, the sentences of the articles its citations lack that report
    its fact in a clause (`align.clause_support`); English stories only (the embedder is
    English-trained: elsewhere alignment falls back on words alone)."""
    if an.language != "en" or an.content_of is None or not chosen:
        return [[] for _ in chosen]
    cited = [{c.article for c in group} for group in groups]
    found = clause_support([p.candidate for p in chosen], cited, texts, an.content, [c.article for c in an.cands],
                           sim, embedder, options, an.content_of)
    return [[an.cands[k] for k in ks] for ks in found]


def _follows(chosen: Sequence[Pick]) -> list[int | None]:
    """For each chosen pick, the index in ``chosen`` of the pick it continues (or None)."""
    at = {p.candidate: i for i, p in enumerate(chosen)}
    return [None if p.follows is None else at[p.follows] for p in chosen]


def _by_source(doc_concepts: Sequence[frozenset], source_of: Sequence[int]) -> list[frozenset]:
    merged: dict[int, set] = {}
    for concepts, source in zip(doc_concepts, source_of):
        merged.setdefault(source, set()).update(concepts)
    return [frozenset(s) for s in merged.values()]


def _reported_facts(facts: Sequence[Fact], chosen: Sequence[Pick]) -> list[Fact]:
    """The facts worth listing: those in the summary and those several articles report,
    the most reported first, and of those the ones shown by a sentence that stands alone."""
    in_summary = {p.fact for p in chosen}
    keep = [f for k, f in enumerate(facts) if k in in_summary or f.support > 1]
    return sorted(keep, key=_listed_first)


def _merge_facts(reported: Sequence[Fact], more: Sequence[Fact]) -> tuple[Fact, ...]:
    merged = {f.id: f for f in (*reported, *more)}
    return tuple(sorted(merged.values(), key=_listed_first))


def _listed_first(fact: Fact) -> tuple[int, bool]:
    return -fact.support, not fact.standalone


def _headline(articles: Sequence[Article], sentences: Sequence[SummarySentence]) -> str | None:
    """The title of an article the summary cites: the lead's first, then the others' in
    reading order; None when no cited article has one. An article the summary does not
    cite may be about something else (a weather page filed with a storm story), so its
    title never heads the story; with no summary at all, the first title does."""
    if not sentences:
        return next((a.title for a in articles if a.title), None)
    titles = {a.id: a.title for a in articles if a.title}
    return next((titles[c.article] for s in sentences for c in s.citations if c.article in titles), None)


__all__ = ["Comparer", "DEFAULT_WORDS", "Rewriter", "SummaryOptions", "summarize"]
