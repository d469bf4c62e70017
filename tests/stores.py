"""Stores built for one test module: real data files and person files written as TOML texts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from touchline.api.importing import import_paths
from touchline.api.people import import_people
from touchline.store import Store, open_store


@contextmanager
def store_with(folder: Path, files: Sequence[Path], people: Sequence[str] = ()) -> Iterator[Store]:
    """A new SQLite store in ``folder`` holding ``files`` (each must import whole) and the people of
    ``people``, each the text of a person file."""
    written = []
    for number, text in enumerate(people, 1):
        path = folder / f"person-{number}.toml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    with open_store(folder / "store.sqlite") as store:
        assert import_paths(store, files).ok
        import_people(store, written)
        yield store


def person(name: str, *spells: str) -> str:
    """The text of a person file for ``name`` (its id the name's slug) with these ``[[spell]]`` bodies."""
    slug = name.lower().replace(" ", "-")
    return f'id = "{slug}"\nname = "{name}"\n' + "".join(f"\n[[spell]]\n{body}\n" for body in spells)
