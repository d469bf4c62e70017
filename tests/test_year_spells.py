"""A spell given by years only gives way to another person's dated spell at the same team
(:func:`touchline.compute.records.give_way`): it begins the day after a predecessor's dated end in its
first year and ends the day before a successor's dated first day in its last, so that no match counts
for two managers. The rule on its own first (real managers' dates, as their files give them), then on
the whole corpus (``full``)."""

from __future__ import annotations

import datetime as dt

from tests.spells import dated_spell as _dated
from tests.spells import years_spell as _years
from touchline.api.managers import Filters, manager_record, spell_record
from touchline.api.people import spell_days
from touchline.compute.records import Record, give_way, spell_window
from touchline.model import CompetitionKind, Role, Spell
from touchline.reference import competitions as catalog
from touchline.store import Store, read

D = dt.date


# Jock Stein's Scotland, as jock-stein.toml gives it: he died on 10 September 1985 at Ninian Park
STEIN = _dated("jock-stein", "sco", D(1978, 10, 4), D(1985, 9, 10))
FERGUSON = _years("alex-ferguson", "sco", 1985, 1986)
# Everton, December 2019 (marco-silva.toml, carlo-ancelotti.toml): Silva sacked on 5 December; Duncan
# Ferguson caretaker from then to 21 December; Ancelotti appointed on 21 December, who watched that
# day's match against Arsenal from the stands and took charge from 26 December
SILVA = _dated("marco-silva", "eve", D(2018, 5, 31), D(2019, 12, 5))
DUNCAN = Spell("duncan-ferguson", "eve", Role.CARETAKER, D(2019, 12, 5), D(2019, 12, 21), start_year=2019)
ANCELOTTI = _dated("carlo-ancelotti", "eve", D(2019, 12, 21), D(2021, 6, 1), first_match=D(2019, 12, 26))


def test_a_year_given_start_begins_the_day_after_a_predecessors_dated_end() -> None:
    # thefootballbrief.com, "World Cup 1986: Sir Alex Ferguson's Scotland diaries" (13 June 2018): "On
    # September 10 1985, Scotland played Wales in Cardiff ... [Stein's] sudden death was confirmed ...
    # it was over to Ferguson"
    assert spell_window(FERGUSON, others=[STEIN]) == (D(1985, 9, 11), D(1986, 12, 31))
    # without the other spells, the years cover the whole of 1985, Stein's matches of it too
    assert spell_window(FERGUSON) == (D(1985, 1, 1), D(1986, 12, 31))


def test_a_year_given_end_stops_the_day_before_a_successors_first_match() -> None:
    # Ancelotti's first match in charge was on 26 December 2019, not the 21st he was appointed: a
    # caretaker written "2019" keeps the Arsenal match of the 21st, and begins after Silva's end
    duncan = _years("duncan-ferguson", "eve", 2019, 2019, Role.CARETAKER)
    assert spell_window(duncan, others=[SILVA, ANCELOTTI]) == (D(2019, 12, 6), D(2019, 12, 25))


def test_the_latest_dated_end_counts_a_caretaker_after_the_sacked_manager() -> None:
    # Ancelotti written "2019–2021": both Silva's end (5 December) and the caretaker's (21 December)
    # fall in 2019; the caretaker's, the later, is where he begins
    ancelotti = _years("carlo-ancelotti", "eve", 2019, 2021)
    assert spell_window(ancelotti, others=[SILVA, DUNCAN])[0] == D(2019, 12, 22)
    # and the earliest dated first day counts at the end: Silva written "2018–2019" stops before the
    # caretaker, not before Ancelotti
    silva = _years("marco-silva", "eve", 2018, 2019)
    assert spell_window(silva, others=[DUNCAN, ANCELOTTI])[1] == D(2019, 12, 4)


