"""People in a pipe table (a Markdown table, or an HTML table as ingest writes it): a column whose
header names a role holds, in each cell that starts with a name, a person with that role. Tables
of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract

ROWS = [
    "| No. | Project | Lead researcher (Norway) | Principal investigator (Chile) | Grant (EUR) |",
    "|---|---|---|---|---|",
    "| 1 | Fjord carbon budgets | HANSEN Kari, Norwegian Polar Institute, Tromsø "
    "| Dr. Felipe Andrés Rojas, University of Concepción | 40,000 |",
    "| 2 | Salmon gut microbiome | Olav Berg (Nofima) "
    "| MUÑOZ Daniela Paz, Austral University of Chile, Valdivia | 35,000 |",
    "| 3 | Glacier lakes | to be confirmed | Pending | 20,000 |",
]
RESULTS = "Approved projects of the joint call.\n\n" + "\n".join(ROWS) + "\n"

# (name as the record writes it, the header it comes under)
EXPECTED = [
    ("Kari Hansen", "Lead researcher (Norway)"),
    ("Felipe Andrés Rojas", "Principal investigator (Chile)"),
    ("Olav Berg", "Lead researcher (Norway)"),
    ("Daniela Paz Muñoz", "Principal investigator (Chile)"),
]


@pytest.fixture(scope="module")
def record(extract: Extract) -> dict[str, Any]:
    return extract(RESULTS)


@pytest.mark.parametrize(("name", "role"), EXPECTED)
def test_a_name_in_a_role_column_is_a_person_with_that_role(
    record: dict[str, Any], name: str, role: str
) -> None:
    person = next((p for p in record["people"] if p["name"] == name), None)
    assert person is not None, [p["name"] for p in record["people"]]
    assert person["role"] == role


def test_cells_without_a_name_and_other_columns_give_no_one(record: dict[str, Any]) -> None:
    names = {p["name"] for p in record["people"]}
    assert names == {name for name, _ in EXPECTED}


@pytest.mark.parametrize(
    "table",
    [
        # no header names a role: names in cells are not read as people from the table
        "| Site | Contact |\n|---|---|\n| Bergen | Ole Nilsen, Harbour Office |\n",
        # a single line with bars is no table
        "| Principal investigator | Ole Nilsen, Harbour Office |\n",
    ],
)
def test_no_role_header_no_table_people(extract: Extract, table: str) -> None:
    assert extract(table)["people"] == []
