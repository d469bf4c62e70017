"""A file is read again when the club registry would read it otherwise: a newer touchline corrected a
name in it (``[[correction]]``) or bound a name to seasons (an era). The store keeps, per file, a digest
of what the registry decided as it was read (``files.reading``, :meth:`ClubRegistry.reading`), and
``touchline import`` replaces a stored file read under another one even though its bytes did not
change; read the same way, it is skipped as before.

The file: worldfootball's Russian Top League 1992, whose Gruppe B names Lokomotiv Nizhny Novgorod
"Lokomotiv Moskva" (en.wikipedia "1992 Russian Top League": Lokomotiv Moskva in group A, Lokomotiv
Nizhny Novgorod in group B; the correction in touchline/data/clubs.toml)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from touchline.api.importing import import_paths
from touchline.reference.clubs import ClubRegistry
from touchline.store import Store, open_store
from touchline.store.read import season_matches

LABEL = "worldfootball-cache-full/archive/1990s/1992/ru.1.txt"
DATA = Path(os.environ.get("TOUCHLINE_DATA", Path(__file__).parents[2] / "shared" / "data"))


def _without_its_correction() -> ClubRegistry:
    """The shipped registry as a touchline without the 1992 correction had it."""
    shipped = ClubRegistry.default()
    kept = [c for c in shipped.corrections if c.file != LABEL]
    assert len(kept) == len(shipped.corrections) - 1
    return ClubRegistry(shipped.clubs(), shipped.distinct, kept)


def _games(store: Store) -> tuple[int, int]:
    """(Lokomotiv Moskva's, Lokomotiv Nizhny Novgorod's) matches of the 1992 season."""
    found = season_matches(store, "ru.1", "1992")
    return (
        sum("Lokomotiv Moskva" in (m.home, m.away) for m in found),
        sum("Lok. Nizhni Novgorod" in (m.home, m.away) for m in found),
    )


def test_the_digest_changes_with_a_files_corrections_only() -> None:
    shipped, before = ClubRegistry.default(), _without_its_correction()
    assert shipped.reading(LABEL) != before.reading(LABEL)
    # another file, no correction of its own: read the same way by both
    other = "worldfootball-cache-full/archive/1990s/1993/ru.1.txt"
    assert shipped.reading(other) == before.reading(other)
    assert len(shipped.reading(LABEL)) == 16


def test_the_digest_changes_with_a_names_era() -> None:
    text = '[[club]]\nid = "bel-mouscron"\nname = "Excel Mouscron"\ncountry = "BEL"\n'
    bound = text + 'other_names = ["Mouscron"]\nname_seasons = { "Mouscron" = "..2009-10" }\n'
    moved = bound.replace("..2009-10", "..2008-09")
    readings = {ClubRegistry.from_toml(t).reading("any/file.txt") for t in (text, bound, moved)}
    assert len(readings) == 3


@pytest.mark.parametrize("older_store", [False, True])
def test_a_file_read_under_another_registry_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, older_store: bool
) -> None:
    path = DATA / LABEL
    with open_store(tmp_path / "store.sqlite") as store:
        if older_store:
            # a store of schema 6 knew no digest: its files are read again once
            assert import_paths(store, [path]).imported == 1
            store.execute("UPDATE files SET reading = ''")
        else:
            before = _without_its_correction()
            monkeypatch.setattr(ClubRegistry, "default", classmethod(lambda cls: before))
            assert import_paths(store, [path]).imported == 1
            # without the correction, Lokomotiv Moskva plays both groups (18 + 18) and the championship
            assert _games(store) == (18 + 18 + 8, 8)
            monkeypatch.undo()
        again = import_paths(store, [path])
        assert (again.updated, again.already_imported) == (1, 0)
        # the 18 matches of Gruppe B's "Lokomotiv Moskva" are Nizhny Novgorod's now (a match's clubs
        # are part of what it is: out under the one, in under the other); read as before, none
        moved = 0 if older_store else 18
        assert (again.new, again.removed, again.changed) == (moved, moved, 0)
        assert _games(store) == (18 + 8, 18 + 8)
        # read the same way now: skipped, nothing changes
        third = import_paths(store, [path])
        assert (third.already_imported, third.updated, third.changed) == (1, 0, 0)
        assert _games(store) == (18 + 8, 18 + 8)
