"""``touchline serve``: the click command. The web packages (Starlette, Jinja2, uvicorn) are imported only
when the command runs, so that ``touchline --help`` and the other commands stay fast and work without
the ``web`` extra."""

from __future__ import annotations

import ipaddress
import re

import click

from touchline.config import default_db, redact, store_url
from touchline.errors import ConfigError
from touchline.render import plain

# a host name as RFC 1123 spells one: dot-separated labels of letters, digits and inner hyphens (an
# internationalised name in its xn-- form), at most 253 characters
_HOST_NAME = re.compile(
    r"(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?"
)


def check_host(ctx: click.Context | None, param: click.Parameter | None, host: str) -> str:
    """``--host``: an IP address or a host name, else a one-line usage error (uvicorn would end in a
    traceback, and the warning and banner would print the value raw)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOST_NAME.fullmatch(host):
            raise click.BadParameter(f'"{plain(host)}" is not an IP address or a host name') from None
    return host


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    callback=check_host,
    help="Address to listen on (loopback by default).",
)
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
    from touchline.store.web import open_read_only

    db = store_url(db)
    if not _loopback(host):
        click.echo(f"warning: listening on {plain(host)}, reachable from other machines", err=True)
    store = open_read_only(db)
    app = create_app(store)
    shown = f"[{host}]" if ":" in host else host
    # the store's name is the user's, but may hold anything a file name can: shown escaped, as errors are
    click.echo(
        f"touchline: serving {plain(redact(db))} read-only at http://{plain(shown)}:{port}/ (Ctrl-C stops)", err=True
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        store.close()
