"""Where a spell's years stand for seasons (a club whose league plays from summer to spring), season
Y-(Y+1) begins on the club's own turn (:func:`touchline.store.read.season_turns`), not always on 1 July:
2019-20 ran into July and August 2020, and a qualifier of the next season may come in late June. The
rule with explicit turns first (:func:`touchline.compute.records.spell_window`), then on the whole
corpus (``full``), the matches on either side of a turn counted by hand from ``touchline matches``."""

from __future__ import annotations

import datetime as dt

from tests.spells import dated_spell as _dated
from tests.spells import years_spell as _years
from touchline.api.managers import Filters, spell_record
from touchline.api.people import spell_days
from touchline.compute.records import Record, give_way, record, season_turn, spell_window
from touchline.store import Store, read
from touchline.store import people as stored

D = dt.date
ZARAGOZA = "esp-real-zaragoza"
BUDUCNOST = "mne-fk-buducnost-podgorica"


# ---- the rule, with the turns given ---------------------------------------------------------------


def test_without_turns_seasons_turn_on_the_first_of_july() -> None:
    assert season_turn(2020) == D(2020, 7, 1)
    assert spell_window(_years("a", "t", 2018, 2020), seasons=True) == (D(2018, 7, 1), D(2020, 6, 30))


def test_a_late_turn_keeps_the_old_seasons_summer_with_its_last_year() -> None:
    late = {2020: D(2020, 7, 21)}  # the old season's last match on 20 July 2020
    assert spell_window(_years("a", "t", 2018, 2020), seasons=True, turns=late) == (D(2018, 7, 1), D(2020, 7, 20))
    assert spell_window(_years("b", "t", 2020, 2022), seasons=True, turns=late) == (D(2020, 7, 21), D(2022, 6, 30))


def test_an_early_turn_gives_the_new_seasons_june_to_its_first_year() -> None:
    early = {2023: D(2023, 6, 27)}  # a qualifier of 2023-24 on 27 June 2023
    assert spell_window(_years("a", "t", 2021, 2023), seasons=True, turns=early) == (D(2021, 7, 1), D(2023, 6, 26))
    assert spell_window(_years("b", "t", 2023, 2024), seasons=True, turns=early)[0] == D(2023, 6, 27)


def test_turns_are_read_only_where_years_stand_for_seasons() -> None:
    turns = {2019: D(2019, 6, 20), 2020: D(2020, 7, 21)}
    # calendar years, and a spell within one year, keep the whole year
    assert spell_window(_years("a", "t", 2019, 2020), turns=turns) == (D(2019, 1, 1), D(2020, 12, 31))
    assert spell_window(_years("a", "t", 2020, 2020), seasons=True, turns=turns) == (D(2020, 1, 1), D(2020, 12, 31))
    # dates given are kept as given
    dated = _dated("a", "t", D(2019, 12, 18), D(2020, 8, 18))
    assert spell_window(dated, seasons=True, turns=turns) == (D(2019, 12, 18), D(2020, 8, 18))


def test_give_ways_first_and_last_seasons_follow_the_turns() -> None:
    turns = {2020: D(2020, 7, 21)}
    # a successor from 15 July 2020 comes within the last season, 2019-20, which ran to 20 July
    spell = _years("a", "t", 2018, 2020)
    successor = _dated("b", "t", D(2020, 7, 15), D(2021, 6, 30))
    assert spell_window(spell, seasons=True, others=[successor]) == (D(2018, 7, 1), D(2020, 6, 30))
    assert spell_window(spell, seasons=True, others=[successor], turns=turns) == (D(2018, 7, 1), D(2020, 7, 14))
    # a predecessor gone on 10 July 2020 left within the first season of "2019–2021"
    later = _years("c", "t", 2019, 2021)
    predecessor = _dated("d", "t", D(2017, 7, 1), D(2020, 7, 10))
    assert spell_window(later, seasons=True, others=[predecessor]) == (D(2019, 7, 1), D(2021, 6, 30))
    assert spell_window(later, seasons=True, others=[predecessor], turns=turns) == (D(2020, 7, 11), D(2021, 6, 30))
    assert give_way(later, D(2019, 7, 1), D(2021, 6, 30), [predecessor], seasons=True, turns=turns)[0] == D(2020, 7, 11)


