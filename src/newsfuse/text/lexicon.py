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
