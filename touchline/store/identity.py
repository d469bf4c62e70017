"""Reading club identity back from the store: which names each club answers to, and why."""

from __future__ import annotations

from collections import defaultdict

from touchline.store.base import Store


def clubs_brief(store: Store) -> list[tuple[str, str, str | None, bool]]:
    """(id, name, country, reviewed) of every club, by id."""
    return [
        (str(i), str(n), c, bool(k))
        for i, n, c, k in store.query("SELECT id, name, country, known FROM clubs ORDER BY id")
    ]


def name_usage(store: Store) -> list[tuple[str, str, str, str, str, str]]:
    """(club, namespace, name, first season, last season, sources) of every name, by club and first season."""
    sources: dict[int, set[str]] = defaultdict(set)
    seasons: dict[int, list[str]] = defaultdict(list)
    for node, season, source in store.query(
        "SELECT DISTINCT fn.node_id, fn.season, f.source FROM file_nodes fn JOIN files f ON f.id = fn.file_id"
    ):
        sources[int(node)].add(str(source))
        seasons[int(node)].append(str(season))
    out = []
    for node, club, namespace, name in store.query("SELECT id, club_id, namespace, name FROM nodes"):
        used = sorted(seasons.get(int(node), ["?"]))
        out.append((str(club), str(namespace), str(name), used[0], used[-1], ", ".join(sorted(sources[int(node)]))))
    out.sort(key=lambda r: (r[0], r[3], r[1], r[2]))
    return out


def link_evidence(store: Store) -> list[tuple[str, str, str, str, int, str, str]]:
    """(club, kind, name, other name, support, where, other where) of every link, by club."""
    rows = store.query(
        "SELECT n.club_id, l.kind, n.name, o.name, l.support, fa.path, ra.line, fb.path, rb.line FROM club_links l "
        "JOIN nodes n ON n.id = l.node_a JOIN nodes o ON o.id = l.node_b "
        "LEFT JOIN source_rows ra ON ra.id = l.row_a LEFT JOIN files fa ON fa.id = ra.file_id "
        "LEFT JOIN source_rows rb ON rb.id = l.row_b LEFT JOIN files fb ON fb.id = rb.file_id "
        "ORDER BY n.club_id, l.kind, n.name, o.name"
    )
    return [
        (
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            int(r[4]),
            f"{r[5]}:{r[6]}" if r[5] is not None else "",
            f"{r[7]}:{r[8]}" if r[7] is not None else "",
        )
        for r in rows
    ]
