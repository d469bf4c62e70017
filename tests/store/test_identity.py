"""Club identity in a real store: every source's spelling of a club lands on one club, and no other."""

from __future__ import annotations

import re

import pytest

from touchline.reference.clubs import normalize
from touchline.store import Store

# Spellings the sources really use, in the namespace they are read in ("" for no country).
SAME_CLUB: dict[str, list[tuple[str, str]]] = {
    "den-fc-kobenhavn": [("DEN", "FC København"), ("DEN", "FC Copenhagen"), ("", "FC København")],
    "bel-kaa-gent": [("BEL", "KAA Gent"), ("BEL", "Gent")],
    "bel-krc-genk": [("BEL", "KRC Genk"), ("BEL", "Genk")],
    "ger-fc-augsburg": [("GER", "FC Augsburg"), ("GER", "Augsburg")],
    "den-esbjerg-fb": [("DEN", "Esbjerg fB"), ("DEN", "Esbjerg")],
    "den-fc-midtjylland": [("DEN", "FC Midtjylland"), ("DEN", "Midtjylland")],
    "den-sonderjyske": [("DEN", "SønderjyskE"), ("DEN", "Sonderjyske")],
    "ger-borussia-monchengladbach": [("GER", "Bor. Mönchengladbach"), ("GER", "Bor. Monchengladbach")],
    "ger-1-fc-koln": [("GER", "1. FC Köln"), ("GER", "1. FC Koln"), ("GER", "FC Koln")],
    "ger-bayern-munchen": [("GER", "Bayern München"), ("GER", "FC Bayern München"), ("GER", "Bayern Munich")],
    "ger-bayer-leverkusen": [("GER", "Bayer Leverkusen"), ("GER", "Bayer 04 Leverkusen"), ("GER", "Leverkusen")],
    "rou-fcsb": [("ROU", "FCSB"), ("ROU", "FC Steaua Bucureşti")],
}


def _club(store: Store, namespace: str, name: str) -> str:
    found = store.query("SELECT club_id FROM nodes WHERE namespace = ? AND name = ?", (namespace, name))
    assert found, f"no name {name!r} in {namespace or 'no country'}"
    return str(found[0][0])


@pytest.mark.parametrize("club_id", sorted(SAME_CLUB))
def test_same_club_whichever_source(focused: Store, club_id: str) -> None:
    assert {_club(focused, space, name) for space, name in SAME_CLUB[club_id]} == {club_id}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("BEL", "Club Brugge KV"), ("BEL", "Cercle Brugge")),
        (("GER", "Bayern München"), ("GER", "TSV 1860 München")),
        (("BEL", "K Beerschot VA"), ("BEL", "Germinal Beerschot")),
        (("BEL", "Excelsior Mouscron"), ("BEL", "Royal Excel Mouscron")),
        (("DEN", "FC København"), ("DEN", "FC Nordsjælland")),
    ],
)
def test_different_clubs_stay_different(focused: Store, one: tuple[str, str], other: tuple[str, str]) -> None:
    assert _club(focused, *one) != _club(focused, *other)


FOCUS = {"den-fc-midtjylland", "den-fc-kobenhavn", "bel-kaa-gent", "bel-krc-genk", "den-esbjerg-fb", "ger-fc-augsburg"}
FOCUS_LIKE = re.compile(r"midtjylland|kobenhavn|copenhagen|^gent$|genk|esbjerg|augsburg")
# other clubs of Copenhagen in engsoccerdata's European Cup rows: KB, B 1903, B.93, B 1960, BK Frem
OTHER_COPENHAGEN = re.compile(r"^(kb|b 1903|b 93|b 1960|frem) kobenhavn$")


def test_every_league_name_of_the_seed_leagues_is_a_reviewed_club(focused: Store) -> None:
    # the registry was reviewed for the Superliga, the First Division A and the Bundesliga from 2008-09
    rows = focused.query(
        "SELECT DISTINCT n.namespace, n.name, c.id, c.known FROM file_nodes fn JOIN nodes n ON n.id = fn.node_id "
        "JOIN clubs c ON c.id = n.club_id WHERE fn.competition IN ('dk.1', 'be.1', 'de.1') AND fn.season >= '2008'"
    )
    assert len(rows) > 150
    assert [r for r in rows if not r[3]] == []


def test_names_like_the_seed_clubs_are_the_seed_clubs(focused: Store) -> None:
    rows = focused.query("SELECT namespace, name, club_id FROM nodes")
    lookalikes = [r for r in rows if FOCUS_LIKE.search(normalize(r[1])) and r[0] in ("DEN", "BEL", "GER", "")]
    assert len(lookalikes) >= 15
    # reserve and youth teams are other clubs; everything else that looks like a seed club is one
    wrong = [
        r
        for r in lookalikes
        if r[2] not in FOCUS
        and not re.search(r"\b(II|U\d\d|B)\b", r[1])
        and not OTHER_COPENHAGEN.match(normalize(r[1]).replace(".", " "))
    ]
    assert wrong == []


def test_links_keep_their_evidence(focused: Store) -> None:
    kinds = dict(focused.query("SELECT kind, COUNT(*) FROM club_links GROUP BY kind"))
    assert set(kinds) >= {"registry", "spelling", "fixture"}
    # every fixture link names two source rows that exist, a day apart at most
    bad = focused.query(
        "SELECT l.row_a, l.row_b FROM club_links l JOIN source_rows a ON a.id = l.row_a "
        "JOIN source_rows b ON b.id = l.row_b WHERE l.kind = 'fixture' AND a.competition <> b.competition"
    )
    assert bad == []