def test_seasons_give_way_too() -> None:
    # Braga play from summer to spring: Conceição's "2014–2015" is 1 July 2014 to 30 June 2015, and
    # Paulo Fonseca's spell begins on 1 June 2015 (paulo-fonseca.toml)
    conceicao = _years("sergio-conceicao", "bra", 2014, 2015)
    fonseca = _dated("paulo-fonseca", "bra", D(2015, 6, 1), D(2016, 5, 31))
    assert spell_window(conceicao, seasons=True, others=[fonseca]) == (D(2014, 7, 1), D(2015, 5, 31))


def test_a_date_in_the_middle_years_is_no_boundary_of_the_spell() -> None:
    # a caretaker while the manager was away (Sean Fallon at Celtic in 1975-76, while Jock Stein
    # recovered from a car crash) neither starts nor ends Stein's spell of 1965-1978 (written in years)
    stein = _years("jock-stein", "cel", 1965, 1978)
    fallon = Spell("sean-fallon", "cel", Role.CARETAKER, D(1975, 7, 5), D(1976, 5, 31), start_year=1975)
    assert spell_window(stein, others=[fallon]) == spell_window(stein) == (D(1965, 1, 1), D(1978, 12, 31))


def test_a_spell_wholly_inside_a_one_year_spell_is_taken_by_the_nearer_end() -> None:
    # a dated caretaker spell in December of a spell given as "1996" follows it; one in January
    # precedes it (La Volpe's América "1996", ricardo-la-volpe.toml)
    volpe = _years("ricardo-la-volpe", "ame", 1996, 1996)
    late = Spell("x", "ame", Role.CARETAKER, D(1996, 12, 1), D(1996, 12, 20), start_year=1996)
    early = Spell("y", "ame", Role.CARETAKER, D(1996, 1, 10), D(1996, 1, 30), start_year=1996)
    assert spell_window(volpe, others=[late]) == (D(1996, 1, 1), D(1996, 11, 30))
    assert spell_window(volpe, others=[early]) == (D(1996, 1, 31), D(1996, 12, 31))


def test_dated_boundaries_and_the_same_persons_spells_are_left_alone() -> None:
    # a dated start does not move (Aragonés at Barcelona from 24 September 1987, luis-aragones.toml),
    # nor does a year given beside a first_match; a person's own other spell is no predecessor
    venables = _dated("terry-venables", "bar", D(1984, 6, 1), D(1987, 9, 23))
    aragones = Spell("luis-aragones", "bar", Role.HEAD_COACH, D(1987, 9, 24), None, start_year=1987, end_year=1988)
    assert give_way(aragones, D(1987, 9, 24), D(1988, 6, 30), [venables]) == (D(1987, 9, 24), D(1988, 6, 30))
    own = _dated("alex-ferguson", "sco", D(1985, 1, 1), D(1985, 9, 10))
    assert spell_window(FERGUSON, others=[own]) == (D(1985, 1, 1), D(1986, 12, 31))
    assert give_way(FERGUSON, D(1985, 1, 1), D(1986, 12, 31), []) == (D(1985, 1, 1), D(1986, 12, 31))


# ---- on the whole corpus ------------------------------------------------------------------------


def test_aragones_barcelona_written_in_years_leaves_venables_his_five_matches(full: Store) -> None:
    # luis-aragones.toml wrote Barcelona as "1987–1988" until it was given the date: the rule reads
    # those years as the file now does. El Confidencial, "Luis Aragonés en el Barça" (31 January 2021):
    # "Con cuatro jornadas ligueras y un partido de Copa de la UEFA disputados, en septiembre de 1987
    # Terry Venables fue cesado ... El día 24 del citado mes se anunció que Luis Aragonés sería el nuevo
    # entrenador"
    dated = next(s for s in manager_record(full, "Luis Aragonés").spells if s.spell.team == "esp-fc-barcelona")
    years = _years("luis-aragones", "esp-fc-barcelona", 1987, 1988)
    assert spell_days(full, years) == (D(1987, 9, 24), D(1988, 6, 30))
    written = spell_record(full, years, Filters())
    assert written.record == dated.record == Record(50, 23, 13, 14, 68, 44)
    # the whole season would have counted Venables's four league matches and one UEFA Cup tie too
    before = read.matches(full, club="esp-fc-barcelona", date_from=D(1987, 7, 1), date_to=D(1987, 9, 23))
    kinds = sorted(catalog.competition(m.competition).kind.value for m in before if m.counts)
    assert kinds == sorted([CompetitionKind.LEAGUE.value] * 4 + [CompetitionKind.CONTINENTAL.value])


