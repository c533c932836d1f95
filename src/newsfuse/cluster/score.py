"""P(same story) from pair features: one logistic formula for both modes.

Features: embedding cosine, TF-IDF cosine of content words, TF-IDF cosine of entity
keys, whether both sides name any entity (lowercased text names none: then the entity
cosine says nothing and must not count as disagreement), and the embedding and lexical
cosines again times that indicator: how much words and embeddings count depends on
whether names are there to check them (calibration mean BCubed F1 0.911 -> 0.930).
"""

from __future__ import annotations

import numpy as np


def same_story_probability(
    embedding_cos: np.ndarray | float,
    lexical_cos: np.ndarray | float,
    entity_cos: np.ndarray | float,
    both_have_entities: np.ndarray | float,
    weights: tuple[float, ...],
) -> np.ndarray:
    """Logistic of a weighted sum; works elementwise on matrices or on scalars."""
    b0, w_emb, w_lex, w_ent, w_both, w_emb_both, w_lex_both = weights
    emb = np.asarray(embedding_cos, dtype=np.float64)
    lex = np.asarray(lexical_cos, dtype=np.float64)
    both = np.asarray(both_have_entities, dtype=np.float64)
    z = (
        b0
        + w_emb * emb
        + w_lex * lex
        + w_ent * np.asarray(entity_cos, dtype=np.float64)
        + w_both * both
        + w_emb_both * emb * both
        + w_lex_both * lex * both
    )
    return 1.0 / (1.0 + np.exp(-z))
