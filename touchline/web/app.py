"""The ASGI app of ``touchline serve`` (Starlette): the routes of :mod:`touchline.web.routes`, each with
its ``.json`` and ``.csv`` twins, static files, the OpenAPI description, and one error shape.

- Only GET and HEAD: the app never writes, and the store is opened read-only.
- A bad parameter is a 400 with a JSON body ``{"error": {"status", "type", "message", "parameter",
  "suggestions"}}``; a thing that is not there a 404 (an HTML page with close names for a page, the
  same JSON shape for a twin).
- Every response carries an ``ETag`` (answered with a 304 when it matches ``If-None-Match``) and
  security headers (a Content-Security-Policy allowing nothing but the app's own files).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from touchline.errors import NotFoundError, TouchlineError
from touchline.store.base import Store
from touchline.web import links
from touchline.web.openapi import openapi
from touchline.web.page import json_text
from touchline.web.pages.common import Missing
from touchline.web.params import BadInput, parse, path_values
from touchline.web.routes import ROUTES, PageRoute
from touchline.web.site import Rendered, Site

HERE = Path(__file__).parent
log = logging.getLogger("touchline.web")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
        b"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every response (cheaper than Starlette's
    ``BaseHTTPMiddleware``, which would cost the cached pages much of their speed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, sending)


def error_body(
    status: int, kind: str, message: str, parameter: str | None = None, suggestions: Sequence[tuple[str, str]] = ()
) -> dict[str, object]:
    """The one error shape of every 4xx and 5xx answer."""
    return {
        "error": {
            "status": status,
            "type": kind,
            "message": message,
            "parameter": parameter,
            "suggestions": [{"name": name, "url": url} for name, url in suggestions],
        }
    }


def json_error(status: int, kind: str, message: str, parameter: str | None = None, suggestions: Any = ()) -> Response:
    """An error answered as JSON, written as the pages' twins are (:func:`~touchline.web.page.json_text`).
    The message may quote what the request sent or a name from a data file: ``<``, ``>`` and ``&``, the
    control characters and the bidirectional overrides are written as ``\\u`` escapes, so that the body
    reads as no markup whatever a client takes it for, and sends no escape sequence to a terminal."""
    text = json_text(error_body(status, kind, message, parameter, list(suggestions)))
    return Response(text, status_code=status, media_type="application/json")


def _respond(request: Request, found: Rendered, status: int = 200) -> Response:
    headers = {"ETag": found.etag, "Cache-Control": "no-cache"}
    if status == 200 and found.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    body = b"" if request.method == "HEAD" else found.body
    response = Response(body, status_code=status, media_type=found.media_type, headers=headers)
    if request.method == "HEAD":
        response.headers["content-length"] = str(len(found.body))
    return response


def _key(route: PageRoute, fmt: str, request: Request) -> tuple[object, ...]:
    """The cache key of a request: its page, path and query (order of parameters aside), and face."""
    items = tuple(sorted(request.query_params.multi_items()))
    return (route.name, tuple(sorted(request.path_params.items())), items, fmt)


def create_app(store: Store, *, cache_size: int = 512, check_every: float = 2.0) -> Starlette:
    """The app over an open (read-only) store."""
    site = Site(store, cache_size=cache_size, check_every=check_every)

    async def page(route: PageRoute, fmt: str, request: Request) -> Response:
        key = _key(route, fmt, request)
        if site.stale():
            await run_in_threadpool(site.refresh)
        found = site.cached(key)
        if found is not None:
            return _respond(request, found)
        try:
            given = path_values(route.path_params, request.path_params)
            query = parse(route.params, request.query_params.multi_items())
        except BadInput as exc:
            return json_error(400, "bad_request", str(exc), exc.parameter)
        url = str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
        try:
            found = await run_in_threadpool(site.render, route, fmt, given, query, key, url)
        except BadInput as exc:
            return json_error(400, "bad_request", str(exc), exc.parameter)
        except NotFoundError as exc:
            return await not_found(request, fmt, exc)
        except TouchlineError as exc:
            return json_error(400, "bad_request", str(exc))
        return _respond(request, found)

    async def not_found(request: Request, fmt: str, exc: NotFoundError | None, path: str = "") -> Response:
        if exc is None:
            last = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
            suggestions = (
                await run_in_threadpool(site.run, lambda: site.context.index.suggestions(last, _ALL)) if last else []
            )
            message = f"no page at {path}"
        else:
            suggestions = exc.links if isinstance(exc, Missing) else [(c, links.search(c)) for c in exc.candidates]
            message = str(exc)
        if fmt != "html":
            return json_error(404, "not_found", message, None, suggestions)
        body = site.html("error.html", status=404, message=message, suggestions=suggestions, url=path)
        return Response(body, status_code=404, media_type="text/html; charset=utf-8")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        path = request.url.path
        fmt = "json" if path.endswith((".json", ".csv")) else "html"
        if exc.status_code == 404:
            return await not_found(request, fmt, None, path)
        return json_error(exc.status_code, "http_error", str(exc.detail))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path, exc_info=exc)
        return json_error(500, "server_error", "the server could not build this page")

    async def spec(request: Request) -> Response:
        return JSONResponse(openapi(ROUTES))

    routes: list[Route | Mount] = []
    for route in ROUTES:
        faces = [("json", route.twin_path(".json"))]
        if route.csv:
            faces.append(("csv", route.twin_path(".csv")))
        for fmt, path in faces:
            routes.append(Route(path, partial(page, route, fmt), methods=["GET", "HEAD"], name=f"{route.name}.{fmt}"))
        routes.append(Route(route.path, partial(page, route, "html"), methods=["GET", "HEAD"], name=route.name))

    async def favicon(request: Request) -> Response:
        # browsers ask for /favicon.ico on pages without a <link rel="icon"> (a JSON twin, say)
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    routes.append(Route("/openapi.json", spec, methods=["GET", "HEAD"], name="openapi"))
    routes.append(Route("/favicon.ico", favicon, methods=["GET", "HEAD"], name="favicon"))
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.state.site = site
    return app


_ALL = ("person", "club", "competition")
