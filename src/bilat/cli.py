"""The `bilat` command line. Each area of the package registers its own commands here.

Commands live beside the code they drive (``bilat/<area>/commands.py``) and are
registered on one Typer app; this module only assembles them and turns every
error into one clear line (``--debug`` shows the traceback).
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from typing import Annotated

import typer

from bilat import __version__
from bilat.console import error
from bilat.errors import BilatError

app = typer.Typer(
    name="bilat",
    help="Build and query a source-grounded knowledge graph of international STI cooperation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"max_content_width": 130, "help_option_names": ["-h", "--help"]},
)

# Modules that define a `register(app)` function adding their commands.
COMMAND_MODULES = (
    "bilat.ingest.commands",
    "bilat.extract.commands",
    "bilat.extract.reference.commands",
    "bilat.temporal.commands",
    "bilat.query.commands",
    "bilat.web.commands",
)

_DEBUG = {"on": bool(os.environ.get("BILAT_DEBUG"))}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bilat {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    """Build and query a source-grounded knowledge graph of international STI cooperation."""
    if debug:
        _DEBUG["on"] = True


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and (name == exc.name or name.startswith(exc.name + ".")):  # area not built
                continue
            raise
        module.register(app)


_register_all()


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; report user errors as one line and unexpected ones without a traceback."""
    if argv is None and "--debug" in sys.argv[1:]:
        _DEBUG["on"] = True
    try:
        code = app(args=argv, standalone_mode=False)  # click returns typer.Exit's code here
        if isinstance(code, int) and code:
            sys.exit(code)
    except BilatError as exc:
        if _DEBUG["on"]:
            traceback.print_exc()
        error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        error("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        error("interrupted")
        sys.exit(130)
    except Exception as exc:  # click's usage errors and anything unexpected
        import click

        # Typer >= 0.16 raises its vendored copy of click's exceptions (typer._click), not click's.
        usage_error = isinstance(exc, click.ClickException) or type(exc).__module__.startswith("typer._click")
        if usage_error and hasattr(exc, "show"):
            exc.show()
            sys.exit(getattr(exc, "exit_code", 2))
        if _DEBUG["on"]:
            traceback.print_exc()
        error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(1)
    sys.exit(0)
