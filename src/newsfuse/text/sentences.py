"""Paragraph and sentence spans over an article's original text.

Sentences come from syntok (maintained, rule-based, no model download; it handles
"Dec. 19", "U.S.", "5 p.m." and quotes well, see ../shared/DEPENDENCIES.md). Paragraphs
are split first, on line breaks, because scraped text marks paragraphs that way and
syntok's own paragraph detection only looks at blank lines.
"""

from __future__ import annotations

import re

from syntok import segmenter

Span = tuple[int, int]

_TERMINAL = re.compile(r"[.!?:;\"'”’»)\]]\s*$")


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans: one per non-blank line, except hard-wrapped blocks.

    A block of three or more consecutive non-blank lines most of which end mid-sentence
    is hard-wrapped prose (e-mail, plain-text wire copy) and stays one paragraph.
    """
    lines: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = _strip(text, pos, pos + len(line))
        if end > start:
            lines.append((start, end))
        else:
            lines.append((-1, -1))  # blank line: a block boundary
        pos += len(line)

    paragraphs: list[Span] = []
    block: list[Span] = []

    def flush() -> None:
        if not block:
            return
        open_ended = sum(1 for s, e in block[:-1] if not _TERMINAL.search(text[s:e]))
        if len(block) >= 3 and open_ended > (len(block) - 1) / 2:
            paragraphs.append((block[0][0], block[-1][1]))
        else:
            paragraphs.extend(block)
        block.clear()

    for span in lines:
        if span[0] < 0:
            flush()
        else:
            block.append(span)
    flush()
    return paragraphs


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets into ``text``) inside ``text[start:end]``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[Span] = []
    for paragraph in segmenter.analyze(chunk):
        for sentence in paragraph:
            if not sentence:
                continue
            s = sentence[0].offset
            e = sentence[-1].offset + len(sentence[-1].value)
            s, e = _strip(chunk, s, e)
            if e > s:
                spans.append((start + s, start + e))
    return spans
