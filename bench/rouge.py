"""ROUGE of newsfuse's story summary against sumy's LexRank and TextRank and a Lead
baseline, same run, same clusters, same cleaned sentences, same word budget.

ROUGE-1/2 with rouge-score (Porter-stemmed), averaged over the references of a cluster,
then over clusters. DUC 2003 and MultiLing 2011 (English): recall of a 100-word summary.
Multi-News: F1 with the budget set to the reference's length. Milliseconds per cluster count
the summarizer only (cleaning is the same for all and is reported apart; so is loading
the embedder).

    python bench/rouge.py [--sets duc2003,multiling2011,multinews] [--multinews 100] [--blas-threads 1]
    python bench/rouge.py --sets multiling2011 --languages ar,cs,el,en,fr,he,hi
    python bench/rouge.py --sets multiling2011 --by-system

``--by-system`` runs each system over all the clusters in turn instead of every system on
one cluster before the next (each in its own steady state, as it runs in use). Here the
scoring runs between any two calls either way, so the two orders differ by 0-5%
(docs/summary-rounds.md, sixteenth round).

``--languages`` scores MultiLing in each of its languages (a row each; English alone by
default). Outside English, rouge-score's tokenizer keeps only [a-z0-9] and would score
every Arabic or Hindi summary 0: those rows count lower-cased words with their combining
marks (the ``regex`` module's \w), unstemmed, and sumy's systems get the same words
unstemmed and no stop words.

BLAS is limited to one thread for the whole run (every system), as the newsfuse
commands do: a story's matrices are small, and on a busy 2-core machine OpenBLAS's
threads cost more than they save (``--blas-threads 0``: the library's default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import regex
from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer as SumyStemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words
from syntok import tokenizer as syntok_tokenizer

import newsfuse
from newsfuse.embed import WordLlamaEmbedder
from newsfuse.story.summarize import summarize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DUC_WORDS = 100


class ScriptNeutralWords:
    """Words of any script for rouge-score (``tokenize``) and sumy (``to_words``)."""

    language = "any"
    _word = regex.compile(r"\w+")

    def tokenize(self, text: str) -> list[str]:
        return self._word.findall(text.lower())

    def to_sentences(self, paragraph: str):
        return [paragraph]

    def to_words(self, sentence: str):
        return self._word.findall(sentence)


class SyntokWords:
    """The tokenizer sumy wants (``Tokenizer("english")`` needs NLTK punkt, absent offline).
    Sentences are already split by newsfuse's cleaning, so ``to_sentences`` is trivial."""

    language = "english"

    def __init__(self):
        self._tok = syntok_tokenizer.Tokenizer()

    def to_sentences(self, paragraph: str):
        return [paragraph]

    def to_words(self, sentence: str):
        return [t.value for t in self._tok.tokenize(sentence) if any(ch.isalnum() for ch in t.value)]


def truncate(sentences: list[str], budget: int) -> str:
    return " ".join(" ".join(sentences).split()[:budget])


def cluster_sentences(articles) -> list[list[str]]:
    return [[a.unit_text(u) for u in a.body_sentences] for a in articles]


def sumy_system(cls, english: bool = True) -> Callable[[list, int], str]:
    tokenizer = SyntokWords() if english else ScriptNeutralWords()
    summarizer = cls(SumyStemmer("english") if english else str.lower)
    summarizer.stop_words = get_stop_words("english") if english else frozenset()

    def run(articles, budget: int) -> str:
        paragraphs = [
            Paragraph([Sentence(s, tokenizer) for s in sents]) for sents in cluster_sentences(articles) if sents
        ]
        document = ObjectDocumentModel(paragraphs)

        def by_budget(ranked):  # sumy's count hook: sentences best-first until the budget
            out, words = [], 0
            for info in ranked:
                if words >= budget:
                    break
                out.append(info)
                words += len(str(info.sentence).split())
            return out

        return truncate([str(s) for s in summarizer(document, by_budget)], budget)

    return run


def lead_system(articles, budget: int) -> str:
    """The first sentences of the most recent article (the DUC baseline)."""
    latest = max(range(len(articles)), key=lambda i: (articles[i].published or dt.date.min, i))
    return truncate(cluster_sentences(articles)[latest], budget)


def load(set_name: str, multinews: int, language: str = "en") -> list[dict]:
    path = DATA / set_name / "clusters.jsonl"
    rows = [json.loads(line) for line in open(path)]
    if set_name == "multiling2011":
        rows = [r for r in rows if r.get("lang") == language]
    if set_name == "multinews":
        rows = rows[:multinews]
    return rows


