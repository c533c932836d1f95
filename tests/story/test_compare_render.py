"""The comparison renderers escape source text and show every part."""

import newsfuse
from newsfuse.model import Fact, Report, SourceSpan
from newsfuse.report.comparison import comparison_html, comparison_markdown
from newsfuse.story.compare_entities import EntityGroup
from newsfuse.story.compare_quotes import QuoteGroup, QuoteVariant
from newsfuse.text.entities import Mention


def _report():
    arts = newsfuse.clean(
        [
            {"id": "a", "text": 'Putin said "<script>alert(1)</script> & more".', "outlet": "Yle"},
            {"id": "b", "text": "Putin spoke.", "outlet": "AFP"},
        ]
    )
    a = arts[0]
    start = a.text.index("<script>")
    end = a.text.index('".')
    quote = QuoteGroup("Vladimir Putin", (QuoteVariant("a", "Yle", a.text[start:end], start, end, False, "Putin"),))
    entity = EntityGroup("Vladimir Putin", "PERSON", ("Putin",), (Mention("a", 0, 5, "Putin", "PERSON"),))
    facts = (
        Fact("F1", a.text, (SourceSpan("a", 0, len(a.text)),), ("Yle",)),
        Fact("F2", "Putin spoke.", (SourceSpan("a", 0, 5), SourceSpan("b", 0, 12)), ("Yle", "AFP")),
    )
    return Report(articles=tuple(arts), facts=facts, quotes=(quote,), entities=(entity,))


def test_html_escapes_source_text():
    html = comparison_html(_report())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Only in Yle" in html and "Vladimir Putin" in html


def test_markdown_lists_agreement_quotes_and_entities():
    md = comparison_markdown(_report())
    assert "by all outlets: 1" in md
    assert "**Only in Yle:**" in md
    assert "**Vladimir Putin**" in md and "\\<script\\>" in md and "<script>" not in md  # text, not markup
    assert "Vladimir Putin [PERSON] (also: Putin)" in md
