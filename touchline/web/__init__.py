"""``touchline serve``: a read-only web app over the store (docs/web.md).

:mod:`touchline.web.app` builds the ASGI app (Starlette) from the page table in
:mod:`touchline.web.routes`; each page builder in :mod:`touchline.web.pages` calls the same library
functions as the CLI and returns one :class:`~touchline.web.page.Page` whose HTML, ``.json`` and ``.csv``
faces always agree. Nothing here is imported by ``touchline --help``: the click command
(:mod:`touchline.web.command`) imports the web packages only when it runs.
"""
