"""The linear model of programme names: weights read from a small JSON(.gz) file shipped in the
package, scored in pure Python (a sparse dot product per class, then a softmax)."""

from __future__ import annotations

import functools
import gzip
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "learned_programmes.json.gz"
FORMAT = "bilat-linear/1"


@dataclass
class LinearModel:
    """Weights per feature and class; `classes[k]` is the label of column k."""

    classes: list[str]
    weights: dict[str, list[float]]
    intercept: list[float]
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, feats: list[str]) -> list[float]:
        """P(class | features) for each class (softmax; a sigmoid when there is one column)."""
        scores = list(self.intercept)
        width = len(scores)
        get = self.weights.get
        for name in feats:
            row = get(name)
            if row is not None:
                for k in range(width):
                    scores[k] += row[k]
        if width == 1:  # binary: one column for classes[1]
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, scores[0]))))
            return [1.0 - p, p]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def probability(self, feats: list[str], label: str) -> float:
        """P(label | features)."""
        return self.probabilities(feats)[self.classes.index(label)]

    def to_json(self) -> dict[str, Any]:
        """The file form."""
        return {"format": FORMAT, "classes": self.classes, "intercept": self.intercept,
                "meta": self.meta, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        """A model from its file form."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model file")
        return cls(list(data["classes"]), {k: list(v) for k, v in data["weights"].items()},
                   list(data["intercept"]), dict(data.get("meta") or {}))

    def save(self, path: Path) -> None:
        """Write the model (gzip when the name ends in .gz), byte-identical for identical weights."""
        raw = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
        if path.suffix == ".gz":
            raw = gzip.compress(raw, mtime=0)
        path.write_bytes(raw)


def load(path: Path | str | None = None) -> LinearModel:
    """Read a model file (the shipped one by default)."""
    path = Path(path) if path else DEFAULT_MODEL
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return LinearModel.from_json(json.loads(raw))


@functools.lru_cache(maxsize=4)
def cached(path: str | None = None) -> LinearModel:
    """The model at `path`, read once per process."""
    return load(path)
