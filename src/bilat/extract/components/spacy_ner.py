"""Optional statistical NER with any installed spaCy pipeline: PERSON and ORG entities become the
layers ``ner_person`` and ``ner_org`` (hints for the rule components). spaCy is imported lazily;
when it or the model is missing the component does nothing and says so once."""

from __future__ import annotations

import importlib
from typing import Any

from bilat.console import warn
from bilat.extract.doc import Doc, Mention
from bilat.extract.registry import Component, component

LABELS = {"PERSON": "ner_person", "ORG": "ner_org", "GPE": "ner_place"}


def load_model(model: str) -> Any | None:
    """The spaCy pipeline `model`, or None (with one warning) when it cannot be loaded."""
    try:
        spacy = importlib.import_module("spacy")
        return spacy.load(model)
    except Exception as exc:  # ImportError, OSError for a missing model, ...
        warn(
            f"extract: spaCy NER skipped ({type(exc).__name__}: {exc}); install spaCy and '{model}' to use it"
        )
        return None


@component("spacy_ner")
def make_spacy_ner(model: str = "en_core_web_sm", max_chars: int = 1_000_000) -> Component:
    """Run a spaCy pipeline (if installed) and store its entities as layers."""
    nlp = load_model(model)

    def run(doc: Doc) -> None:
        if nlp is None:
            return
        parsed = nlp(doc.text[:max_chars])
        layers: dict[str, list[Mention]] = {name: [] for name in LABELS.values()}
        for ent in parsed.ents:
            layer = LABELS.get(ent.label_)
            if layer:
                layers[layer].append(Mention(ent.start_char, ent.end_char, layer, ent.text))
        for name, mentions in layers.items():
            doc.set_layer(name, mentions)

    return run
