"""Tuned constants and the options object of story clustering.

Every threshold here was calibrated once on the development data in ../shared/data
(see each comment) and is applied unchanged to every set: no per-set tuning.
"""

from __future__ import annotations

from dataclasses import dataclass

# How much of an article the features read: title plus this many leading characters.
# News puts who/what/where first; the lead keeps entity noise from long tails down.
LEAD_CHARS = 1500

# A story is a window in time: two dated articles further apart than this never join,
# and a live story whose last article is older than this is retired from the index.
STORY_WINDOW_DAYS = 7

# Logistic weights turning pair features into P(same story): intercept, embedding
# cosine, TF-IDF cosine, entity overlap, "both sides have entities" indicator.
# Fitted by bench/cluster.py --calibrate on the calibration split (see docs/clustering.md).
PAIR_WEIGHTS = (-7.32, 1.53, 32.63, 6.53, -0.84)

# Average-linkage merge threshold on P(same story) in batch mode, and the join
# threshold against a live story's profile in online mode (calibration split).
BATCH_LINK_PROBABILITY = 0.4
ONLINE_JOIN_PROBABILITY = 0.275

# Live stories compared exactly with an article (nearest centroids from the index).
ONLINE_CANDIDATES = 10

# Entity and keyword keys kept in a story's serialised profile.
PROFILE_KEYS = 30


@dataclass(frozen=True)
class ClusterOptions:
    """Knobs of both modes; defaults are the calibrated constants above."""

    lead_chars: int = LEAD_CHARS
    window_days: int = STORY_WINDOW_DAYS
    pair_weights: tuple[float, ...] = PAIR_WEIGHTS
    batch_link_probability: float = BATCH_LINK_PROBABILITY
    online_join_probability: float = ONLINE_JOIN_PROBABILITY
    online_candidates: int = ONLINE_CANDIDATES
    profile_keys: int = PROFILE_KEYS
    use_entities: bool = True
    use_time: bool = True
