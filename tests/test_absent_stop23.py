"""Competitions the store lacks, named where a spell's club played them: the Intertoto Cup's winners of
2006-08, the AFC Champions League's finalists and other entrants (and its finals as hand-entered
honours), the MLS is Back Tournament's knock-out rounds and the Campeones Cup, the Cup Winners' Cup of
the Scottish Cup's winners; and a super cup played before a spell began is not named."""

from __future__ import annotations

from tests.test_absent_stop22 import _gaps, _seasons, _spell
from touchline.api.honours import person_honours
from touchline.compute.coverage import Coverage
from touchline.store import Store


def test_the_intertoto_cup_of_2008(full: Store) -> None:
    # Aston Villa under Martin O'Neill, 2006-10: 190 games, 80-60-50 (adifferentleague.co.uk), the store's
    # 188 (79-59-50) and the Intertoto Cup's third round of July 2008 v Odense BK, 2-2 and 1-0, which
    # made Villa one of its eleven winners (en.wikipedia "2008 UEFA Intertoto Cup")
    villa = _spell(full, "Martin O'Neill", "Aston Villa", 2006)
    assert (villa.record.played, villa.record.won, villa.record.drawn, villa.record.lost) == (188, 79, 59, 50)
    assert villa.coverage is Coverage.PARTIAL
    assert _seasons(villa, "uefa.intertoto") == {"2008-09"}
    assert "won it: one of its eleven winners" in str(_gaps(villa, "uefa.intertoto")[0])


def test_the_afc_champions_league_of_an_a_league_club(full: Store) -> None:
    # Western Sydney Wanderers under Tony Popovic won the AFC Champions League of 2014 (Al-Hilal, 1-0 and
    # 0-0, 25 October and 1 November 2014) and played those of 2015 and 2017 (en.wikipedia "2014 AFC
    # Champions League Final", "2015 AFC Champions League", "2017 AFC Champions League", Teams)
    wanderers = _spell(full, "Tony Popovic", "Western Sydney", 2012)
    assert wanderers.coverage is Coverage.PARTIAL
    assert _seasons(wanderers, "afc.cl") == {"2014", "2015", "2017"}
    assert any("reached its final" in str(g) for g in _gaps(wanderers, "afc.cl"))
    honours = person_honours(full, "Tony Popovic")
    titles = {(h.competition, h.season, h.place.value) for spell in honours.as_manager for h in spell.honours}
    assert ("afc.cl", "2014", "winner") in titles


def test_a_finalist_who_was_also_champion_is_named_once(full: Store) -> None:
    # Guangzhou Evergrande, Chinese champions of 2014, won the AFC Champions League of 2015 (v Al-Ahli of
    # Dubai, 21 November 2015): one gap for 2015, from [[champions_enter]]
    guangzhou = _spell(full, "Luiz Felipe Scolari", "Guangzhou", 2015)
    assert sorted(s for g in _gaps(guangzhou, "afc.cl") for s in g.seasons) == ["2015", "2016", "2017"]


def test_mls_is_back_and_the_campeones_cup(full: Store) -> None:
    # Greg Vanney's Toronto FC, 2014-20: 250 games, 112-56-82 (AFP, 5 January 2021); the store's 248
    # (112-56-80), the MLS is Back Tournament's round of 16 (1-3 v New York City FC, July 2020) and the
    # Campeones Cup of 19 September 2018 (1-3 v Tigres UANL; en.wikipedia "2018 Campeones Cup")
    toronto = _spell(full, "Greg Vanney", "Toronto", 2014)
    assert (toronto.record.played, toronto.record.won, toronto.record.drawn, toronto.record.lost) == (248, 112, 56, 80)
    assert _seasons(toronto, "us.mlsback") == {"2020"}
    assert _seasons(toronto, "concacaf.campeones") == {"2018"}
    assert "qualified as MLS Cup winners 2017" in str(_gaps(toronto, "concacaf.campeones")[0])


def test_the_cup_winners_cup_of_the_scottish_cup_winners(full: Store) -> None:
    # Jock Stein's Dunfermline won the Scottish Cup of 1961 and played the Cup Winners' Cup of 1961-62;
    # his Celtic, winners of 1965 and 1975 (Rangers champions both times), those of 1965-66 and 1975-76
    # (en.wikipedia "List of Scottish Cup finals", "1961-62 European Cup Winners' Cup", "1965-66 European
    # Cup Winners' Cup", "1975-76 European Cup Winners' Cup")
    dunfermline = _spell(full, "Jock Stein", "Dunfermline", 1960)
    assert _seasons(dunfermline, "uefa.cwc") == {"1961-62"}
    assert "Scottish Cup winners 1960-61" in str(_gaps(dunfermline, "uefa.cwc")[0])
    celtic = _spell(full, "Jock Stein", "Celtic", 1965)
    assert _seasons(celtic, "uefa.cwc") == {"1965-66", "1975-76"}


def test_a_super_cup_played_before_the_spell_began(full: Store) -> None:
    # RB Leipzig played the DFL-Supercup of 30 July 2022 (3-5 v Bayern) before Marco Rose took over on 8
    # September 2022, and that of 12 August 2023 (3-0 at Bayern) under him (en.wikipedia "2022
    # DFL-Supercup", "2023 DFL-Supercup")
    leipzig = _spell(full, "Marco Rose", "Leipzig", 2022)
    assert _seasons(leipzig, "de.sc") == {"2023-24"}