# ---- on the whole corpus ------------------------------------------------------------------------


def test_zaragozas_2019_20_ran_to_20_july_2020(full: Store) -> None:
    # Real Zaragoza, Segunda División 2019-20 (touchline matches --club "Real Zaragoza" --from 2020-06-01
    # --to 2020-10-15): matchdays 37 to 42 on 3, 6, 9, 12, 17 and 20 July 2020 (Girona 1-0 Zaragoza,
    # Zaragoza 2-4 Rayo Vallecano, Tenerife 1-1, Zaragoza 2-4 Oviedo, Albacete 4-1, Zaragoza 2-1
    # Ponferradina); its 2020-21 from 26 September (Zaragoza 2-2 Las Palmas). The 2019-20 promotion
    # play-off against Girona (August 2020) is not in the data.
    assert read.season_turns(full, ZARAGOZA, [2019, 2020, 2021]) == {2020: D(2020, 7, 21)}
    # Víctor Fernández (coach from 18 December 2018, left on 18 August 2020 after the play-off; cope.es,
    # 18 August 2020) written in years, "2019–2020": 1 July 2019 to 20 July 2020, where 30 June 2020 lost
    # the six July matches
    years = _years("victor-fernandez", ZARAGOZA, 2019, 2020)
    start, end = spell_days(full, years)
    assert (start, end) == (D(2019, 7, 1), D(2020, 7, 20))
    july = read.matches(full, club=ZARAGOZA, date_from=D(2020, 7, 1), date_to=end)
    assert [m.date.day for m in july if m.counts] == [3, 6, 9, 12, 17, 20]
    assert record(july, ZARAGOZA) == Record(6, 1, 1, 4, 8, 15)
    whole = spell_record(full, years, Filters()).record
    to_june = record(read.matches(full, club=ZARAGOZA, date_from=start, date_to=D(2020, 6, 30)), ZARAGOZA)
    assert whole == to_june + Record(6, 1, 1, 4, 8, 15)
    # "2020–2021" begins after them: no match of 2019-20 is the next man's; his first, 2-2 with Las Palmas
    after = _years("victor-fernandez", ZARAGOZA, 2020, 2021)
    first = spell_days(full, after)[0]
    assert first == D(2020, 7, 21)
    opening = read.matches(full, club=ZARAGOZA, date_from=first, date_to=D(2020, 9, 30))
    assert [m.date for m in opening if m.counts] == [D(2020, 9, 26)]
    assert record(opening, ZARAGOZA) == Record(1, 0, 1, 0, 2, 2)


def test_a_year_given_spell_still_gives_way_to_a_dated_one_past_the_turn(full: Store) -> None:
    # Víctor Fernández's Zaragoza spell as his file dates it (18 December 2018 to 18 August 2020): another
    # man's "2020–2021" begins the day after it, as before; the turn of 21 July is inside his spell
    dated = {(s.start, s.end) for s in stored.person_spells(full, "victor-fernandez") if s.team == ZARAGOZA}
    assert (D(2018, 12, 18), D(2020, 8, 18)) in dated
    assert spell_days(full, _years("someone-else", ZARAGOZA, 2020, 2021)) == (D(2020, 8, 19), D(2021, 6, 30))


