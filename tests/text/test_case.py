"""Whether a text has lost its case (newsfuse.text.case)."""

from __future__ import annotations

import random
import re

from newsfuse.text import case


def test_reading_case_a_chunk_at_a_time_settles_as_the_whole_sample_does():
    """reads_lowercased stops once the capitals seen settle it; it must answer as the
    share over the whole sample does, whatever the spacing at the chunk edges."""
    def whole(text: str) -> bool:
        starts = case._INSIDE_WORD_START.findall(text[: case.SAMPLE_CHARS])
        if len(starts) < case.MIN_WORDS_SEEN:
            return False
        return sum(map(str.isupper, starts)) / len(starts) < case.CASELESS_MAX_MIDSENTENCE_CAPITALS

    rng = random.Random(0)
    texts = ["word " * 30, "Word " * 30, "x " * 600 + "Y " * 30, "a " * 400 + "B c D e F " * 100, "A b " * 1500, ""]
    for _ in range(400):
        words = rng.choices(["a", "B", "cc", "Dd", "e.", "F!", "1", "_x", "é", "É", "x)", '"y'], k=rng.randint(5, 1500))
        texts.append("".join(w + rng.choice([" ", " ", "  ", "\n", " \n ", "\t", "\u00a0"]) for w in words))
    for text in texts:
        assert case.reads_lowercased.__wrapped__(text) == whole(text), re.sub(r"\s+", " ", text[:60])
