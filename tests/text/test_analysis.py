"""spaCy runs once per distinct sentence text of a story; every sentence keeps its own Doc."""

from __future__ import annotations

import newsfuse
from newsfuse.text import analysis
from newsfuse.text.analysis import analyse

WIRE = (
    'Mayor Ana Kovac said on Monday that "the bridge will be rebuilt by spring." '
    "About 900 volunteers from Brel and Arlen worked through the night. "
    "The flood closed 12 schools in the region."
)


def _signature(article_docs):
    return [
        (s.start, s.end, s.parsed, s.has_entities,
         [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in s.doc])
        for s in article_docs.sentences
    ]


def test_repeated_sentences_are_analysed_once_with_the_same_result(nlp_models, monkeypatch):
    articles = newsfuse.clean([
        {"id": "a", "text": WIRE, "outlet": "AP"},
        {"id": "b", "text": WIRE + " Officials in Arlen said 3 roads stayed closed.", "outlet": "Daily"},
    ])
    runs: list[list[str]] = []
    once = analysis._once_per_text

    def counting(run, texts):
        def recorded(batch):
            runs.append(list(batch))
            return run(batch)

        return once(recorded, texts)

    monkeypatch.setattr(analysis, "_once_per_text", counting)
    deduplicated = analyse(articles, nlp_models)
    assert all(len(batch) == len(set(batch)) for batch in runs)
    monkeypatch.setattr(analysis, "_once_per_text", lambda run, texts: run(texts))
    plain = analyse(articles, nlp_models)
    assert [_signature(a) for a in deduplicated] == [_signature(a) for a in plain]
    docs = [s.doc for a in deduplicated for s in a.sentences]
    assert len({id(d) for d in docs}) == len(docs)  # no Doc shared by two sentences
    assert sum(map(len, runs)) < len(docs)  # the copied sentences were analysed once