def test_buducnosts_2023_24_began_with_a_june_qualifier(full: Store) -> None:
    # FK Budućnost Podgorica (touchline matches --club mne-fk-buducnost-podgorica --from 2023-05-15 --to
    # 2023-07-31): Montenegro's 2022-23 ended for it on 25 May 2023 (Mornar 0-1 Budućnost); the
    # Champions League preliminary round of 2023-24 on 27 June (Atlétic Escaldes 0-3 Budućnost) and 30
    # June (Budućnost 0-5 Breiðablik); the league's 2023-24 from 22 July
    assert read.season_turns(full, BUDUCNOST, [2022, 2023]) == {2023: D(2023, 6, 27)}
    before = _years("somebody", BUDUCNOST, 2021, 2023)
    end = spell_days(full, before)[1]
    assert end == D(2023, 6, 26)
    assert max(m.date for m in read.matches(full, club=BUDUCNOST, date_to=end)) == D(2023, 5, 25)
    after = _years("somebody-else", BUDUCNOST, 2023, 2024)
    start = spell_days(full, after)[0]
    assert start == D(2023, 6, 27)
    june = read.matches(full, club=BUDUCNOST, date_from=start, date_to=D(2023, 6, 30))
    assert record(june, BUDUCNOST) == Record(2, 1, 0, 1, 3, 5)


def test_a_cup_of_the_old_season_played_in_the_summer_is_the_new_seasons_start(full: Store) -> None:
    # The DFB-Pokal of 1961-62 was played from 28 July to 29 August 1962, after the league season (fcn.de,
    # "Pokalsieg 1962": "der damals unmittelbar nach der Meisterschaftssaison ausgetragen wurde"); in its
    # final Fortuna Düsseldorf lost 1-2 after extra time to Nürnberg, "Trainer: Jupp Derwall"
    # (de.wikipedia, "DFB-Pokal 1961/62"). Derwall's "1962–1963" keeps those five ties (2-1 Lebenstedt,
    # 2-2 and 2-1 Saarbrücken, 3-2 Schalke, 1-2 Nürnberg): they do not move Fortuna's turn of 1962
    fortuna = "ger-fortuna-dusseldorf"
    assert read.season_turns(full, fortuna, [1962, 1963]) == {}
    [derwall] = [s for s in stored.person_spells(full, "jupp-derwall") if s.team == fortuna]
    assert spell_days(full, derwall) == (D(1962, 7, 1), D(1963, 6, 30))
    cup = read.matches(full, club=fortuna, date_from=D(1962, 7, 1), date_to=D(1962, 8, 31))
    assert record(cup, fortuna) == Record(5, 3, 1, 1, 10, 8)


def test_a_stray_old_season_match_months_later_moves_no_turn(full: Store) -> None:
    # Corvinul Hunedoara's 1978-79 ended on 24 June 1979 (3-1 v Politehnica Timișoara); one more match
    # labelled 1978-79 ("Matchday 5", 0-1 v Baia Mare) is dated 17 September 1979, twelve weeks later
    corvinul = "rou-corvinul-hunedoara"
    assert read.season_turns(full, corvinul, [1979]) == {}


def test_quilmes_2004_05_ended_on_2_july_2005(full: Store) -> None:
    # Argentina's Clausura 2005 ended for Quilmes on 2 July 2005 (Quilmes 1-1 Gimnasia y Esgrima La Plata);
    # Gustavo Alfaro's Quilmes "2003–2005" (his file, from Wikipedia) now ends with it. His next club,
    # San Lorenzo, he first led in August 2005 (goal.com: "Debutó en agosto de 2005")
    quilmes = "arg-quilmes"
    assert read.season_turns(full, quilmes, [2005]) == {2005: D(2005, 7, 3)}
    [alfaro] = [s for s in stored.person_spells(full, "gustavo-alfaro") if s.team == quilmes and s.start_year == 2003]
    end = spell_days(full, alfaro)[1]
    assert spell_days(full, alfaro) == (D(2003, 7, 1), D(2005, 7, 2))
    last = read.matches(full, club=quilmes, date_from=D(2005, 7, 1), date_to=end)
    assert record(last, quilmes) == Record(1, 0, 1, 0, 1, 1)
