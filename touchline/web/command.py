"""``touchline serve``: the click command. The web packages (Starlette, Jinja2, uvicorn) are imported only
when the command runs, so that ``touchline --help`` and the other commands stay fast and work without
the ``web`` extra."""

from __future__ import annotations

import ipaddress

import click

from touchline.config import default_db
from touchline.errors import ConfigError


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--db",
    default=default_db,
    show_default="TOUCHLINE_DB or ~/.local/share/touchline/touchline.sqlite",
    help="SQLite file or postgresql:// URL of the store (opened read-only).",
)
def serve(host: str, port: int, db: str) -> None:
    """Serve the web app (managers, clubs, tables, matches, search) over the store, read-only.

    Every page also answers as .json, and tables as .csv, by adding the extension to the path; the JSON
    endpoints are described at /openapi.json. Needs the web extra: pip install 'touchline[web]'.
    """
    try:
        import uvicorn

        from touchline.web.app import create_app
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ConfigError(
            f"touchline serve needs the web extra ({exc.name} is missing): pip install 'touchline[web]'"
        ) from None
    from touchline.config import redact
    from touchline.store.web import open_read_only

    if not _loopback(host):
        click.echo(f"warning: listening on {host}, reachable from other machines", err=True)
    store = open_read_only(db)
    app = create_app(store)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"touchline: serving {redact(db)} read-only at http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        store.close()
