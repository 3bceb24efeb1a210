"""`bilat ror-build`: rebuild the compact organisation file from ROR data."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from bilat.console import print_json, stdout
from bilat.errors import InputError


def _data_path(name: str) -> Path:
    return Path(str(resources.files("bilat.extract").joinpath("data", name)))


def register(app: typer.Typer) -> None:
    """Add the reference-data commands to the CLI."""

    @app.command("ror-build")
    def ror_build(
        source: Annotated[
            Path,
            typer.Argument(
                help="ROR data: a dump .zip or .json (schema v1 or v2), or JSON lines (.jsonl, .jsonl.gz)."
            ),
        ],
        out: Annotated[
            Path | None,
            typer.Option("--out", help="Compact file to write (default: the one shipped in the package)."),
        ] = None,
        cities: Annotated[
            Path | None,
            typer.Option("--cities", help="City table to write (default: next to --out as cities.tsv)."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Report as JSON.")] = False,
    ) -> None:
        """Rebuild bilat's compact organisation file (and city table) from a ROR data file."""
        from bilat.extract.reference import ror

        target = out or _data_path("ror.jsonl.gz")
        city_file = cities or target.with_name("cities.tsv")
        started = time.perf_counter()
        try:
            count, city_rows = ror.build(source, target)
            ror.write_cities(city_rows, city_file)
        except OSError as exc:
            raise InputError(f"cannot write ({exc.strerror or exc})", source=str(target)) from exc
        if count == 0:
            raise InputError("no active organisation records found", source=str(source))
        if out is None:  # the packaged file changed: so must the packaged index built from it
            _write_index()
        report = {
            "organizations": count,
            "cities": len(city_rows),
            "out": str(target),
            "cities_out": str(city_file),
            "seconds": round(time.perf_counter() - started, 2),
        }
        if as_json:
            print_json(report)
        else:
            stdout.print(
                f"wrote {count} organisations to {target} and {len(city_rows)} cities to {city_file} "
                f"in {report['seconds']} s",
                markup=False,
                highlight=False,
            )

    @app.command("ror-index")
    def ror_index(as_json: Annotated[bool, typer.Option("--json", help="Report as JSON.")] = False) -> None:
        """Rebuild the organisation index shipped in the package (after editing the organisation data)."""
        started = time.perf_counter()
        count, target = _write_index()
        seconds = round(time.perf_counter() - started, 2)
        report = {"organizations": count, "out": str(target), "seconds": seconds}
        if as_json:
            print_json(report)
        else:
            stdout.print(f"indexed {count} organisations into {target}", markup=False, highlight=False)


def _write_index() -> tuple[int, Path]:
    """Write the packaged organisation index; (organisations, file)."""
    from bilat.extract.reference.organizations import PACKAGED_INDEX, write_packaged_index

    target = _data_path(PACKAGED_INDEX)
    try:
        return write_packaged_index(target), target
    except OSError as exc:
        raise InputError(f"cannot write ({exc.strerror or exc})", source=str(target)) from exc
