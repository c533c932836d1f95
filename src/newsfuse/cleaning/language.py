"""Language identification with py3langid (its model ships in the wheel, ~1,000
texts/s). Short texts are unreliable with any tool, so below a minimum length the
answer is None rather than a guess."""

from __future__ import annotations

MIN_CHARS = 40
SAMPLE_CHARS = 3000


def detect_language(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return code
