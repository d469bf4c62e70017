"""Which files an import reads, and under what names: files found under the paths given (recognised by
content), each named by its data set (:func:`source_label`), and the stored files ``import --prune``
takes out because they are no longer there (:func:`prunable`)."""

from __future__ import annotations

import fnmatch
import functools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from touchline.api.summary import ImportSummary
from touchline.errors import ConfigError
from touchline.sources import SUFFIXES, classify, looks_like_match_data, read_head
from touchline.store import Store
from touchline.store.writer import stored_files


def source_label(path: Path, root: Path) -> tuple[str, str]:
    """(source name, path label) for a file found under the import argument ``root``.

    A source is a data set: a folder such as ``openfootball-belgium`` or ``engsoccerdata``. An import
    root that holds several data sets (``../shared/data``) names each file by the data set it is in;
    a root inside a data set, or a single file, is named from the data set it belongs to, so the
    same file gets the same label however it was imported: ``openfootball-belgium/2018-19/be1.txt``
    for ``data``, ``data/openfootball-belgium`` and ``data/openfootball-belgium/2018-19/be1.txt`` alike.
    """
    if root.is_dir() and _holds_data_sets(root):
        relative = path.relative_to(root)
        if len(relative.parts) > 1:
            return relative.parts[0], relative.as_posix()
    home = _data_set(path.parent)
    name = home.name
    return name, f"{name}/{path.resolve().relative_to(home.resolve()).as_posix()}"


def _holds_data_sets(folder: Path) -> bool:
    """Whether a folder given to import is one of several data sets (``../shared/data``): its files are
    named by their path below it, and its sub-folders are the data sets."""
    return not _is_data_set(folder) and not _layout_folder(folder.name)


def _layout_folder(name: str) -> bool:
    """Whether a folder name is part of a data set's layout, not its name: ``2020-21``, ``1950s``,
    ``history``, ``archive``."""
    return name[:4].isdigit() or name in ("history", "archive")


_NOTICES = ("license", "licence", "readme", "copying")


@functools.cache
def _is_data_set(folder: Path) -> bool:
    """Whether a folder is one data set (not a folder of several): it has a licence or read-me file, or
    data files of its own, or one sub-folder, or only season, decade and history folders."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return False
    files = [e for e in entries if e.is_file()]
    folders = [e for e in entries if e.is_dir()]
    if any(f.name.lower().startswith(_NOTICES) for f in files):
        return True
    if any(f.suffix.lower() in (".txt", ".json", ".csv") for f in files):
        return True
    return len(folders) == 1 or (bool(folders) and all(_layout_folder(f.name) for f in folders))


@functools.cache
def _data_set(folder: Path) -> Path:
    """The data set a folder belongs to: up through layout folders and data sets, to the last folder
    below one that holds several data sets (or the file system's root)."""
    current = folder.resolve()
    while current.parent != current:
        parent = current.parent
        if not (_layout_folder(parent.name) or _is_data_set(parent) or _layout_folder(current.name)):
            break
        current = parent
    return current


def forget_folders() -> None:
    """Forget what was learnt of folders (which are data sets): a long-lived process (a test, a server)
    may import again after the data changed."""
    _is_data_set.cache_clear()
    _data_set.cache_clear()


def _walk(root: Path, summary: ImportSummary, follow_symlinks: bool) -> Iterator[Path]:
    """Every file under a folder, by path. A folder that cannot be read is an error; a link that leads out
    of the folder is left out with a warning unless ``follow_symlinks``: never skipped in silence."""
    top = root.resolve()

    def unreadable(exc: OSError) -> None:
        summary.errors.append(f"{exc.filename}: cannot read this folder ({exc.strerror})")

    found: list[Path] = []
    # folders walked, by where they really are: a link followed back to one of them is a loop
    visited = {top}
    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=follow_symlinks):
        here = Path(folder)
        for name in list(dirs):
            link = here / name
            if link.is_symlink() and not follow_symlinks and not link.resolve().is_relative_to(top):
                dirs.remove(name)
                summary.warnings.append(f"{link}: a link out of {root}, left out (--follow-symlinks reads it)")
            elif follow_symlinks:
                real = link.resolve()
                if real in visited:
                    dirs.remove(name)
                    summary.warnings.append(
                        f"{link}: a link to a folder read already (a loop, or a second way in), left out"
                    )
                else:
                    visited.add(real)
        for name in files:
            path = here / name
            if path.is_symlink() and not path.exists():
                summary.errors.append(f"{path}: a broken link (it leads to no file): left out")
                summary.rejected += 1
                continue
            if path.is_symlink() and not follow_symlinks and not path.resolve().is_relative_to(top):
                summary.warnings.append(f"{path}: a link out of {root}, left out (--follow-symlinks reads it)")
                continue
            if not path.is_file():
                summary.errors.append(f"{path}: not a regular file (a pipe, socket or device): left out")
                summary.rejected += 1
                continue
            found.append(path)
    return iter(sorted(found))


