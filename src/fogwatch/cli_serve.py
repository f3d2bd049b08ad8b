"""``fogwatch serve``: the API (and web page) over the store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import os

import click

from .cli_store import DB_HELP


@click.command("serve")
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token-env", default="FOGWATCH_TOKEN", show_default=True,
              help="Environment variable holding the bearer token for writes; unset: writes are disabled.")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Allow this browser origin (repeatable).")
def serve_command(db: str | None, host: str, port: int, token_env: str, cors_origins: tuple[str, ...]) -> None:
    """Serve the store over HTTP: /api/v1/ (OpenAPI at /api/v1/openapi.json).

    \b
    Example:
      FOGWATCH_TOKEN=$(openssl rand -hex 16) fogwatch serve --db events.db
    """
    import uvicorn

    from .api import create_app
    from .errors import FogwatchError

    token = os.environ.get(token_env) or None
    try:
        app = create_app(db, token=token, cors_origins=cors_origins)
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    if token is None:
        click.echo(f"${token_env} is not set: the API is read-only (ingest answers 403)", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: binding {host}: the API is reachable from other machines", err=True)
    uvicorn.run(app, host=host, port=port, server_header=False)
