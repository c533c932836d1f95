"""Ordering: the fact the articles put first leads; the rest by date, then position."""

from __future__ import annotations

import datetime as dt

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate
from newsfuse.story.order import order


def test_lead_then_chronology():
    articles = [Article(id="a", text="", published=dt.date(2020, 1, 2)),
                Article(id="b", text="", published=dt.date(2020, 1, 1))]
    late_background = [Candidate(0, 0, 0, 1, 9, 10)]
    lead = [Candidate(1, 0, 0, 1, 0, 10), Candidate(2, 1, 0, 1, 0, 10)]
    early = [Candidate(3, 1, 0, 1, 4, 10)]
    assert order([late_background, lead, early], articles) == [1, 2, 0]
