"""The OpenAPI 3.1 description of the JSON (and CSV) endpoints, made from the route table, so that it lists
exactly the pages the app serves with exactly the parameters it accepts."""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from touchline.web.params import Param
from touchline.web.routes import PageRoute

_PATTERNS = {
    "slug": r"^[^\W_](?:[\w.-]{0,98}[^\W_])?$",
    "code": r"^[a-z0-9]{1,10}(?:\.[a-z0-9]{1,10}){0,3}$",
    "season": r"^[0-9]{4}(?:[-/](?:[0-9]{2}|[0-9]{4}))?$",
    "result": r"^[WDL]{1,3}$",
}

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "type", "message", "parameter", "suggestions"],
            "properties": {
                "status": {"type": "integer"},
                "type": {"type": "string", "enum": ["bad_request", "not_found", "http_error", "server_error"]},
                "message": {"type": "string"},
                "parameter": {"type": ["string", "null"]},
                "suggestions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
                    },
                },
            },
        }
    },
}


def schema(param: Param) -> dict[str, object]:
    """The JSON schema of one parameter's value."""
    if param.kind == "date":
        out: dict[str, object] = {"type": "string", "format": "date"}
    elif param.kind == "int":
        out = {"type": "integer", "minimum": param.minimum, "maximum": param.maximum}
    elif param.kind == "choice":
        out = {"type": "string", "enum": list(param.choices)}
    elif param.kind == "flag":
        out = {"type": "string", "enum": ["0", "1", "true", "false"]}
    elif param.kind == "text":
        out = {"type": "string", "minLength": 1, "maxLength": 100}
    else:
        out = {"type": "string", "pattern": _PATTERNS[param.kind]}
    if param.default is not None:
        out["default"] = param.default
    if param.multi:
        return {"type": "array", "items": out}
    return out


def _parameters(route: PageRoute) -> list[dict[str, object]]:
    out: list[dict[str, object]] = [
        {"name": p.name, "in": "path", "required": True, "description": p.description, "schema": schema(p)}
        for p in route.path_params
    ]
    for param in route.params:
        item: dict[str, object] = {
            "name": param.name,
            "in": "query",
            "required": param.required,
            "description": param.description,
            "schema": schema(param),
        }
        if param.multi:
            item["style"] = "form"
            item["explode"] = True
        out.append(item)
    return out


def openapi(routes: Sequence[PageRoute]) -> dict[str, object]:
    """The description of every page's JSON and CSV twin."""
    errors: dict[str, object] = {
        "400": {
            "description": "A parameter that cannot be used (a bad date, code, id, number or choice).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        },
        "404": {
            "description": "Nothing by that id (with close names).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        },
    }
    paths: dict[str, object] = {}
    for route in routes:
        faces = [(".json", "application/json", {"type": "object"})]
        if route.csv:
            faces.append((".csv", "text/csv", {"type": "string"}))
        for ext, media, body in faces:
            responses: dict[str, object] = {
                "200": {
                    "description": route.summary,
                    "headers": {"ETag": {"schema": {"type": "string"}}},
                    "content": {media: {"schema": body}},
                },
                "304": {"description": "Not modified (the ETag matched If-None-Match)."},
                **errors,
            }
            paths[route.twin_path(ext)] = {
                "get": {
                    "operationId": f"{route.name}_{ext[1:]}",
                    "summary": route.summary,
                    "description": f"The {ext[1:].upper()} twin of the page at {route.path}.",
                    "parameters": _parameters(route),
                    "responses": responses,
                }
            }
    try:
        release = version("touchline")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout without install
        release = "0"
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "touchline",
            "version": release,
            "description": "Managerial records, league tables and positions from open football match data. "
            "Every page of the web app answers as JSON (and, where it shows a table, CSV) by adding "
            "the extension to its path.",
        },
        "paths": paths,
        "components": {"schemas": {"Error": ERROR}},
    }
