"""Round 13a organisation class: a company named by its legal form, whose periods and comma a
word-by-word reading stops at, and whose name may have no head word ("VENG S.A.", "Siam Optics Co.,
Ltd.", "Nordlys Marine AS", "Milano Sensori S.p.A.")."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The antenna will be built by ANDESAT S.A. under a contract.", {"ANDESAT S.A."}),
        ("The line belongs to Mekong Precision Co., Ltd., a Thai supplier.", {"Mekong Precision Co., Ltd."}),
        ("Work was done with Baltika Ledger AS, an Estonian firm.", {"Baltika Ledger AS"}),
        (
            "Suppliers are Cordillera Robotics S.A. and Torino Sensori S.p.A. this year.",
            {"Cordillera Robotics S.A.", "Torino Sensori S.p.A."},
        ),
        (
            "Partners: Fjord Sensing AS (Norway) and Osaka Lens Co., Ltd. (Japan).",
            {"Fjord Sensing AS", "Osaka Lens Co., Ltd."},
        ),
        ("The chips come from Kedah Wafer Sdn Bhd and Bandung Silikon Tbk.", {"Kedah Wafer Sdn Bhd"}),
        ("A pilot line at Eindhoven Photonics B.V. opens in June.", {"Eindhoven Photonics B.V."}),
    ],
)
def test_company_with_legal_form(extract: Extract, text: str, names: set[str]) -> None:
    assert names <= set(orgs_by_name(extract(text, published=None)))


@pytest.mark.parametrize(
    "text",
    [
        "THE PROJECT AS PLANNED WILL START.",
        "Results are shown as tables and figures.",
    ],
)
def test_no_company_without_a_name(extract: Extract, text: str) -> None:
    assert not orgs_by_name(extract(text, published=None))
