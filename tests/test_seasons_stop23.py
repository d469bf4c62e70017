"""League seasons probes found cut short or misread (stop 23), on the whole-corpus store: seasons ended
without a few fixtures, a tournament cancelled, a league of no whole number of rounds, arrivals in a
long off-season, and a title decided by a play-off between two clubs level on points."""

from __future__ import annotations

from touchline.api.honours import person_honours
from touchline.api.managers import SpellRecord, manager_record
from touchline.api.tables import competition_table, season_matches
from touchline.compute.coverage import GapKind
from touchline.compute.honours import Place
from touchline.compute.standings import complete
from touchline.reference.rules import rules_for
from touchline.store import Store


def _spells(store: Store, name: str, team: str) -> list[SpellRecord]:
    return [s for s in manager_record(store, name, positions=True).spells if s.team_name == team]


def _finishes(spell: SpellRecord) -> list[tuple[int, str, str | None]]:
    assert spell.positions is not None
    return [(s.position, s.season, s.stage) for s in spell.positions.season_ends]


def _titles(store: Store, name: str, competition: str) -> list[tuple[str, Place]]:
    found = person_honours(store, name)
    return sorted(
        (h.season, h.place) for spell in found.as_manager for h in spell.honours if h.competition == competition
    )


def test_liga_i_2019_20_ended_without_seven_fixtures_cfr_cluj_champions(full: Store) -> None:
    # en.wikipedia "2019–20 Liga I": CFR Cluj "successfully defended their title", Universitatea Craiova
    # runners-up; the season ended on 5 August 2020 without Astra's two play-off matches and Dinamo's
    # five play-out matches (COVID-19 cases; comisarul.ro after the FRF, 3 August 2020). Play-off final
    # table: CFR Cluj 49, Craiova 44, Astra 35, Botoșani 32, FCSB 31, Gaz Metan 25.
    table = competition_table(full, "ro.1", "2019-20")
    assert [(r.club, r.points) for r in table.rows[:6]] == [
        ("CFR Cluj", 49),
        ("CS Universitatea Craiova", 44),
        ("Astra Giurgiu", 35),
        ("FC Botoşani", 32),
        ("FCSB", 31),
        ("Gaz Metan Mediaş", 25),
    ]
    assert any("Astra v FCSB" in note and "Sepsi v Dinamo" in note for note in table.notes)
    assert ("2019-20", Place.WINNER) in _titles(full, "Dan Petrescu", "ro.1")
    [cfr] = [s for s in _spells(full, "Dan Petrescu", "CFR Cluj") if s.start.year == 2019]
    assert (1, "2019-20") in [(position, season) for position, season, _ in _finishes(cfr)]


def test_a_last_round_fixture_never_played_leaves_the_season_whole(full: Store) -> None:
    # Chapecoense v Atlético Mineiro, the Brasileirão's last round (11 December 2016), was not played
    # after the Chapecoense air disaster; Palmeiras champions on 80 points (en.wikipedia "2016 Campeonato
    # Brasileiro Série A"). Cuca's Palmeiras finished 1st.
    found = season_matches(full, "br.1", "2016")
    assert complete(found, rules_for("br.1", "2016"))
    table = competition_table(full, "br.1", "2016")
    assert (table.rows[0].club, table.rows[0].points) == ("Palmeiras", 80)
    assert any("Chapecoense v Atlético Mineiro (2016-12-11, cancelled)" in note for note in table.notes)
    [palmeiras, _] = _spells(full, "Cuca", "Palmeiras")
    assert _finishes(palmeiras) == [(1, "2016", None)]
    # Ekstraklasa 1992-93: the last round's Wisła v Legia and ŁKS v Olimpia annulled (match-fixing),
    # Lech Poznań champions on 47 (en.wikipedia "1992–93 Ekstraklasa")
    table = competition_table(full, "pl.1", "1992-93")
    assert complete(season_matches(full, "pl.1", "1992-93"), rules_for("pl.1", "1992-93"))
    assert (table.rows[0].club, table.rows[0].points) == ("Lech Poznań", 47)


def test_liga_mx_clausura_2020_was_cancelled_not_cut_from_the_data(full: Store) -> None:
    # en.wikipedia "Clausura 2020 Liga MX": stopped after ten rounds (COVID-19), cancelled on 22 May
    # 2020 with no champion; the Apertura 2019 stands (Monterrey champions, Tigres 3rd in its table:
    # en.wikipedia "Apertura 2019 Liga MX")
    table = competition_table(full, "mx.1", "2019-20")
    assert any("cancelled by Liga MX on 22 May 2020" in note for note in table.notes)
    [tigres] = [s for s in _spells(full, "Ricardo Ferretti", "UANL Tigres") if s.start.year == 2010]
    assert not [g for g in tigres.gaps if g.kind is GapKind.LEAGUE_CUT and "2019-20" in g.seasons]
    finishes = _finishes(tigres)
    assert (3, "2019-20", "Apertura") in finishes
    assert not [f for f in finishes if f[1] == "2019-20" and f[2] == "Clausura"]


def test_nsl_1999_00_of_34_rounds_is_whole(full: Store) -> None:
    # en.wikipedia "1999–2000 National Soccer League": sixteen clubs, 34 rounds each, then the finals;
    # Northern Spirit 13th (Graham Arnold's last season there)
    assert complete(season_matches(full, "au.1", "1999-00"), rules_for("au.1", "1999-00"))
    [spirit] = _spells(full, "Graham Arnold", "Northern Spirit")
    assert spirit.positions is not None
    assert (13, "1999-00", None) in _finishes(spirit)
    assert spirit.positions.departure is not None and spirit.positions.departure.position == 13


def test_a_league_arrivals_in_the_off_season_are_pre_season(full: Store) -> None:
    # Arnold joined Central Coast Mariners on 1 March 2010, out of the finals of 2009-10 (their season
    # over in February), and Sydney FC on 1 May 2014; Popovic Perth Glory (1 May 2018) and Melbourne
    # Victory (1 July 2021); Western Sydney Wanderers, founded in April 2012, first played in October
    # 2012 (en.wikipedia "2012–13 Western Sydney Wanderers FC season"). The A-League's off-season lasts
    # five to six months.
    for name, team in [
        ("Graham Arnold", "Central Coast Mariners"),
        ("Graham Arnold", "Sydney FC"),
        ("Tony Popovic", "Perth Glory"),
        ("Tony Popovic", "Melbourne Victory"),
        ("Tony Popovic", "Western Sydney Wanderers"),
    ]:
        for spell in _spells(full, name, team):
            assert spell.positions is not None
            assert spell.positions.arrival is None and "arrival" not in spell.positions.unknown, (name, team)


def test_boca_juniors_apertura_2006_runners_up_after_the_play_off(full: Store) -> None:
    # Estudiantes and Boca Juniors level on 44 points; Estudiantes won the play-off 2-1 on 13 December
    # 2006 (en.wikipedia "2006–07 Argentine Primera División"): Estudiantes first, Boca second
    table = competition_table(full, "ar.1", "2006-07")
    apertura = [(r.position, r.club) for r in table.rows if r.group == "Apertura"][:2]
    assert apertura == [(1, "Estudiantes"), (2, "Boca Juniors")]
    [boca] = _spells(full, "Ricardo La Volpe", "Boca Juniors")
    assert _finishes(boca) == [(2, "2006-07", "Apertura")]
    assert boca.positions is not None and boca.positions.departure is not None
    assert boca.positions.departure.position == 2
