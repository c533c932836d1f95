"""Word lists the text modules share (and the light lemmatizer aims at)."""

from __future__ import annotations

# Lemmas of verbs that introduce reported speech.
SPEECH_VERBS = frozenset(
    """say tell add state declare announce claim insist stress emphasize emphasise note warn
    write explain reply respond ask urge describe term dismiss deny quote praise accuse argue
    acknowledge admit assure promise vow complain suggest tweet comment confirm predict recall
    conclude call label brand reject thank cite order""".split()
)
# Verbs whose complement lies in the future ("is scheduled to", "expected to visit").
FUTURE_HEADS = frozenset({"schedule", "expect", "plan", "set", "due", "intend", "prepare"})
KNOWN_VERB_LEMMAS = SPEECH_VERBS | FUTURE_HEADS
# How a reporter says someone spoke, beyond the reporting verbs: attributions after a
# quotation ('"... you just won!" she screamed.'). The sentence splitter reads them.
MANNER_OF_SPEAKING = frozenset("quip shout yell scream exclaim whisper cry joke continue remark answer post".split())
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "quip": ("quipped",)}


def verb_forms(lemmas) -> frozenset[str]:
    """The regular inflections of English verb lemmas (``say`` -> says, said; ``reply``
    -> replies, replied), for text read without a lemmatizer."""
    forms: set[str] = set()
    for lemma in lemmas:
        forms.add(lemma)
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        elif lemma.endswith("e"):
            forms |= {lemma + "s", lemma + "d"}
        elif lemma.endswith(("s", "sh", "ch", "x")):
            forms |= {lemma + "es", lemma + "ed"}
        else:
            forms |= {lemma + "s", lemma + "ed"}
        forms.update(_IRREGULAR.get(lemma, ()))
    return frozenset(forms)


def verb_alternation(lemmas) -> str:
    """A regex alternation of the forms of ``lemmas``, longest first, so that "added"
    is tried before "add"."""
    return "|".join(sorted(verb_forms(lemmas), key=lambda form: (-len(form), form)))


def in_english(language: str | None) -> bool:
    """Whether an article in ``language`` (an ISO 639 code, None if not detected) is one
    the English word lists and pipeline may read: English, or a language not known."""
    return (language or "en")[:2] == "en"
