"""The European Cup Winners' Cup and the UEFA Super Cup, which the store holds no season of, on the
whole-corpus store: the clubs of each final (calendar.toml [also_entered], [entrants] for the first
edition) name the gap of a spell that covers the season, and the finals' winners and runners-up
(honours.toml) are credited by date."""

from __future__ import annotations

import datetime as dt

from touchline.api.honours import person_honours
from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import Coverage
from touchline.reference import competitions as catalog
from touchline.reference.honours import hand_honours
from touchline.store import Store


def _spell(store: Store, name: str, team: str, first: dt.date | None = None) -> SpellRecord:
    return next(
        s
        for s in manager_record(store, name).spells
        if team in f"{s.spell.label} {s.team_name}" and (first is None or s.start >= first)
    )


def _named(spell: SpellRecord, code: str) -> set[str]:
    return {s for g in spell.gaps if g.competition == code for s in g.seasons}


def _manager(store: Store, name: str) -> dict[str, set[tuple[str, str, str]]]:
    """A person's honours as manager: {club: {(competition, season, place)}}."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for spell in person_honours(store, name).as_manager:
        found.setdefault(spell.team_name, set()).update((h.competition, h.season, h.place.value) for h in spell.honours)
    return found


def test_the_store_holds_no_cup_winners_cup_or_super_cup_match(full: Store) -> None:
    # the premise of the hand-entered editions: no match of either competition in the corpus
    rows = full.query("select count(*) from matches where competition in ('uefa.cwc', 'uefa.sc')")
    assert rows[0][0] == 0


def test_every_final_lists_both_finalists(full: Store) -> None:
    # 39 finals, 1960-61 to 1998-99 (en.wikipedia "List of UEFA Cup Winners' Cup finals"): each edition
    # lists its winner and its runner-up; the honours file holds the same 78 places, one winner and
    # one runner-up a season
    seasons = [f"{y}-{(y + 1) % 100:02d}" for y in range(1960, 1999)]
    finalists = {}
    for season in seasons:
        # the first edition listed whole ([entrants]), the others' finalists and holders beside the
        # clubs the rules give ([also_entered])
        listed = catalog.entrants("uefa.cwc", season) or catalog.also_entered("uefa.cwc", season)
        won = [c for c, why in listed.items() if why.startswith("won it in its final")]
        lost = [c for c, why in listed.items() if why.startswith("reached its final, lost")]
        assert len(won) == 1 and len(lost) == 1, season
        finalists[season] = (won[0], lost[0])
    assert len({c for pair in finalists.values() for c in pair}) <= 78
    assert sum(len(pair) for pair in finalists.values()) == 78
    # Mechelen 1-0 Ajax, Strasbourg, 11 May 1988 (en.wikipedia "1988 European Cup Winners' Cup final");
    # Aberdeen 2-1 Real Madrid after extra time, Gothenburg, 11 May 1983 ("1983 ... final")
    assert finalists["1987-88"] == ("bel-kv-mechelen", "ned-afc-ajax")
    assert finalists["1982-83"] == ("sco-aberdeen-fc", "esp-real-madrid")
    hand = [h for h in hand_honours() if h.competition == "uefa.cwc"]
    assert len(hand) == 78
    assert {h.season for h in hand} == set(seasons)
    assert sorted(h.place for h in hand if h.season == "1987-88") == ["runner-up", "winner"]
    # the replays are the deciding days: 5 September 1962 (Atlético Madrid 3-0 Fiorentina, Stuttgart),
    # 15 May 1964 (Sporting CP 1-0 MTK, Antwerp), 21 May 1971 (Chelsea 2-1 Real Madrid, Piraeus)
    days = {h.season: h.date for h in hand if h.place == "winner"}
    assert days["1961-62"] == dt.date(1962, 9, 5)
    assert days["1963-64"] == dt.date(1964, 5, 15)
    assert days["1970-71"] == dt.date(1971, 5, 21)


def test_de_mos_mechelen_and_anderlecht_name_the_cup_winners_cup(full: Store) -> None:
    # Mechelen, Belgian Cup winners 1986-87, won the Cup Winners' Cup of 1987-88 under Aad de Mos
    # (v Ajax, 11 May 1988) and defended it in 1988-89 (semi-finals v Sampdoria); they met PSV in the
    # Super Cup of 1988, 1 and 8 February 1989 (en.wikipedia "1987-88 European Cup Winners' Cup";
    # uefa.com "1988 Super Cup: Mechelen miracle continues"). Anderlecht lost the final of 1990 to
    # Sampdoria, De Mos in charge (en.wikipedia "1990 European Cup Winners' Cup final")
    mechelen = _spell(full, "Aad de Mos", "Mechelen")
    assert _named(mechelen, "uefa.cwc") == {"1987-88", "1988-89"}
    assert _named(mechelen, "uefa.sc") == {"1988-89"}
    assert mechelen.coverage is Coverage.PARTIAL
    anderlecht = _spell(full, "Aad de Mos", "Anderlecht")
    assert _named(anderlecht, "uefa.cwc") == {"1989-90"}
    # Ajax's Cup Winners' Cup of 1981-82, which the rules give (KNVB Cup runners-up 1980-81, AZ's
    # double), is still named: the finalists are listed beside the clubs the rules give
    ajax = _spell(full, "Aad de Mos", "Ajax")
    assert _named(ajax, "uefa.cwc") == {"1981-82"}


def test_de_mos_is_credited_the_cup_winners_cup_of_1988(full: Store) -> None:
    # the final of 11 May 1988 and the Super Cup's second leg of 8 February 1989 fall in his Mechelen
    # spell (1986-89); Anderlecht's lost final of 9 May 1990 in his Anderlecht spell (1989-92)
    honours = _manager(full, "Aad de Mos")
    assert ("uefa.cwc", "1987-88", "winner") in honours["KV Mechelen"]
    assert ("uefa.sc", "1988-89", "winner") in honours["KV Mechelen"]
    assert ("uefa.cwc", "1989-90", "runner-up") in honours["RSC Anderlecht"]


def test_ferguson_aberdeen_cup_winners_cup_and_super_cup(full: Store) -> None:
    # Aberdeen, Alex Ferguson's club of 1978-86, beat Real Madrid 2-1 after extra time in Gothenburg on
    # 11 May 1983 and Hamburger SV in the Super Cup of 1983 (0-0, 22 November; 2-0, 20 December 1983);
    # Manchester United beat Barcelona 2-1 in Rotterdam on 15 May 1991 (en.wikipedia "1983 European Cup
    # Winners' Cup final", "1983 European Super Cup", "1991 European Cup Winners' Cup final")
    honours = _manager(full, "Alex Ferguson")
    assert ("uefa.cwc", "1982-83", "winner") in honours["Aberdeen FC"]
    assert ("uefa.sc", "1983-84", "winner") in honours["Aberdeen FC"]
    assert ("uefa.cwc", "1990-91", "winner") in honours["Manchester United"]
    aberdeen = _spell(full, "Alex Ferguson", "Aberdeen")
    # the final of 1983 and Aberdeen's defence of the cup in 1983-84 (semi-finals v Porto; afc.co.uk
    # "Super Cup | the story")
    assert {"1982-83", "1983-84"} <= _named(aberdeen, "uefa.cwc")
    assert "1983-84" in _named(aberdeen, "uefa.sc")
