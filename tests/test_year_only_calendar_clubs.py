"""A year given without a date at a club whose league plays in calendar years (Japan, Brazil, the MLS,
Scandinavia) is that season, which begins on the club's turn (:func:`touchline.compute.records.year_turn`,
:func:`touchline.store.read.year_turns`): 1 January unless the club's matches of the season before run
on into January (Japan's Emperor's Cup final on New Year's Day, Brazil's 2020 played to February 2021).
So "2017" no longer takes the last match of the old season and its manager, and "to 2016" keeps it. The
rule with explicit turns first, then on the whole corpus (``full``), the matches on either side of a turn
counted by hand from ``touchline matches --club ... --from ... --to ...``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.spells import dated_spell as _dated
from tests.spells import years_spell as _years
from touchline.api.managers import Filters, spell_record
from touchline.api.people import spell_days
from touchline.compute.records import Record, give_way, record, spell_window, year_turn
from touchline.store import Store, read
from touchline.store import people as stored

D = dt.date
KAWASAKI = "jpn-kawasaki-frontale"
MARINOS = "jpn-yokohama-f-marinos"
KASHIMA = "jpn-kashima-antlers"
ATLETICO = "bra-atletico-mineiro"


# ---- the rule, with the turns given ---------------------------------------------------------------


def test_without_turns_a_calendar_year_runs_from_1_january_to_31_december() -> None:
    assert year_turn(2017) == D(2017, 1, 1)
    assert spell_window(_years("a", "t", 2017, 2024)) == (D(2017, 1, 1), D(2024, 12, 31))


def test_a_final_on_new_years_day_belongs_to_the_old_season() -> None:
    turns = {2017: D(2017, 1, 2)}  # the season before ended with a final on 1 January 2017
    assert spell_window(_years("new", "t", 2017, 2024), year_turns=turns) == (D(2017, 1, 2), D(2024, 12, 31))
    assert spell_window(_years("old", "t", 2012, 2016), year_turns=turns) == (D(2012, 1, 1), D(2017, 1, 1))
    # a spell of one year is that season too, from its turn to the next
    both = {2017: D(2017, 1, 2), 2018: D(2018, 1, 2)}
    assert spell_window(_years("one", "t", 2017, 2017), year_turns=both) == (D(2017, 1, 2), D(2018, 1, 1))


def test_year_turns_are_read_only_where_the_league_plays_in_calendar_years() -> None:
    turns = {2019: D(2019, 1, 2), 2020: D(2020, 1, 2), 2021: D(2021, 1, 2)}
    # a club playing from summer to spring: its seasons, and a spell within one year keeps the calendar year
    across, within = _years("a", "t", 2019, 2021), _years("a", "t", 2020, 2020)
    assert spell_window(across, seasons=True, year_turns=turns) == (D(2019, 7, 1), D(2021, 6, 30))
    assert spell_window(within, seasons=True, year_turns=turns) == (D(2020, 1, 1), D(2020, 12, 31))
    # dates given are kept as given
    dated = _dated("a", "t", D(2019, 1, 1), D(2020, 1, 1))
    assert spell_window(dated, year_turns=turns) == (D(2019, 1, 1), D(2020, 1, 1))


def test_give_way_reads_the_calendar_seasons_turns() -> None:
    turns = {2018: D(2018, 1, 2)}  # season 2017 ended with a final on 1 January 2018
    spell = _years("a", "t", 2015, 2017)
    assert spell_window(spell, year_turns=turns) == (D(2015, 1, 1), D(2018, 1, 1))
    # a successor dated from that day comes within the last season and takes its final
    successor = _dated("b", "t", D(2018, 1, 1), D(2021, 6, 10))
    assert spell_window(spell, others=[successor], year_turns=turns) == (D(2015, 1, 1), D(2017, 12, 31))
    # one whose first match is the next day leaves it to the spell (Postecoglou's file at Marinos)
    later = replace(successor, first_match=D(2018, 1, 2))
    assert spell_window(spell, others=[later], year_turns=turns) == (D(2015, 1, 1), D(2018, 1, 1))
    # a predecessor gone on the day of that final left within the first season of "2017–2019"
    predecessor = _dated("c", "t", D(2015, 1, 1), D(2018, 1, 1))
    after = _years("d", "t", 2017, 2019)
    assert give_way(after, D(2017, 1, 1), D(2019, 12, 31), [predecessor])[0] == D(2017, 1, 1)
    assert give_way(after, D(2017, 1, 1), D(2019, 12, 31), [predecessor], year_turns=turns)[0] == D(2018, 1, 2)


# ---- on the whole corpus ------------------------------------------------------------------------


def test_the_new_years_day_finals_turn_the_finalists_seasons(full: Store) -> None:
    # The Emperor's Cup finals the store holds on 1 January: 2016 (Kashima 2-1 Kawasaki a.e.t., 1 January
    # 2017), 2017 (Cerezo 2-1 Yokohama F. Marinos a.e.t., 1 January 2018), 2019 (Vissel Kobe 2-0 Kashima,
    # 1 January 2020: "Vissel Kobe ... defeat Kashima Antlers 2-0 on New Year's Day", The Japan Times, 1
    # January 2020) and 2020 (Kawasaki 1-0 Gamba Osaka, 1 January 2021); the J.League's 1993 championship
    # final, Kashima v Verdy Kawasaki, on 9 and 16 January 1994. The 2018 final (Urawa 1-0 Vegalta Sendai)
    # was played on 9 December 2018: Urawa's 2019 begins on 1 January.
    assert read.year_turns(full, KAWASAKI, range(2016, 2023)) == {2017: D(2017, 1, 2), 2021: D(2021, 1, 2)}
    assert read.year_turns(full, MARINOS, range(2017, 2020)) == {2018: D(2018, 1, 2)}
    assert read.year_turns(full, KASHIMA, [1993, 1994, 2019, 2020, 2021]) == {1994: D(1994, 1, 17), 2020: D(2020, 1, 2)}
    assert read.year_turns(full, "jpn-urawa-red-diamonds", [2018, 2019]) == {}


def test_onikis_2017_at_kawasaki_begins_after_kazamas_last_final(full: Store) -> None:
    # Toru Oniki's Kawasaki Frontale spell as his file gives it, "2017–2024" in years only (no first_match
    # since the rule). The 2016 Emperor's Cup final on 1 January 2017 (Kashima 2-1 Kawasaki a.e.t.) was
    # still Yahiro Kazama's (frontale.co.jp match record, quoted in toru-oniki.toml); Oniki's first match
    # was at Omiya on 25 February 2017 (0-2), nothing between (touchline matches --club "Kawasaki
    # Frontale" --from 2016-12-01 --to 2017-03-05)
    [oniki] = [s for s in stored.person_spells(full, "toru-oniki") if s.team == KAWASAKI]
    assert (oniki.start, oniki.first_match, oniki.start_year) == (None, None, 2017)
    start, end = spell_days(full, oniki)
    assert (start, end) == (D(2017, 1, 2), D(2024, 12, 31))
    final = read.matches(full, club=KAWASAKI, date_from=D(2017, 1, 1), date_to=D(2017, 1, 1))
    assert record(final, KAWASAKI) == Record(1, 0, 0, 1, 1, 2)
    first = min(m.date for m in read.matches(full, club=KAWASAKI, date_from=start) if m.counts)
    assert first == D(2017, 2, 25)
    whole = spell_record(full, oniki, Filters()).record
    assert whole == record(read.matches(full, club=KAWASAKI, date_from=first, date_to=end), KAWASAKI)


def test_kazamas_to_2016_keeps_his_last_final(full: Store) -> None:
    # Yahiro Kazama, Kawasaki's coach from 2012 to 2016, written in years ("2012–2016"), ends with
    # Kawasaki's season 2016 on 1 January 2017: the quarter-final at FC Tokyo (2-1, 24 December), the
    # semi-final at Omiya (1-0, 29 December) and the final (1-2 a.e.t. to Kashima, 1 January 2017); to 31
    # December he would have lost the final
    kazama = _years("yahiro-kazama", KAWASAKI, 2012, 2016)
    assert spell_days(full, kazama) == (D(2012, 1, 1), D(2017, 1, 1))
    cup = read.matches(full, club=KAWASAKI, date_from=D(2016, 12, 20), date_to=D(2017, 1, 1))
    assert record(cup, KAWASAKI) == Record(3, 2, 0, 1, 4, 3)


def test_mombaerts_and_postecoglou_share_no_match_at_marinos(full: Store) -> None:
    # ange-postecoglou.toml: appointed for 2018, "the 2017 Emperor's Cup final, lost to Cerezo Osaka on 1
    # January 2018, was his predecessor Erick Mombaerts' last match"; Kevin Muscat took over on 13 July
    # 2021 (kevin-muscat.toml). Mombaerts "2015–2017" ends with it: 1-0 at Urawa (2 December 2017), 2-1
    # a.e.t. v Kashiwa (23 December), 1-2 a.e.t. at Cerezo (1 January 2018); Postecoglou written in years,
    # "2018–2021", begins the next day, his first match 1-1 at Cerezo on 25 February 2018
    mombaerts = _years("erick-mombaerts", MARINOS, 2015, 2017)
    assert spell_days(full, mombaerts) == (D(2015, 1, 1), D(2018, 1, 1))
    last = read.matches(full, club=MARINOS, date_from=D(2017, 12, 1), date_to=D(2018, 1, 1))
    assert record(last, MARINOS) == Record(3, 2, 0, 1, 4, 3)
    postecoglou = _years("ange-postecoglou", MARINOS, 2018, 2021)
    start, end = spell_days(full, postecoglou)
    assert (start, end) == (D(2018, 1, 2), D(2021, 7, 12))
    opening = read.matches(full, club=MARINOS, date_from=start, date_to=D(2018, 2, 28))
    assert [m.date for m in opening if m.counts] == [D(2018, 2, 25)]
    assert record(opening, MARINOS) == Record(1, 0, 1, 0, 1, 1)


def test_sampaolis_2020_at_atletico_runs_to_february_2021(full: Store) -> None:
    # Brazil's Série A of 2020 was played to 25 February 2021 (jorge-sampaoli.toml: "the 2020 season
    # (ended February 2021)"; cuca.toml: Cuca, his successor, went to Belo Horizonte on 1 March 2021).
    # Atlético Mineiro's 2020 ended with eleven matches in 2021, from 2-2 at Bragantino (11 January) to
    # 2-0 v Palmeiras (25 February): 5 wins, 4 draws, 2 defeats, 18-11; its 2021 began with the Campeonato
    # Mineiro on 28 February. "2020" in years keeps them; "2021" (Cuca's year) begins after them
    assert read.year_turns(full, ATLETICO, [2020, 2021, 2022]) == {2021: D(2021, 2, 26)}
    sampaoli = _years("jorge-sampaoli", ATLETICO, 2020, 2020)
    assert spell_days(full, sampaoli) == (D(2020, 1, 1), D(2021, 2, 25))
    tail = read.matches(full, club=ATLETICO, date_from=D(2021, 1, 1), date_to=D(2021, 2, 25))
    assert record(tail, ATLETICO) == Record(11, 5, 4, 2, 18, 11)
    in_2020 = record(read.matches(full, club=ATLETICO, date_from=D(2020, 1, 1), date_to=D(2020, 12, 31)), ATLETICO)
    assert spell_record(full, sampaoli, Filters()).record == in_2020 + Record(11, 5, 4, 2, 18, 11)
    cuca = _years("cuca", ATLETICO, 2021, 2021)
    start = spell_days(full, cuca)[0]
    assert start == D(2021, 2, 26)
    assert min(m.date for m in read.matches(full, club=ATLETICO, date_from=start) if m.counts) == D(2021, 2, 28)
