"""Seasons whose results the data gives wrongly (a rules file's ``unreliable``): Argentina's Primera
División of 1988-89, where every drawn match went to a penalty shoot-out and the data folds the
shoot-out's goals into the score. A manager's spell counting it is never passed as exact."""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import Filters, spell_record
from touchline.api.tables import competition_table
from touchline.compute.coverage import Coverage, GapKind
from touchline.model import CompetitionKind, Role, Spell
from touchline.reference.rules import rules_for
from touchline.store import Store
from touchline.store.read import matches


def test_argentina_1988_89_shootouts_inside_the_scores(full: Store) -> None:
    # rsssf.com "Argentina 1988/89": "1. Independiente 38 22 11 5 ... 58 32 84 [Champion]";
    # futbolsinpelota.com (December 2019): of the 380 matches "248 tuvieron un ganador y 132 terminaron empatados y se
    # definieron por penales". The data has one draw, and Independiente 29-0-9, 98-67.
    season = matches(full, competitions=["ar.1"], season="1988-89")
    assert len(season) == 380
    assert sum(1 for m in season if m.final is not None and m.final.home == m.final.away) == 1
    assert "wins cannot be told from draws" in rules_for("ar.1", "1988-89").unreliable
    assert rules_for("ar.1", "1989-90").unreliable == ""
    # a coach of Independiente through that season: his record is counted, but partial, and says why
    spell = Spell("probe", "arg-independiente", Role.HEAD_COACH, dt.date(1988, 7, 1), dt.date(1989, 6, 30))
    item = spell_record(full, spell, Filters())
    assert (item.record.played, item.record.won, item.record.drawn, item.record.lost) == (38, 29, 0, 9)
    assert item.coverage is Coverage.PARTIAL
    (gap,) = [g for g in item.gaps if g.kind is GapKind.UNRELIABLE]
    assert (gap.competition, gap.seasons, gap.count, gap.about) == ("ar.1", ("1988-89",), 38, CompetitionKind.LEAGUE)
    assert str(gap).startswith(
        "Argentine Primera División 1988-89: the data's results are not the real ones (each drawn"
    )
    assert str(gap).endswith("): 38 matches counted")
    # the season after is exact: no such gap
    later = Spell("probe", "arg-independiente", Role.HEAD_COACH, dt.date(1989, 7, 1), dt.date(1990, 6, 30))
    assert not [g for g in spell_record(full, later, Filters()).gaps if g.kind is GapKind.UNRELIABLE]


def test_the_table_says_its_results_are_not_the_real_ones(full: Store) -> None:
    # the season's table is the data's (Independiente first, as published, but on 29-0-9): a note says so
    table = competition_table(full, "ar.1", "1988-89")
    assert (table.rows[0].club, table.rows[0].won, table.rows[0].drawn, table.rows[0].lost) == (
        "Independiente",
        29,
        0,
        9,
    )
    (note,) = [n for n in table.notes if n.startswith("The data's results are not the real ones: ")]
    assert "the season had 132" in note
    assert not [n for n in competition_table(full, "ar.1", "1989-90").notes if "not the real ones" in n]
