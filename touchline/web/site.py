"""The served site: the read-only store, the computed pages kept per store state, and rendering.

Computing a page (a manager's record, a season's tables) takes tens to hundreds of milliseconds;
serving a kept one takes microseconds. Pages and their rendered bodies are kept in two bounded LRU
caches under the store's state token (:func:`touchline.store.web.state`), checked at most every
``check_every`` seconds: an import into the store while it is served empties the caches. The store is
one connection, used by one thread at a time (``lock``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import jinja2
import markupsafe

from touchline.reference.stages import round_label
from touchline.render import cell_text, plain
from touchline.store import web as web_store
from touchline.store.base import Store
from touchline.views.listing import away_name, home_name
from touchline.web import links
from touchline.web.page import Page, csv_text, json_text
from touchline.web.pages.common import Context
from touchline.web.routes import PageRoute

HERE = Path(__file__).parent
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A bounded mapping that forgets the least recently used entry first; safe to use from the event
    loop and the worker threads at once."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[K, V] = OrderedDict()
        self.guard = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value under ``key`` (now the most recently used), or ``None``."""
        with self.guard:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Keep ``value``, forgetting the oldest entry when full."""
        with self.guard:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        """Forget everything."""
        with self.guard:
            self.items.clear()

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A response body with its media type and entity tag."""

    body: bytes
    media_type: str
    etag: str


MEDIA = {
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
}


def shown(value: object) -> object:
    """A value a template prints, as the CLI's ``--format html`` shows it: text with its control
    characters (a terminal's escape sequences, CR, BEL) and bidirectional overrides written as visible
    ``\\xNN`` and ``\\uNNNN`` escapes (:func:`touchline.render.plain`), so that a name from a data file
    neither reaches the browser raw nor displays reordered. Markup (a macro's output, already made of
    shown values) and other values pass as they are; autoescape then escapes the text."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return plain(value)
    return value


def templates() -> jinja2.Environment:
    """The Jinja environment: every value escaped (autoescape) after :func:`shown`, undefined names an
    error."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=shown,
    )
    env.filters["cell"] = cell_text
    env.globals["links"] = links
    # a match's clubs as they were named in its season (clubs.toml's former_names)
    env.globals["home_name"] = home_name
    env.globals["away_name"] = away_name
    # a round in English as touchline shows it ("Achtelfinale" -> "Round of 16", data/rules/_stages.toml)
    env.filters["round_label"] = round_label
    return env


def rendered(body: str, fmt: str) -> Rendered:
    """A body as bytes with its strong entity tag (a hash of the bytes)."""
    data = body.encode("utf-8")
    return Rendered(data, MEDIA[fmt], '"' + hashlib.blake2b(data, digest_size=16).hexdigest() + '"')


class Site:
    """The store and the caches of one served app."""

    def __init__(self, store: Store, *, cache_size: int = 512, check_every: float = 2.0) -> None:
        self.store = store
        self.lock = threading.Lock()
        self.context = Context(store)
        self.pages: LRU[Hashable, Page] = LRU(cache_size)
        self.bodies: LRU[Hashable, Rendered] = LRU(cache_size * 2)
        self.check_every = check_every
        self.state = web_store.state(store)
        self.checked = time.monotonic()
        self.env = templates()
        self.computed = 0  # pages computed (not served from the cache), for tests and the benchmark

    def stale(self) -> bool:
        """Whether the store's state is due to be checked again."""
        return time.monotonic() - self.checked > self.check_every

    def refresh(self) -> None:
        """Check the store's state; a changed store empties the caches."""
        with self.lock:
            if not self.stale():
                return
            now = web_store.state(self.store)
            self.checked = time.monotonic()
            if now != self.state:
                self.state = now
                self.pages.clear()
                self.bodies.clear()
                self.context = Context(self.store)

    def cached(self, key: Hashable) -> Rendered | None:
        """A kept response body, if any (no store access)."""
        return self.bodies.get((self.state, dt.date.today(), key))

    def render(
        self, route: PageRoute, fmt: str, path: dict[str, object], query: dict[str, object], key: Hashable, url: str
    ) -> Rendered:
        """The page's body in ``fmt``, computed (under the store lock) unless kept."""
        # an open spell runs to today: pages are kept per day as well as per store state
        full_key = (self.state, dt.date.today(), key)
        found = self.bodies.get(full_key)
        if found is not None:
            return found
        page_key = (self.state, dt.date.today(), key[:-1] if isinstance(key, tuple) else key)
        page = self.pages.get(page_key)
        if page is None:
            with self.lock:
                page = self.pages.get(page_key)
                if page is None:
                    with self.store.remembering():
                        page = route.build(self.context, path, query)
                    self.computed += 1
                    self.pages.put(page_key, page)
        out = self.face(page, fmt, url)
        self.bodies.put(full_key, out)
        return out

    def face(self, page: Page, fmt: str, url: str) -> Rendered:
        """One face of a page: its template, its JSON or its CSV."""
        if fmt == "json":
            return rendered(json_text(page.data), fmt)
        if fmt == "csv":
            assert page.table is not None
            return rendered(csv_text(page.table), fmt)
        return rendered(self.html(page.template, page=page, url=url, **page.context), fmt)

    def html(self, template: str, **context: object) -> str:
        """A template rendered with ``context``."""
        return self.env.get_template(template).render(**context)

    def run(self, work: Callable[[], V]) -> V:
        """``work()`` holding the store lock (for pages built outside :meth:`render`, such as errors)."""
        with self.lock:
            return work()