def find_files(
    paths: Sequence[Path],
    summary: ImportSummary,
    exclude: Sequence[str] = (),
    *,
    skip_unknown: bool = False,
    follow_symlinks: bool = False,
) -> Iterator[tuple[Path, Path, str]]:
    """(file, import root, format) for every match file under ``paths``.

    Every file ends as recognised (yielded), as not match data (listed in ``summary.not_match_data`` with
    its reason: notes, licences, maps), or listed with its reason: a file that looks like match data but that no
    reader reads is an error (a warning with ``skip_unknown``), as is an explicit file no reader reads.
    A file is left out when any part of its path below the root matches an ``exclude`` glob.
    """
    for root in paths:
        if not root.exists():
            broken = " (a broken link)" if root.is_symlink() else ""
            raise ConfigError(f"no such file or folder: {root}{broken}")
        if not root.is_file() and not root.is_dir():
            raise ConfigError(f"{root}: not a regular file or a folder (a pipe, socket or device)")
        candidates = iter([root]) if root.is_file() else _walk(root, summary, follow_symlinks)
        for path in candidates:
            parts = path.relative_to(root).parts if path != root else (path.name,)
            if any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in exclude):
                continue
            found, reason = classify(path)
            if found is not None:
                yield path, root, found.FORMAT
                continue
            if root.is_file():
                raise ConfigError(f"{path}: not a match file touchline can read: {reason}")
            if path.suffix.lower() in SUFFIXES and looks_like_match_data(path, read_head(path)):
                message = f"{path}: looks like match data, but touchline cannot read it: {reason}"
                if skip_unknown:
                    summary.warnings.append(message + " (left out)")
                else:
                    summary.errors.append(message + "; fix it, or import with --skip-unknown")
                    summary.rejected += 1
                continue
            summary.not_match_data.append(f"{path}: not match data ({reason})")


@dataclass(frozen=True, slots=True)
class _Scope:
    """Stored files an import root stands for: those of ``source`` whose label starts with ``prefix``;
    such a file is at ``base / label``, and its path below the root is its label from ``below`` on."""

    source: str
    prefix: str
    base: Path
    below: int

    def holds(self, source: str, label: str) -> bool:
        return source == self.source and label.startswith(self.prefix)


def _scopes(root: Path) -> list[_Scope]:
    """The scopes of a folder given to import, read as :func:`source_label` names the files under it: a
    folder of several data sets stands for each data set folder in it; a data set, or a folder inside
    one, for the data set's files under it."""
    if _holds_data_sets(root):
        # a file's label is its path below the folder
        return [_Scope(sub.name, f"{sub.name}/", root, 0) for sub in sorted(root.iterdir()) if sub.is_dir()]
    home = _data_set(root)
    below = root.resolve().relative_to(home).as_posix()
    prefix = f"{home.name}/" if below == "." else f"{home.name}/{below}/"
    return [_Scope(home.name, prefix, home.parent, len(prefix))]


def prunable(
    store: Store,
    paths: Sequence[Path],
    found: set[tuple[str, str]],
    summary: ImportSummary,
    exclude: Sequence[str] = (),
) -> dict[int, str]:
    """Stored files (id -> stored path) that ``import --prune`` takes out: of the data sets and folders
    given, those no longer there (renamed, split or deleted upstream). ``found`` holds the (source,
    label) of every match file the import found under ``paths``.

    Nothing else is ever pruned, and what is left alone is said in ``summary.notes``:

    - a single file given prunes nothing: it names one file, not a set the store should match (its
      neighbours may have been left out on purpose);
    - a data set or folder in which no match file is found prunes nothing: an empty checkout, a moved
      folder or a typo must not wipe a store (``touchline sources remove`` takes files out on purpose);
    - of a folder of several data sets, only the data sets still in it are pruned; a stored data set not
      found under any folder given is named, and kept;
    - a stored file that is still there but is left out by ``exclude`` (or no longer read) is kept.
    """
    stored = stored_files(store)
    gone: dict[int, str] = {}
    scopes: list[_Scope] = []
    several = False
    for root in paths:
        if root.is_file():
            summary.notes.append(f"{root}: a single file, so nothing is pruned beside it (--prune prunes folders)")
            continue
        here = _scopes(root)
        scopes += here
        if not any(scope.holds(source, label) for scope in here for source, label in found):
            summary.notes.append(f"{root}: no match file found under it, so nothing is pruned")
            continue
        several = several or _holds_data_sets(root)
        for scope in here:
            held = [(s, label) for s, label in stored if scope.holds(s, label)]
            if not held:
                continue
            if not any(scope.holds(s, label) for s, label in found):
                summary.notes.append(
                    f"{scope.base / scope.prefix}: no match file found, so none of its {len(held)} stored "
                    "file(s) is pruned (`touchline sources remove` takes files out)"
                )
                continue
            for source, label in held:
                path = scope.base / label
                parts = Path(label[scope.below :]).parts
                if path.is_file() or any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in exclude):
                    continue
                gone[stored[(source, label)][0]] = label
    if several:
        missing = sorted({s for s, label in stored} - {scope.source for scope in scopes})
        if missing:
            summary.notes.append(
                f"{len(missing)} stored data set(s) not found under the folders given, so not pruned: "
                f"{', '.join(missing)}"
            )
    return gone
