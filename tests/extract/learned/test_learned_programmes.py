"""The learned programme-name component: candidates, features, the linear model file, the pipeline
step and the training command, on sentences written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bilat.errors import ConfigError
from bilat.extract.doc import Doc
from bilat.extract.learned.candidates import candidates, sentence_tokens
from bilat.extract.learned.features import RuleView, features, shape
from bilat.extract.learned.model import LinearModel, load
from bilat.extract.learned.programmes import add_programmes, choose, score_doc, uses
from bilat.extract.learned.train import rules_pipeline
from bilat.extract.pipeline import Pipeline, build_steps, load_config

CLASSES = ["OTHER", "ORG", "PERSON", "PROGRAM"]
TIDELINK = (
    "Researchers from Chile and Norway join TIDELINK, which pairs ports with universities. "
    "TIDELINK starts in May."
)


def _doc(text: str) -> Doc:
    doc = Doc(text=text, name="t.txt")
    doc.set_sentences([(0, len(text))])
    return doc


def _texts(text: str) -> set[str]:
    return {c.text for c in candidates(_doc(text))}


def test_candidates_are_name_runs_and_their_sub_spans() -> None:
    found = _texts(
        "The Harbour Delta Plan 2080 (HDP) funds the Saint-Exupery AI Fellowship for Coastal Science."
    )
    assert {"Harbour Delta Plan 2080", "Harbour Delta Plan"} <= found
    assert "The Harbour Delta Plan 2080" not in found  # a leading determiner is left out
    assert {"Saint-Exupery AI Fellowship for Coastal Science", "Saint-Exupery AI Fellowship",
            "Coastal Science", "HDP"} <= found
    assert not any("(" in t or t.endswith(" for") or t.startswith("for ") for t in found)


def test_candidates_skip_headings_in_capitals_and_never_cross_lines() -> None:
    found = _texts("OCEAN FUND OPENS FIRST CALL\nBlue Ports Alliance")
    assert not any(len(t.split()) >= 3 and t.isupper() for t in found)
    assert "Blue Ports Alliance" in found
    assert not any("\n" in t for t in found)


def test_candidate_offsets_point_at_their_text() -> None:
    doc = _doc("Partners of UG-UK Partnership Development Grants met in Accra.")
    for cand in candidates(doc):
        assert doc.text[cand.start : cand.end] == cand.text


def test_features_of_a_candidate() -> None:
    text = "Kenya and the German Academic Exchange Service (DAAD) open the Harbour Delta Plan 2080 (HDP)."
    doc = rules_pipeline().run(text, name="t.txt")
    lists = sentence_tokens(doc)
    cands = {c.text: c for c in candidates(doc, lists)}
    view = RuleView.of(doc)
    plan = cands["Harbour Delta Plan 2080"]
    feats = features(plan, lists[plan.sentence], view, {})
    assert {"first=harbour", "last=2080", "w=delta", "b1=the", "acr_after", "len=4-5"} <= set(feats)
    daad = cands["German Academic Exchange Service"]
    assert "org:eq" in features(daad, lists[daad.sentence], view, {})
    assert shape("ARGE-H2Li") == "XX-XdXx"


def test_model_file_round_trip_and_scores(tmp_path: Path) -> None:
    model = LinearModel(CLASSES, {"one=XX": [0.0, 0.0, 0.0, 4.0]}, [0.0, 0.0, 0.0, -1.0], {"sets": ["t"]})
    path = tmp_path / "m.json.gz"
    model.save(path)
    first = path.read_bytes()
    model.save(path)
    assert path.read_bytes() == first  # no time stamp in the gzip header
    again = load(path)
    probs = again.probabilities(["one=XX", "unknown"])
    assert abs(sum(probs) - 1) < 1e-9 and probs[3] > 0.8
    assert again.probability(["bias"], "PROGRAM") < 0.5
    binary = LinearModel(["OTHER", "PROGRAM"], {"x": [2.0]}, [0.0])
    assert binary.probabilities(["x"])[1] == pytest.approx(1 / (1 + 2.718281828459045**-2))


def _pipeline_with(model: Path, tmp_path: Path, threshold: float = 0.5) -> Pipeline:
    entries = load_config(None)
    for entry in entries:
        if entry["name"] == "learned_programmes":
            entry["enabled"] = True
            entry["options"] = {"threshold": threshold, "model": str(model)}
    return Pipeline(build_steps(entries))


def test_component_adds_a_missed_programme_with_its_uses(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    LinearModel(CLASSES, {"one=XX": [0.0, 0.0, 0.0, 6.0]}, [0.0, 0.0, 0.0, -3.0]).save(path)
    record = _pipeline_with(path, tmp_path)(TIDELINK, name="t.txt").to_dict()
    added = [p for p in record["programs"] if p["name"] == "TIDELINK"]
    assert len(added) == 1
    first = TIDELINK.index("TIDELINK")
    second = TIDELINK.index("TIDELINK", first + 1)
    assert added[0]["evidence"] == [{"start": first, "end": first + 8}, {"start": second, "end": second + 8}]
    # Countries and organisations the rules found are never made programmes.
    assert all(p["name"] not in {"Chile", "Norway"} for p in record["programs"])


def test_component_leaves_rule_findings_and_low_scores_alone() -> None:
    doc = _doc(TIDELINK)
    model = LinearModel(CLASSES, {"one=XX": [0.0, 0.0, 0.0, 1.0]}, [0.0, 0.0, 0.0, -3.0])
    assert choose(score_doc(doc, model), 0.5) == []
    assert add_programmes(doc, []) == [] and doc.record.programs == []
    assert uses("TIDELINK and TIDELINK-2 and xTIDELINK, TIDELINK.", "TIDELINK") == [(0, 8), (39, 47)]


def test_component_without_a_model_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no model file"):
        _pipeline_with(tmp_path / "missing.json.gz", tmp_path)


def test_run_time_needs_neither_numpy_nor_scikit_learn(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    LinearModel(CLASSES, {"one=XX": [0.0, 0.0, 0.0, 6.0]}, [0.0, 0.0, 0.0, -3.0]).save(path)
    code = (
        "import sys\n"
        "from bilat.extract.components.learned_programmes import make_learned_programmes\n"
        "from bilat.extract.doc import Doc\n"
        f"run = make_learned_programmes(model={str(path)!r})\n"
        "doc = Doc(text='We join TIDELINK.', name='t')\n"
        "run(doc)\n"
        "assert doc.record.programs, 'nothing added'\n"
        "assert 'numpy' not in sys.modules and 'sklearn' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_training_command_is_reproducible_and_records_its_data(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from bilat.extract.learned.train import files_hash, main

    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    texts = {
        "a.txt": "Kenya and Norway open TIDELINK for port research. TIDELINK funds ten teams.",
        "b.txt": "Chile and Peru launch MARELINK with the Ministry of Science. Apply to MARELINK by May.",
    }
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
        prog = "TIDELINK" if name == "a.txt" else "MARELINK"
        (gold / f"{name}.json").write_text(json.dumps({"doc": name, "programs": [{"name": prog}]}))
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}.json.gz"
        assert main(["--set", "tiny", str(corpus), str(gold), "--out", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    model = load(tmp_path / "m0.json.gz")
    assert model.meta["sets"] == ["tiny"]
    assert model.meta["files_sha256"] == files_hash([("tiny", corpus, gold)])
    assert model.meta["labels"]["PROGRAM"] >= 2


def test_a_shipped_model_is_up_to_date_with_its_training_files() -> None:
    """No model is shipped while cross-validation shows no gain; once one is (`make learned-model`),
    it must have been trained on the current own sets."""
    from bilat.extract.learned.model import DEFAULT_MODEL
    from bilat.extract.learned.train import OWN_SETS, files_hash, own_set

    if not DEFAULT_MODEL.is_file():
        pytest.skip("no learned model shipped (docs/extraction.md, 'Learned programme names')")
    meta = load(DEFAULT_MODEL).meta
    assert meta["sets"] == OWN_SETS
    assert meta["files_sha256"] == files_hash([own_set(name) for name in OWN_SETS])
