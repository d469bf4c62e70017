"""The UEFA Super Cup's Cup Winners' Cup side, 1972 to 1999, on the whole-corpus store: the store holds
no match of the Super Cup nor of the Cup Winners' Cup, so each edition is listed whole with its days
(calendar.toml [entrants."uefa.sc"] and [played]); a spell at the Cup Winners' Cup's winners that
covers the edition's days names it as a gap, as one at the European Cup's winners did already."""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import Coverage
from touchline.reference import competitions as catalog
from touchline.store import Store


def _spell(store: Store, name: str, team: str, first: dt.date) -> SpellRecord:
    return next(
        s for s in manager_record(store, name).spells if team in f"{s.spell.label} {s.team_name}" and s.start == first
    )


def _super_cups(spell: SpellRecord) -> dict[str, str]:
    """The spell's UEFA Super Cup gaps: {season: why}."""
    return {season: g.why for g in spell.gaps if g.competition == "uefa.sc" for season in g.seasons}


def _season(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"


def test_the_store_holds_no_super_cup_of_those_years(full: Store) -> None:
    # the premise of the hand-listed editions: nothing of the Super Cup nor of the Cup Winners' Cup
    # from 1972 to 2000 in the corpus
    rows = full.query(
        "select count(*) from matches where competition in ('uefa.sc', 'uefa.cwc') and date < '2000-09-01'"
    )
    assert rows[0][0] == 0


def test_every_edition_lists_the_cup_winners_cup_winners() -> None:
    # each edition of 1972 to 1999 that was played (not 1974, 1981, 1985: [not_held]) lists two clubs
    # with its days, one of them the Cup Winners' Cup's winners of the season before, as the Cup Winners'
    # Cup's own finals give them (calendar.toml [also_entered."uefa.cwc"], en.wikipedia "List of UEFA
    # Cup Winners' Cup finals")
    played = 0
    for year in range(1972, 2000):
        season, before = _season(year), _season(year - 1)
        if catalog.not_held("uefa.sc", season):
            assert year in (1974, 1981, 1985)
            continue
        played += 1
        listed = catalog.entrants("uefa.sc", season)
        assert listed is not None and len(listed) == 2, season
        assert catalog.played("uefa.sc", season) is not None, season
        finals = catalog.entrants("uefa.cwc", before) or catalog.also_entered("uefa.cwc", before)
        winner = next(c for c, why in finals.items() if why.startswith("won it in its final"))
        assert listed[winner] == f"European Cup Winners' Cup winners {before}" or (
            year == 1972 and listed[winner].startswith("European Cup Winners' Cup winners 1971-72")
        ), season
    assert played == 25
    # 1995: Real Zaragoza v Ajax, 6 February 1996 at La Romareda (ilcalcioracconta.it "Supercoppa
    # Europea 1995": "alla Romareda il 6 febbraio 1996") and late February in Amsterdam
    assert catalog.played("uefa.sc", "1995-96") == (dt.date(1996, 2, 6), dt.date(1996, 2, 28))
    # 1993: Milan in the place of Olympique Marseille, barred (en.wikipedia "1993 European Super Cup":
    # "Marseille's subsequent ban from European football due to match-fixing meant Milan competed in the
    # Super Cup in their place")
    assert set(catalog.entrants("uefa.sc", "1993-94") or {}) == {"ita-ac-milan", "ita-parma-ac"}


def test_victor_fernandez_zaragoza_super_cup_of_1995(full: Store) -> None:
    # Zaragoza, Cup Winners' Cup winners of 1995 under Víctor Fernández (v Arsenal, Paris, 10 May 1995),
    # met Ajax in the Super Cup of 1995: 1-1 at La Romareda on 6 February 1996, 0-4 in Amsterdam
    # (uefa.com "Supercoppa 1995: Ajax inarrestabile"); he coached them from 4 March 1991 to 7 November
    # 1996 (elperiodicodearagon.com, 18 December 2024; El País, 8 November 1996)
    zaragoza = _spell(full, "Víctor Fernández", "Zaragoza", dt.date(1991, 3, 4))
    assert _super_cups(zaragoza) == {"1995-96": "European Cup Winners' Cup winners 1994-95"}
    assert zaragoza.coverage is Coverage.PARTIAL


def test_lattek_barcelona_super_cup_of_1982(full: Store) -> None:
    # Barcelona, Cup Winners' Cup winners of 1982 (2-1 v Standard Liège), met Aston Villa in the Super
    # Cup of 1982, 19 January 1983 at the Camp Nou and 26 January at Villa Park: "Udo Lattek's side got
    # off to a decent start at the Camp Nou in the first leg" (uefa.com "1982 Super Cup: Villa victorious
    # in Europe"); Lattek was Barcelona's coach from 1 July 1981 to 4 March 1983
    barcelona = _spell(full, "Udo Lattek", "Barcelona", dt.date(1981, 7, 1))
    assert _super_cups(barcelona) == {"1982-83": "European Cup Winners' Cup winners 1981-82"}


def test_ferguson_both_sides_of_the_super_cup(full: Store) -> None:
    # Aberdeen, Cup Winners' Cup winners of 1983, beat Hamburger SV in the Super Cup of 1983 (0-0, 22
    # November; 2-0, 20 December 1983; en.wikipedia "1983 European Super Cup"); Manchester United, Cup
    # Winners' Cup winners of 1991, beat Red Star Belgrade 1-0 at Old Trafford on 19 November 1991
    # (en.wikipedia "1991 European Super Cup"), and as European champions of 1999 lost 0-1 to Lazio, the
    # Cup Winners' Cup's last winners, in Monaco on 27 August 1999 (it.wikipedia "Supercoppa UEFA 1999")
    aberdeen = _spell(full, "Alex Ferguson", "Aberdeen", dt.date(1978, 6, 1))
    assert _super_cups(aberdeen) == {"1983-84": "European Cup Winners' Cup winners 1982-83"}
    united = _super_cups(_spell(full, "Alex Ferguson", "Manchester United", dt.date(1986, 11, 6)))
    assert united["1991-92"] == "European Cup Winners' Cup winners 1990-91"
    assert united["1999-00"] == "UEFA Champions League winners 1998-99"
    # and the Champions League's of 2008 (v Zenit, Monaco, 29 August 2008), from the rules
    assert set(united) == {"1991-92", "1999-00", "2008-09"}


def test_eriksson_lazio_super_cup_of_1999(full: Store) -> None:
    # Lazio, Cup Winners' Cup winners of 1999 under Sven-Göran Eriksson (2-1 v Mallorca, Villa Park, 19
    # May 1999), beat Manchester United 1-0 in Monaco on 27 August 1999 (sslazio.it, "#SSLHistory"):
    # the last Super Cup of the Cup Winners' Cup's winners
    lazio = _spell(full, "Sven-Göran Eriksson", "Lazio", dt.date(1997, 7, 1))
    assert _super_cups(lazio) == {"1999-00": "European Cup Winners' Cup winners 1998-99"}


def test_a_spell_that_missed_the_days_names_no_super_cup(full: Store) -> None:
    # Barcelona won the Cup Winners' Cup of 1997 under Bobby Robson (1-0 v Paris Saint-Germain,
    # Rotterdam, 14 May 1997) but the Super Cup of 1997 was played on 8 January and 11 March 1998
    # (en.wikipedia "1997 UEFA Super Cup"), under Louis van Gaal, Robson having left on 30 June 1997
    robson = _spell(full, "Bobby Robson", "Barcelona", dt.date(1996, 7, 1))
    assert _super_cups(robson) == {}
    van_gaal = _spell(full, "Louis van Gaal", "Barcelona", dt.date(1997, 7, 1))
    assert _super_cups(van_gaal) == {"1997-98": "European Cup Winners' Cup winners 1996-97"}


def test_lobanovskyi_dynamo_kyiv_super_cup_of_1986(full: Store) -> None:
    # Dynamo Kyiv, Cup Winners' Cup winners of 1986 under Valeriy Lobanovskyi, lost 0-1 to Steaua
    # Bucharest in Monaco on 24 February 1987 (romaniansoccer.ro, from uefa.com: "took place on 24
    # February 1987"): a Soviet club's calendar-year season of 1987 meets the edition of 1986; and the
    # Super Cup of 1975 (Bayern v Dynamo, 9 September and 6 October 1975; uefa.com "Superpokal 1975")
    first = _super_cups(_spell(full, "Valeriy Lobanovskyi", "Dynamo Kyiv", dt.date(1974, 1, 1)))
    assert first == {"1975": "European Cup Winners' Cup winners 1974-75"}
    second = _super_cups(_spell(full, "Valeriy Lobanovskyi", "Dynamo Kyiv", dt.date(1984, 1, 1)))
    assert second == {"1986-87": "European Cup Winners' Cup winners 1985-86"}
