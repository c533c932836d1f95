"""Small stand-ins for the engine tests: a synthetic multi-outlet corpus and a
deterministic summarizer (picklable, so Ray workers and subprocesses can use it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
from pathlib import Path
from typing import Any, Sequence

TOPICS = {
    "flood": ["River {n} burst its banks after record rainfall in the valley.",
              "Rescue teams evacuated {n} families from flooded villages overnight.",
              "The regional governor declared a flood emergency on {d}.",
              "Meteorologists warned that rainfall would continue for {n} days."],
    "election": ["Voters in district {n} cast ballots in the parliamentary election.",
                 "The opposition party claimed {n} seats according to early counts.",
                 "Election monitors reported long queues at polling stations on {d}.",
                 "The electoral commission will publish final results within {n} days."],
    "merger": ["Shares of the chipmaker rose {n} percent after the merger announcement.",
               "The two companies agreed a deal worth {n} billion dollars.",
               "Regulators said on {d} they would review the acquisition closely.",
               "The combined firm expects to cut {n} jobs over three years."],
    "wildfire": ["A wildfire destroyed {n} homes in the northern hills.",
                 "Firefighters contained the blaze after {n} hours of work.",
                 "Authorities ordered evacuations on {d} as winds strengthened.",
                 "Smoke from the fire reached the coast {n} kilometres away."],
}
OUTLETS = ["Daily Planet", "Morning Wire", "Evening Post", "Global News", "City Herald"]


def corpus(n: int, seed: int = 7, start: dt.date = dt.date(2024, 3, 1)) -> list[dict[str, Any]]:
    """``n`` articles over the topics, outlets and a few days; deterministic."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        topic = rng.choice(sorted(TOPICS))
        day = start + dt.timedelta(days=rng.randrange(4))
        lines = [s.format(n=rng.randrange(2, 90), d=day.strftime("%B %d")) for s in rng.sample(TOPICS[topic], 3)]
        out.append({"id": f"{topic}-{i:03d}", "title": lines[0].rstrip("."), "source": rng.choice(OUTLETS),
                    "date": day.isoformat(), "text": "\n\n".join(lines)})
    return out


def write_jsonl(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def fake_summarize(articles: Sequence[Any]) -> dict[str, Any]:
    """First body sentence of each article, cited; the lead title as headline."""
    summary = []
    for a in articles:
        if a.body_sentences:
            u = a.body_sentences[0]
            summary.append({"text": a.unit_text(u), "citations": [{"article": a.id, "start": u.start, "end": u.end}]})
    return {"headline": articles[0].title, "summary": summary, "articles": [a.id for a in articles]}


class FakeSummarizeFactory:
    """Builds :func:`fake_summarize` (the Ray executor wants a factory)."""

    def __call__(self):
        return fake_summarize


class KillingSummarize:
    """Summarises, but SIGKILLs its own process on the ``kill_on``-th call: an ingest
    killed in the middle of recomputing reports."""

    def __init__(self, kill_on: int):
        self.kill_on, self.calls = kill_on, 0

    def __call__(self, articles):
        self.calls += 1
        if self.calls == self.kill_on:
            os.kill(os.getpid(), signal.SIGKILL)
        return fake_summarize(articles)
