"""Batch mode keeps two same-kind events apart and joins one event told twice."""

from __future__ import annotations

import newsfuse
from newsfuse.cluster import ClusterOptions
from newsfuse.embed import HashingEmbedder

from .test_online import BACKGROUND, LOHAN_LEAD, LOHAN_LEAD_AGAIN, REID_LEAD, REID_LEAD_AGAIN


def _articles(dates=(None, None, None, None)):
    texts = [REID_LEAD, LOHAN_LEAD, REID_LEAD_AGAIN, LOHAN_LEAD_AGAIN]
    stream = [{"id": f"b{i}", "text": t} for i, t in enumerate(BACKGROUND)]
    return stream + [{"id": aid, "text": t, "date": d} for aid, t, d in zip(["r1", "l1", "r2", "l2"], texts, dates)]


def _group_of(groups, aid):
    return next(set(g) for g in groups if aid in g)


def test_same_kind_events_stay_apart():
    groups = newsfuse.cluster(_articles(), embedder=HashingEmbedder())
    assert _group_of(groups, "r1") == {"r1", "r2"}
    assert _group_of(groups, "l1") == {"l1", "l2"}


def test_time_window_keeps_the_same_words_apart_months_later():
    dates = ("2008-12-16", None, "2009-04-01", None)
    groups = newsfuse.cluster(_articles(dates), embedder=HashingEmbedder())
    assert _group_of(groups, "r1") == {"r1"}
    groups = newsfuse.cluster(_articles(dates), ClusterOptions(use_time=False), embedder=HashingEmbedder())
    assert _group_of(groups, "r1") == {"r1", "r2"}
