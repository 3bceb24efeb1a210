"""Train the programme-name model from gold folders (scikit-learn: a development dependency only).

    python -m bilat.extract.learned.train --set NAME CORPUS GOLD [--set ...] --out FILE
    python -m bilat.extract.learned.train --own --out src/bilat/extract/data/learned_programmes.json.gz

Each candidate of each document (after the rule components up to `people`) is labelled from the
gold record: PROGRAM when its text is a gold programme's name or alias under the scorer's
normalisation, ORG or PERSON likewise, else OTHER. A multinomial logistic regression is fitted on
the binary features and its weights written as a compact JSON.gz, with the set names and a hash of
the training files in its `meta`."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.extract.doc import Doc
from bilat.extract.documents import DocumentInput, iter_documents
from bilat.extract.learned.candidates import candidates, sentence_tokens
from bilat.extract.learned.features import RuleView, features
from bilat.extract.learned.model import LinearModel
from bilat.extract.naming import key
from bilat.extract.pipeline import Pipeline, build_steps, load_config

ROOT = Path(__file__).resolve().parents[4]
LAST_RULE_STEP = "people"
CLASSES = ["OTHER", "ORG", "PERSON", "PROGRAM"]
C = 1.0  # inverse regularisation strength, chosen by leave-one-set-out cross-validation
MIN_COUNT = 2  # features seen fewer times in training are dropped
# In-view test sets only (24, session 19): the held-back ones (sixth, twelfth, twenty-sixth,
# twenty-seventh and any newer blind set) are never trained on.
OWN_SETS = ["fresh", "blind", "unseen", "later", "fifth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird",
            "twentyfourth", "twentyfifth", "demo"]


def own_set(name: str) -> tuple[str, Path, Path]:
    """(name, corpus folder, gold folder) of one of our own test sets."""
    docs = ROOT / "tests" / "docs"
    if name == "demo":
        return name, ROOT / "examples" / "corpus", docs / "demo_gold"
    return name, docs / f"{name}_corpus", docs / f"{name}_gold"


def rules_pipeline() -> Pipeline:
    """The packaged pipeline's components up to and including `people` (what the model sees)."""
    entries = []
    for entry in load_config(None):
        entries.append(entry)
        if entry["name"] == LAST_RULE_STEP:
            break
    return Pipeline(build_steps(entries))  # learned_programmes comes after `people`: never in it


@dataclass
class Example:
    """The features and label of one candidate."""

    feats: list[str]
    label: str


def _fold_person(name: str) -> frozenset[str]:
    return frozenset(key(name).split())


def gold_names(gold: dict[str, Any]) -> tuple[set[str], set[str], set[frozenset[str]]]:
    """Keys of the gold programmes, organisations and people (optional ones included)."""

    def names(field: str) -> list[str]:
        out = []
        for item in gold.get(field) or []:
            for n in [item.get("name"), *(item.get("aliases") or [])]:
                if isinstance(n, str) and n:
                    out.append(n)
                elif isinstance(n, list):
                    out += [x for x in n if isinstance(x, str)]
        return out

    return ({key(n) for n in names("programs")}, {key(n) for n in names("organizations")},
            {_fold_person(n) for n in names("people")})


def label_of(text: str, programmes: set[str], orgs: set[str], people: set[frozenset[str]]) -> str:
    """The training label of a candidate text."""
    k = key(text)
    if k in programmes:
        return "PROGRAM"
    if k in orgs:
        return "ORG"
    if _fold_person(text) in people:
        return "PERSON"
    return "OTHER"


def doc_examples(doc: Doc, gold: dict[str, Any]) -> list[Example]:
    """The labelled candidates of one document (after the rule steps)."""
    lists = sentence_tokens(doc)
    cands = candidates(doc, lists)
    view = RuleView.of(doc)
    counts = Counter(c.text for c in cands)
    progs, orgs, people = gold_names(gold)
    return [Example(features(c, lists[c.sentence], view, counts), label_of(c.text, progs, orgs, people))
            for c in cands]


