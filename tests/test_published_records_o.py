"""Published records of managers of probe O, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole: a spell's
every match, or, where the source counts one competition or one stretch only, those matches.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.records import Shootouts
from touchline.store import Store


def test_clement_at_waasland_beveren_as_published(full: Store) -> None:
    # rangersjournal.blog ("Philippe Clement in Belgium"): at Waasland-Beveren, July to December 2017,
    # "Matches - 22, Wins - 9, Draws - 5, Losses - 8"
    check_whole(full, "Philippe Clement", "Waasland-Beveren", (22, 9, 5, 8))


def test_clement_ligue_1_season_at_monaco_as_published(full: Store) -> None:
    # dhnet.be, 15 October 2023 ("Philippe Clement a retrouvé un club"): in 2022-23 Monaco "n'a gagné
    # que 19 de ses 38 matchs en championnat (8 partages et 11 défaites)"
    filters = Filters(competitions=("fr.1",), date_from=dt.date(2022, 7, 1))
    spell = spell_of(full, "Philippe Clement", "AS Monaco", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (38, 19, 8, 11)
    assert spell.coverage == "full"


def test_clement_first_half_season_at_monaco_as_published(full: Store) -> None:
    # dhnet.be, 15 October 2023: from 3 January 2022 to the end of 2021-22, "14 victoires dont 9
    # consécutives, 5 partages et 5 défaites" (a shoot-out defeat counted as a defeat: the Coupe de
    # France tie Monaco lost on penalties)
    filters = Filters(date_to=dt.date(2022, 6, 30), shootouts=Shootouts.RESULT)
    spell = spell_of(full, "Philippe Clement", "AS Monaco", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (24, 14, 5, 5)
    assert spell.coverage == "full"


def test_rijkaard_league_record_at_barcelona_as_published(full: Store) -> None:
    # fcbarcelona.cat, 22 January 2008 ("Rijkaard overtakes Michels"), after the win over Racing on
    # 20 January: "Rijkaard has managed Barça in a total of 172 league outings ... 106 wins, 39 draws and
    # just 27 losses"; "Barça have scored 333 goals and let in 149"
    filters = Filters(competitions=("es.1",), date_to=dt.date(2008, 1, 21))
    spell = spell_of(full, "Frank Rijkaard", "FC Barcelona", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (172, 106, 39, 27)
    assert (record.goals_for, record.goals_against) == (333, 149)
    assert spell.coverage == "full"


def test_michels_league_record_at_barcelona_as_published(full: Store) -> None:
    # fcbarcelona.cat, 22 January 2008 ("Rijkaard overtakes Michels"): Rijkaard's 106 league wins are
    # "one more than the legendary Rinus Michels, who managed Barça for six seasons between 1971 and
    # 1978"; Rijkaard's 172 league outings are "32 fewer than Michels" (204 over his two spells)
    spells = [
        s
        for s in manager_record(full, "Rinus Michels", Filters(competitions=("es.1",))).spells
        if s.team_name == "FC Barcelona"
    ]
    assert len(spells) == 2
    assert sum(s.record.played for s in spells) == 204
    assert sum(s.record.won for s in spells) == 105
    assert all(s.coverage == "full" for s in spells)
