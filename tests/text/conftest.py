"""Fixtures for the text tests: one spaCy load per session, articles from plain dicts."""

from __future__ import annotations

import pytest

import newsfuse
from newsfuse.text.analysis import analyse
from newsfuse.text.nlp import NlpModels


@pytest.fixture(scope="session")
def nlp_models() -> NlpModels:
    return NlpModels()


@pytest.fixture(scope="session")
def docs_of(nlp_models):
    """Analysed docs of a one-article story built from text."""

    def build(text: str, published: str | None = "2022-12-19", outlet: str = "Test"):
        record = {"id": "t1", "text": text, "outlet": outlet}
        if published:
            record["published"] = published
        article = newsfuse.clean([record])[0]
        return analyse([article], nlp_models)[0]

    return build
