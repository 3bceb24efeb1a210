"""Records do not depend on the string hash seed: the same file gives the same record in every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bilat.extract.components.organizations import Candidate, _lookup_keys, key

# A page where a defined acronym ("Directorate for Biological Sciences (BIO)") is also a registry
# acronym: which group the bare "BIO" joins used to follow the order of a set of strings.
PAGE = Path(__file__).resolve().parents[1] / "docs" / "later_corpus" / (
    "j_02_us-brazil-nsf-fapemig-joint-funding.html"
)
SCRIPT = (
    "import json, sys; from pathlib import Path; from bilat.extract.documents import iter_documents;"
    "from bilat.extract import get_extractor; item = next(iter_documents([Path(sys.argv[1])]));"
    "print(json.dumps(item.record_dict(get_extractor().extract(item.text, name=item.name,"
    " published=item.published))['organizations'], sort_keys=True))"
)


def _organisations(seed: str) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", SCRIPT, str(PAGE)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout))


def test_the_same_page_gives_the_same_organisations_under_any_hash_seed() -> None:
    first = _organisations("1")
    assert all(_organisations(seed) == first for seed in ("3", "7"))


def test_lookup_keys_put_the_own_name_first_then_aliases_in_sorted_order() -> None:
    cand = Candidate("Directorate for Biological Sciences", {"NSF BIO", "BIO"})
    keys = _lookup_keys(cand, cand.name_keys())
    assert keys[:3] == [key("Directorate for Biological Sciences"), key("BIO"), key("NSF BIO")]