def test_a_caretaker_written_in_years_counts_his_own_matches_only(full: Store) -> None:
    # Duncan Ferguson, Everton's caretaker from Silva's sacking on 5 December 2019 (sportsmole.co.uk, 11
    # December 2019: "Silva's 18-month reign came to an end on December 5") to Ancelotti's first match
    # of 26 December: Chelsea 3-1 (7 December), Manchester United 1-1 (15th), Leicester 2-2 in the
    # League Cup, lost on penalties (18th, a draw), Arsenal 0-0 (21st). Written "2019", the whole year
    # counted every match of Everton's 2019
    duncan = _years("duncan-ferguson", "eng-everton-fc", 2019, 2019, Role.CARETAKER)
    assert spell_days(full, duncan) == (D(2019, 12, 6), D(2019, 12, 25))
    assert spell_record(full, duncan, Filters()).record == Record(4, 1, 3, 0, 6, 4)
    # azonline.de (January 2022): "bereits 2019 für drei Spiele die Verantwortung übernommen" (three
    # Premier League matches)
    league = spell_record(full, duncan, Filters(kinds=(CompetitionKind.LEAGUE,))).record
    assert (league.played, league.won, league.drawn, league.lost) == (3, 1, 2, 0)


def test_the_files_year_given_spells_give_way_to_dated_neighbours(full: Store) -> None:
    # the person files' own cases, each written here as the file writes it (years only)
    cases = [
        # Stein died on 10 September 1985 (above)
        (_years("alex-ferguson", "int-schottland", 1985, 1986), (D(1985, 9, 11), D(1986, 12, 31))),
        # Bielsa's América to 25 March 1996 (marcelo-bielsa.toml); La Volpe's first América spell was in
        # the Invierno 1996 (Quadratín, 22 September 2016: "La Volpe ya dirigió a América en el Invierno
        # 1996")
        (_years("ricardo-la-volpe", "mex-cf-america", 1996, 1996), (D(1996, 3, 26), D(1996, 12, 31))),
        # Aad de Mos's United Arab Emirates from 1 July 2004 (aad-de-mos.toml)
        (
            _years("roy-hodgson", "int-vereinigte-arabische-emirate", 2002, 2004),
            (D(2002, 1, 1), D(2004, 6, 30)),
        ),
        # Paulo Fonseca's Braga from 1 June 2015 (paulo-fonseca.toml); Braga's seasons
        (_years("sergio-conceicao", "por-sporting-braga", 2014, 2015), (D(2014, 7, 1), D(2015, 5, 31))),
    ]
    assert [spell_days(full, spell) for spell, _ in cases] == [days for _, days in cases]


def test_a_players_years_do_not_give_way_to_a_coach(full: Store) -> None:
    player = _years("duncan-ferguson", "eng-everton-fc", 2019, 2019, Role.PLAYER)
    assert spell_days(full, player) == (D(2019, 1, 1), D(2019, 12, 31))


def test_a_date_filter_reads_the_spell_as_its_record_does(full: Store) -> None:
    # a spell given as "1996" that gives way to Bielsa's dated spell (to 25 March 1996) has no day up
    # to 20 March 1996: `--to 1996-03-20` leaves it out rather than showing an empty window
    from touchline.api.managers import _touches

    volpe = _years("ricardo-la-volpe", "mex-cf-america", 1996, 1996)
    assert not _touches(full, volpe, None, D(1996, 3, 20))
    assert _touches(full, volpe, None, D(1996, 4, 20))
