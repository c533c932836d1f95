"""Clustering scores against gold labels: BCubed and pairwise precision/recall/F1.

BCubed (Bagga & Baldwin 1998; Amigó et al. 2009) averages, over articles, how pure
and how complete each article's predicted cluster is; pairwise scores count article
pairs put together. Both are needed: pairwise is dominated by big clusters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _labels(groups: Sequence[Sequence[str]], gold: Mapping[str, str]) -> dict[str, int]:
    predicted = {aid: i for i, group in enumerate(groups) for aid in group}
    if set(predicted) != set(gold) or sum(len(g) for g in groups) != len(gold):
        raise ValueError("groups must hold every gold id exactly once")
    return predicted


def bcubed(groups: Sequence[Sequence[str]], gold: Mapping[str, str]) -> Scores:
    predicted = _labels(groups, gold)
    both = Counter((predicted[a], gold[a]) for a in gold)
    pred_sizes = Counter(predicted.values())
    gold_sizes = Counter(gold.values())
    precision = sum(n * n / pred_sizes[p] for (p, _), n in both.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (_, g), n in both.items()) / len(gold)
    return Scores(precision, recall)


def pairwise(groups: Sequence[Sequence[str]], gold: Mapping[str, str]) -> Scores:
    predicted = _labels(groups, gold)

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    together = sum(pairs(n) for n in Counter((predicted[a], gold[a]) for a in gold).values())
    predicted_pairs = sum(pairs(n) for n in Counter(predicted.values()).values())
    gold_pairs = sum(pairs(n) for n in Counter(gold.values()).values())
    return Scores(together / predicted_pairs if predicted_pairs else 1.0, together / gold_pairs if gold_pairs else 1.0)
