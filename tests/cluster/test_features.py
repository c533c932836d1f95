from __future__ import annotations

import datetime as dt

from newsfuse.cluster.features import entity_keys, to_doc


def test_names_are_found_and_sentence_starts_are_not():
    text = "Police said Lindsay Lohan checked into the Betty Ford Center. The police had warned her."
    keys = entity_keys(text)
    assert {"lindsay", "lohan", "betty", "ford", "center"} <= set(keys)
    assert "police" not in keys and "the" not in keys


def test_lowercased_text_names_nothing():
    assert entity_keys("lindsay lohan checked into the betty ford center.") == ()


def test_doc_reads_title_lead_and_date():
    doc = to_doc({"id": "x", "title": "Quake hits Chile", "text": "A quake hit. " * 500, "date": "2010-02-27"}, 100)
    assert doc.lead.startswith("Quake hits Chile\n") and len(doc.lead) < 130
    assert doc.date == dt.date(2010, 2, 27)
    assert to_doc({"id": "y", "text": "x", "date": "None"}, 10).date is None
