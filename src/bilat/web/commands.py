"""`bilat serve`: the web UI and JSON API on localhost."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Annotated

import typer

from bilat.console import warn
from bilat.errors import BilatError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750


def _store_path(db: Path | None) -> Path:
    """The store to serve (``--db``, else ``$BILAT_DB``, else ``./bilat.db``), created and migrated if new."""
    from bilat.graph.store import Store

    with Store.open(db) as store:
        return store.path


def check_port(host: str, port: int) -> None:
    """Fail with one line when the address cannot be bound (in use, unknown host, no permission)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, _, _, _, address = infos[0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise BilatError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc


def serve(
    db: Annotated[Path | None, typer.Option("--db", help="Store file (default $BILAT_DB).")] = None,
    host: Annotated[str, typer.Option(help="Address to bind (localhost by default).")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    allow_upload: Annotated[
        bool, typer.Option("--allow-upload", help="Accept POST /api/documents with the printed token.")
    ] = False,
    max_upload_mb: Annotated[float, typer.Option(min=0.01, max=1024, help="Largest upload accepted.")] = 10,
) -> None:
    """Serve the web UI and the JSON API (read-only unless --allow-upload)."""
    import uvicorn

    from bilat.web.app import create_app, new_upload_token

    check_port(host, port)
    path = _store_path(db)
    token = new_upload_token() if allow_upload else None
    app = create_app(path, allow_upload=allow_upload, upload_token=token,
                     max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    if host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"warning: listening on {host}, reachable from other machines")
    typer.echo(f"bilat: serving {path} at http://{host}:{port}/  (API docs at /api/docs; Ctrl+C stops)")
    if token:
        typer.echo(f"bilat: uploads allowed with the header  Authorization: Bearer {token}")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def register(app: typer.Typer) -> None:
    """Add `bilat serve` to the CLI."""
    app.command("serve")(serve)