def documents(corpus: Path, gold_dir: Path) -> Iterator[tuple[DocumentInput, dict[str, Any]]]:
    """The documents of a corpus that have a gold record, with that record."""
    for item in iter_documents([corpus]):
        if isinstance(item, DocumentInput):
            path = gold_dir / f"{item.name}.json"
            if path.exists():
                yield item, json.loads(path.read_text(encoding="utf-8"))


def set_examples(corpus: Path, gold_dir: Path, pipeline: Pipeline | None = None) -> list[Example]:
    """The labelled candidates of a whole set."""
    pipe = pipeline or rules_pipeline()
    out = []
    for item, gold in documents(corpus, gold_dir):
        out += doc_examples(pipe.run(item.text, name=item.name, published=item.published), gold)
    return out


def files_hash(sets: list[tuple[str, Path, Path]]) -> str:
    """A SHA-256 over the training files (gold records and the documents they describe)."""
    digest = hashlib.sha256()
    for name, corpus, gold_dir in sets:
        for gold in sorted(gold_dir.glob("*.json")):
            doc = corpus / gold.name[:-5]
            for path in (doc, gold):
                if path.exists():
                    digest.update(f"{name}/{path.name}\0".encode())
                    digest.update(path.read_bytes())
    return digest.hexdigest()


def fit(examples: list[Example], c: float = C, min_count: int = MIN_COUNT) -> LinearModel:
    """A multinomial logistic regression over the examples (scikit-learn, imported here only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for ex in examples for f in set(ex.feats))
    keep = {f for f, n in seen.items() if n >= min_count}
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in ex.feats if f in keep} for ex in examples])
    y = [ex.label for ex in examples]
    classes = [c_ for c_ in CLASSES if c_ in set(y)]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    order = [list(clf.classes_).index(c_) for c_ in classes]
    coef = clf.coef_[order] if len(classes) > 2 else clf.coef_
    weights: dict[str, list[float]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        row = [round(float(v), 4) for v in coef[:, j]]
        if any(abs(v) >= 1e-3 for v in row):
            weights[str(name)] = row
    intercept = [round(float(v), 4) for v in (clf.intercept_[order] if len(classes) > 2 else clf.intercept_)]
    return LinearModel(classes, weights, intercept, {"C": c, "min_count": min_count,
                                                     "examples": len(examples),
                                                     "labels": dict(sorted(Counter(y).items()))})


def train(sets: list[tuple[str, Path, Path]], c: float = C) -> LinearModel:
    """Fit the model on the given (name, corpus, gold) sets and record what it was trained on."""
    pipe = rules_pipeline()
    examples = []
    for _, corpus, gold_dir in sets:
        examples += set_examples(corpus, gold_dir, pipe)
    model = fit(examples, c)
    model.meta["sets"] = [name for name, _, _ in sets]
    model.meta["files_sha256"] = files_hash(sets)
    return model


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--set", nargs=3, action="append", default=[], metavar=("NAME", "CORPUS", "GOLD"),
                    help="a training set: its name, documents folder and gold folder (repeatable)")
    ap.add_argument("--own", action="store_true",
                    help=f"train on bilat's own {len(OWN_SETS)} in-view test sets "
                         "(OWN_SETS; never a held-back set)")
    ap.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, required=True, help="the model file to write (.json or .json.gz)")
    args = ap.parse_args(argv)
    sets = [own_set(n) for n in OWN_SETS] if args.own else []
    sets += [(n, Path(c_), Path(g)) for n, c_, g in args.set]
    if not sets:
        ap.error("give --own or at least one --set")
    model = train(sets, args.c)
    model.save(args.out)
    print(f"{args.out}: {len(model.weights)} features, trained on {', '.join(model.meta['sets'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
