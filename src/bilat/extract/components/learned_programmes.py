"""Learned programme names (optional, after `people`): adds the programmes that the linear model of
bilat.extract.learned finds and the rules missed, each grounded in its uses in the text.

No model file is shipped while leave-one-set-out cross-validation shows no gain (docs/extraction.md,
"Learned programme names"): to use the component, train one and name it in the options::

    python -m bilat.extract.learned.train --own --out programmes.json.gz
    - name: learned_programmes
      module: bilat.extract.components.learned_programmes
      options: {threshold: 0.75, model: programmes.json.gz}
"""

from __future__ import annotations

from pathlib import Path

from bilat.errors import ConfigError
from bilat.extract.doc import Doc
from bilat.extract.learned.model import DEFAULT_MODEL, cached
from bilat.extract.learned.programmes import add_programmes, choose, score_doc
from bilat.extract.registry import Component, component


@component("learned_programmes")
def make_learned_programmes(threshold: float = 0.75, model: str | None = None) -> Component:
    """Add programmes the model rates above `threshold` (`model`: a weights file; the packaged
    data/learned_programmes.json.gz when there is one)."""
    path = Path(model) if model else DEFAULT_MODEL
    if not path.is_file():
        raise ConfigError(
            f"learned_programmes: no model file {path}; train one with "
            "`python -m bilat.extract.learned.train --own --out FILE` and give it as option `model`"
        )
    try:
        weights = cached(str(path))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"learned_programmes: cannot read the model {path} ({exc})") from exc

    def run(doc: Doc) -> None:
        add_programmes(doc, choose(score_doc(doc, weights), threshold))

    return run
