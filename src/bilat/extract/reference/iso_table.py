"""The ISO 3166-1 country table shipped as `data/iso_countries.tsv`, made from pycountry.

Importing pycountry takes a noticeable share of start-up, so extraction reads the shipped table.
After upgrading pycountry, rebuild it (a test checks that it is current):

    .venv/bin/python -m bilat.extract.reference.iso_table
"""

from __future__ import annotations

import sys
from pathlib import Path

from bilat.extract.reference import config
from bilat.extract.reference.countries import ISO_FIELDS, ISO_TABLE


def pycountry_rows() -> list[dict[str, str]]:
    """The ISO 3166-1 countries in pycountry's order, each with the `ISO_FIELDS` it has."""
    import pycountry

    return [
        {field: str(value) for field in ISO_FIELDS if (value := getattr(country, field, None))}
        for country in pycountry.countries
    ]


def iso_table_text() -> str:
    """The text of `data/iso_countries.tsv` made from the installed pycountry."""
    header = f"# ISO 3166-1 from pycountry (python -m {__spec__.name}): {' '.join(ISO_FIELDS)}\n"
    rows = ("\t".join(row.get(field, "") for field in ISO_FIELDS) + "\n" for row in pycountry_rows())
    return header + "".join(rows)


def write_iso_table(path: Path | None = None) -> Path:
    """Write `data/iso_countries.tsv` (or `path`) from the installed pycountry; the path written."""
    target = path or config.data_path(ISO_TABLE)
    target.write_text(iso_table_text(), encoding="utf-8")
    return target


if __name__ == "__main__":
    sys.stdout.write(f"wrote {write_iso_table()}\n")