def score(scorer, text: str, references: list[str], measure: str) -> tuple[float, float]:
    r1, r2 = [], []
    for ref in references:
        s = scorer.score(ref, text)
        r1.append(getattr(s["rouge1"], measure))
        r2.append(getattr(s["rouge2"], measure))
    return statistics.mean(r1), statistics.mean(r2)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sets", default="duc2003,multiling2011,multinews")
    p.add_argument("--multinews", type=int, default=100, help="first N Multi-News clusters")
    p.add_argument("--systems", default="newsfuse,lexrank,textrank,lead")
    p.add_argument("--blas-threads", type=int, default=1, help="BLAS threads for the run (0: library default)")
    p.add_argument("--languages", default="en", help="MultiLing languages, a row each (ar,cs,el,en,fr,he,hi)")
    p.add_argument("--by-system", action="store_true",
                   help="run each system over all clusters in turn (default: every system on a cluster, then the next)")
    args = p.parse_args(argv)
    if args.blas_threads > 0:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=args.blas_threads, user_api="blas"):
            return run(args)
    return run(args)


def run(args) -> int:
    if not DATA.exists():
        print(f"{DATA} not available; nothing to do", file=sys.stderr)
        return 0
    embedder = WordLlamaEmbedder()
    t = time.perf_counter()
    embedder.embed(["load"])
    print(f"embedder load: {time.perf_counter() - t:.2f} s ({embedder.name}); BLAS threads: "
          f"{args.blas_threads or 'library default'}")
    def systems_for(english: bool) -> dict[str, Callable[[list, int], str]]:
        return {
            "newsfuse": lambda arts, budget: " ".join(
                s.text for s in summarize(arts, budget, compare=False, embedder=embedder).summary
            ),
            "lexrank": sumy_system(LexRankSummarizer, english),
            "textrank": sumy_system(TextRankSummarizer, english),
            "lead": lead_system,
        }

    print("| set | clusters | system | R-1 | R-2 | ms/cluster | x faster than LexRank |")
    print("|---|---|---|---|---|---|---|")
    runs = [
        (set_name, language)
        for set_name in args.sets.split(",")
        for language in (args.languages.split(",") if set_name == "multiling2011" else ["en"])
    ]
    for set_name, language in runs:
        if not (DATA / set_name).exists():
            continue
        english = language == "en"
        systems = systems_for(english)
        chosen = [s for s in args.systems.split(",") if s in systems]
        scorer = (
            rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True) if english
            else rouge_scorer.RougeScorer(["rouge1", "rouge2"], tokenizer=ScriptNeutralWords())
        )
        rows = load(set_name, args.multinews, language)
        label = set_name if english else f"{set_name}-{language}"
        measure = "fmeasure" if set_name == "multinews" else "recall"
        t = time.perf_counter()
        clusters = [newsfuse.clean(r["articles"]) for r in rows]
        clean_s = (time.perf_counter() - t) / len(rows)
        gc.freeze()  # the loaded set is never garbage: the per-system collections skip it (a 1,000-cluster run: 28 -> 4 min)
        results: dict[str, list] = {s: [] for s in chosen}
        seconds: dict[str, float] = {s: 0.0 for s in chosen}
        budgets = [len(row["summaries"][0].split()) if set_name == "multinews" else DUC_WORDS for row in rows]
        runs = [(k, name) for k in range(len(rows)) for name in chosen]
        if args.by_system:  # each system in its own steady state, none between two calls of another
            runs.sort(key=lambda run: chosen.index(run[1]))
        for k, name in runs:
            gc.collect()  # no system pays for the garbage the one before it left
            t = time.perf_counter()
            text = systems[name](clusters[k], budgets[k])
            seconds[name] += time.perf_counter() - t
            results[name].append(score(scorer, text, rows[k]["summaries"], measure))
        for name in chosen:
            r1 = 100 * statistics.mean(r[0] for r in results[name])
            r2 = 100 * statistics.mean(r[1] for r in results[name])
            per = seconds[name] / len(rows)
            ratio = seconds["lexrank"] / seconds[name] if seconds[name] and "lexrank" in seconds else float("nan")
            print(f"| {label} ({measure}) | {len(rows)} | {name} | {r1:.2f} | {r2:.2f} | {1000 * per:.1f} "
                  f"| {ratio:.1f} |")
        print(f"| {label} | | (cleaning, all systems) | | | {1000 * clean_s:.1f} | |")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
