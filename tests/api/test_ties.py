"""Knock-out ties from the real data: pinned ties checked by hand against the match data, and the
European Cup / Champions League winners of engsoccerdata's champs.csv (its ``tiewinner`` column,
decided independently of touchline) for every tie both sides hold, 1955-2016."""

from __future__ import annotations

import csv
import difflib
from collections import defaultdict
from pathlib import Path

import pytest

from touchline.api.importing import import_paths
from touchline.api.ties import cup, season_rounds, ties_between
from touchline.errors import NotFoundError
from touchline.store import Store, open_store


@pytest.mark.parametrize(
    ("first", "second", "season", "expected"),
    [
        # Champions League third qualifying round: 1-2 at home, 1-0 in Nicosia: 2-2, out on away goals
        ("FC Midtjylland", "APOEL", "2015-16", ("APOEL Nicosia", "2–2 on aggregate, on away goals", 2, 2)),
        # Europa League round of 32: 2-1 in Herning, 1-5 at Old Trafford
        ("FC Midtjylland", "Manchester United", "2015-16", ("Manchester United", "6–3 on aggregate", 3, 6)),
        # Champions League play-off round: 2-1 in Copenhagen, 0-0 in Trabzon
        ("FC København", "Trabzonspor", "2022-23", ("FC København", "2–1 on aggregate", 2, 1)),
        # the 2019 Belgian Cup final, one match: Gent 1-2 Mechelen
        ("KV Mechelen", "KAA Gent", "2018-19", ("KV Mechelen", "2–1", 1, 2)),
    ],
)
def test_real_ties_are_decided_as_they_were(
    focused: Store, first: str, second: str, season: str, expected: tuple[str, str, int, int]
) -> None:
    (tie,) = ties_between(focused, first, second, season)
    winner, how, first_goals, second_goals = expected
    assert (tie.winner, tie.how) == (winner, how)
    assert tie.aggregate is not None and (tie.aggregate.home, tie.aggregate.away) == (first_goals, second_goals)
    assert tie.problem is None


def test_a_two_legged_tie_lists_its_legs_first_leg_first(focused: Store) -> None:
    (tie,) = ties_between(focused, "Manchester United", "Midtjylland", "2015-16")
    assert (tie.first, tie.second) == ("FC Midtjylland", "Manchester United")
    assert [(str(m.date), m.home, str(m.final)) for m in tie.legs] == [
        ("2016-02-18", "FC Midtjylland", "2-1"),
        ("2016-02-25", "Manchester United", "5-1"),
    ]


def test_the_2019_belgian_cup_bracket_ends_in_its_final(focused: Store) -> None:
    season = cup(focused, "be.cup", "2018-19")
    final = season.final
    assert final is not None and (final.first, final.second, final.winner) == ("KAA Gent", "KV Mechelen", "KV Mechelen")
    semis = cup(focused, "be.cup", "2018-19", "Semifinals").rounds
    assert len(semis) == 1 and all(t.two_legged for t in semis[0].ties) and len(semis[0].ties) == 2
    assert {t.winner for t in semis[0].ties} == {"KAA Gent", "KV Mechelen"}


def test_group_rounds_are_not_ties(focused: Store) -> None:
    rounds = season_rounds(focused, "uefa.cl", "2015-16").rounds
    groups = [r for r in rounds if (r.round or "").startswith("Group")]
    assert len(groups) == 8 and not any(r.knockout or r.ties for r in groups)
    knockout = [r.name for r in rounds if r.knockout]
    assert knockout == ["Round of 16", "Quarterfinals", "Semifinals", "Final"]


def test_a_missing_leg_gives_no_winner(focused: Store) -> None:
    # Linfield did not travel to East Berlin in 1961 (no visas): the second leg was never played
    (tie,) = ties_between(focused, "Vorwarts Berlin", "Linfield", "1961-62")
    assert tie.winner is None and tie.problem is not None and "second leg" in tie.problem


def test_a_replay_decides_a_tie_level_on_aggregate(focused: Store) -> None:
    # 1961-62 quarter-final: Juventus 0-1 Real Madrid, Real Madrid 0-1 Juventus, replay in Paris 3-1
    ties = ties_between(focused, "Real Madrid", "Juventus", "1961-62")
    decided = [t for t in ties if t.winner is not None]
    assert [(t.winner, t.how) for t in decided] == [("Real Madrid", "in a replay (3–1)")]


def test_an_unknown_club_or_season_is_one_line(focused: Store) -> None:
    with pytest.raises(NotFoundError, match="no match between"):
        ties_between(focused, "FC Midtjylland", "Real Madrid", "2015-16")
    with pytest.raises(NotFoundError, match=r"no season of be\.cup '1899-00'"):
        cup(focused, "be.cup", "1899-00")


# every tie where touchline and champs.csv disagree, with why: a tie the match data cannot settle
# (coin tosses and play-offs the data does not hold), champs.csv's own gaps and one error in it
DISAGREEMENTS = {
    # SC Wismut Karl-Marx-Stadt, the club the registry names Erzgebirge Aue (one club since 1946)
    ("1957-58", "Gwardia Warszawa", "Erzgebirge Aue"): "play-off abandoned, Wismut went through",
    ("1961-62", "ASK Vorwarts Berlin", "Linfield FC"): "second leg not played (Linfield refused visas)",
    ("1963-64", "FC Zürich", "Galatasaray"): "play-off drawn, coin toss",
    ("1964-65", "RSC Anderlecht", "Bologna"): "play-off drawn, coin toss",
    ("1964-65", "Dukla Praha", "Górnik Zabrze"): "play-off drawn, coin toss",
    ("1964-65", "Koln", "Liverpool FC"): "play-off drawn, coin toss",
    ("1969-70", "Celtic FC", "SL Benfica"): "level after extra time, coin toss",
    ("1969-70", "Spartak TAZ Trnava", "Galatasaray"): "level after extra time, coin toss",
    ("1982-83", "CSKA Sofia", "Sporting CP"): "champs.csv gives no winner (NA)",
    ("1999-00", "Real Madrid", "Bayern München"): "champs.csv error: Real Madrid won 3-2 on aggregate",
}


def _champs_ties(store: Store, data: Path) -> dict[tuple[str, str, frozenset[str]], set[str | None]]:
    """champs.csv's knock-out ties as the store's clubs, with the winner(s) the file gives each."""
    file_id = store.scalar("SELECT id FROM files WHERE path LIKE '%champs.csv'")
    rows = store.query(
        "SELECT r.line, h.club_id, a.club_id, m.competition, m.season, m.home_id, m.away_id, ch.name, ca.name "
        "FROM source_rows r JOIN nodes h ON h.id = r.home_node JOIN nodes a ON a.id = r.away_node "
        "JOIN matches m ON m.id = r.match_id JOIN clubs ch ON ch.id = m.home_id JOIN clubs ca ON ca.id = m.away_id "
        "WHERE r.file_id = ?",
        (file_id,),
    )
    at = {}
    for line, home_club, away_club, code, season, match_home, match_away, home, away in rows:
        turned = home_club == match_away or away_club == match_home
        at[line] = (code, season, (away, home) if turned else (home, away))
    ties: dict[tuple[str, str, frozenset[str]], set[str | None]] = defaultdict(set)
    with (data / "engsoccerdata/data-raw/champs.csv").open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), 2):
            if line not in at or row["leg"] == "groups":
                continue
            code, season, (home, away) = at[line]
            said = row["tiewinner"]
            if said in ("", "NA"):
                winner = None
            elif said in (row["home"], row["visitor"]):
                winner = home if said == row["home"] else away
            else:  # spelled otherwise ("Vorwarts Berlin"): the closer of the two
                close = difflib.SequenceMatcher(None, said, row["home"]).ratio()
                winner = home if close >= difflib.SequenceMatcher(None, said, row["visitor"]).ratio() else away
            ties[(code, season, frozenset((home, away)))].add(winner)
    return ties


def test_winners_agree_with_champs_csv_on_99_percent_of_ties(focused_db: str, data: Path) -> None:
    with open_store(focused_db, create=False) as store:
        expected = _champs_ties(store, data)
        agree, disagree, unmatched = 0, {}, []
        rounds: dict[tuple[str, str], list] = {}  # type: ignore[type-arg]
        for (code, season, pair), winners in expected.items():
            if (code, season) not in rounds:
                rounds[(code, season)] = list(season_rounds(store, code, season).rounds)
            found = [t for r in rounds[(code, season)] for t in r.ties if {t.first, t.second} == pair]
            in_group = any(
                {m.home, m.away} == pair for r in rounds[(code, season)] if not r.knockout for m in r.matches
            )
            if not found and in_group:
                continue  # a group match of an early season's group round (champs.csv numbers its legs)
            if len(found) != 1:
                unmatched.append((code, season, sorted(pair)))
                continue
            (tie,) = found
            if winners == {tie.winner}:
                agree += 1
            else:
                disagree[(season, tie.first, tie.second)] = (tie.winner, winners, tie.problem)
    assert agree > 2150
    assert agree / (agree + len(disagree)) >= 0.99
    assert set(disagree) == set(DISAGREEMENTS), {k: v for k, v in disagree.items() if k not in DISAGREEMENTS}
    # a tie the data cannot settle has no winner, and says why: never a wrong one
    for key, (winner, _, problem) in disagree.items():
        assert (winner is None) == (problem is not None), key
    # every tie found once: champs.csv's Inter v Barcelona of 2010, dated a year early in the file, is
    # dated as played ([[misdated]]) and one match with worldfootball's
    assert unmatched == []


def test_tie_and_cup_commands_print_legs_and_winners(focused_db: str) -> None:
    import json

    from click.testing import CliRunner

    from touchline.cli import cli

    run = CliRunner()
    shown = run.invoke(
        cli, ["tie", "FC Midtjylland", "APOEL", "--season", "2015-16", "--db", focused_db, "--format", "md"]
    )
    assert shown.exit_code == 0, shown.output
    assert "| FC Midtjylland | 2–2 | APOEL Nicosia | 1–2, 1–0 | APOEL Nicosia | 2–2 on aggregate, on away goals |" in (
        shown.output
    )
    data = json.loads(
        run.invoke(
            cli, ["tie", "Midtjylland", "APOEL", "--season", "2015-16", "--db", focused_db, "--format", "json"]
        ).output
    )
    (tie,) = data["ties"]
    assert (tie["winner"], tie["aggregate"], tie["how"]) == ("APOEL Nicosia", [2, 2], "2–2 on aggregate, on away goals")
    assert [leg["score"]["ft"] for leg in tie["legs"]] == [[1, 2], [0, 1]] and all(
        leg["source"]["line"] for leg in tie["legs"]
    )
    final = run.invoke(cli, ["cup", "be.cup", "2018-19", "--round", "Final", "--db", focused_db, "--format", "csv"])
    assert final.exit_code == 0 and "KAA Gent,1–2,KV Mechelen" in final.output
    missing = run.invoke(cli, ["tie", "FC Midtjylland", "Real Madrid", "--season", "2015-16", "--db", focused_db])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1 and missing.output.startswith("Error: no match")


def test_a_leagues_european_play_offs_are_ties(focused: Store) -> None:
    # Superliga 2017-18, "Europa League Finals": SønderjyskE through against Hobro on away goals (1-0,
    # 2-3), then out against Aarhus over two legs (2-2, 0-2); Copenhagen won the one-match final 4-1
    ties = {(t.first, t.second): t for t in season_rounds(focused, "dk.1", "2017-18").ties}
    assert (ties[("SønderjyskE", "Hobro IK")].winner, ties[("SønderjyskE", "Hobro IK")].how) == (
        "SønderjyskE",
        "3–3 on aggregate, on away goals",
    )
    second = ties[("Aarhus GF", "SønderjyskE")]
    assert (second.two_legged, second.replays, second.how) == (True, (), "4–2 on aggregate")
    final = season_rounds(focused, "dk.1", "2017-18").final
    assert final is not None and (final.winner, final.how) == ("FC København", "4–1")


def test_an_international_files_name_without_a_country_joins_its_club_through_a_shared_fixture(
    focused: Store,
) -> None:
    # openfootball's cl_finals.txt names "Atalanta BC" and "Valencia CF" without countries, and the
    # focused data holds no Italian or Spanish league of 2019-20 to place them; the fixture cl.txt
    # shares with it (same day, same score, "Valencia CF" spelled alike) makes them one match
    rounds = {r.name: r for r in season_rounds(focused, "uefa.cl", "2019-20").rounds}
    assert len(rounds["Round of 16"].matches) == 16 and len(rounds["Round of 16"].ties) == 8
    (tie,) = ties_between(focused, "Atalanta", "Valencia", "2019-20")
    assert (tie.winner, tie.how) == ("Atalanta", "8–4 on aggregate")
    (out,) = ties_between(focused, "Liverpool FC", "Atlético Madrid", "2019-20")
    assert (out.winner, out.how) == ("Atlético Madrid", "4–2 on aggregate after extra time")


def test_a_final_whose_decided_first_match_is_followed_by_one_at_the_other_ground_has_two_legs(
    data: Path, tmp_path: Path
) -> None:
    # A replay follows a draw: a decided first match and a second at the other club's ground are two
    # legs, though no tie rule says the final was two-legged. Copa do Brasil 2019: Athletico Paranaense
    # beat Internacional 1-0 and 2-1 (published winners); Austrian Cup 1971-72: Wiener Sport-Club won
    # 2-1, Rapid 3-1 after extra time in the second leg, Rapid the winners
    full = data / "worldfootball-cache-full"
    files = [full / "2019" / "br.cup.txt", full / "archive" / "1970s" / "1971-72" / "at.cup.txt"]
    with open_store(tmp_path / "finals.sqlite") as store:
        assert import_paths(store, files).ok
        final = season_rounds(store, "br.cup", "2019").final
        assert final is not None and (final.winner, final.how) == ("Athletico Paranaense", "3–1 on aggregate")
        final = season_rounds(store, "at.cup", "1971-72").final
        assert final is not None and (final.winner, final.how) == ("Rapid Wien", "4–3 on aggregate after extra time")


def test_continental_finals_under_their_own_rules(data: Path, tmp_path: Path) -> None:
    full = data / "worldfootball-cache-full"
    files = [full / "archive" / "1960s" / "1965" / "copa.l.txt", full / "archive" / "1980s" / "1987" / "copa.l.txt"]
    files += [full / "2018" / "copa.l.txt", full / "2014" / "caf.cl.txt"]
    with open_store(tmp_path / "finals.sqlite") as store:
        assert import_paths(store, files).ok

        def final(code: str, season: str) -> tuple[str | None, str]:
            found = season_rounds(store, code, season).final
            assert found is not None
            return found.winner, found.how

        # Libertadores until 1987, on points: one win each is a play-off, whatever the goals (1965:
        # Independiente 1-0 and 1-3, then 4-1; 1987: Peñarol's play-off 1-0 after extra time)
        assert final("copa.l", "1965") == ("Independiente", "in a replay (4–1)")
        assert final("copa.l", "1987")[0] == "Peñarol"
        # 2018: two legs (2-2 at Boca, 3-1 after extra time at the Bernabéu), not a drawn final replayed
        assert final("copa.l", "2018") == ("River Plate", "5–3 on aggregate after extra time")
        # CAF 2014: ES Sétif on away goals (2-2 in Kinshasa, 1-1 at home)
        assert final("caf.cl", "2014") == ("ES Sétif", "3–3 on aggregate, on away goals")


def test_a_replay_filed_as_a_round_of_its_own_joins_its_final(data: Path, tmp_path: Path) -> None:
    # worldfootball files the KNVB Cup's final replays as "Replay finale": Ajax's cups of 1971 (2-2 after
    # extra time with Sparta, then 2-1) and 1979 (1-1 with Twente, then 3-0)
    archive = data / "worldfootball-cache-full" / "archive"
    files = [archive / "1970s" / season / "nl.cup.txt" for season in ("1970-71", "1978-79")]
    with open_store(tmp_path / "knvb.sqlite") as store:
        assert import_paths(store, files).ok
        for season, how in (("1970-71", "in a replay (2–1)"), ("1978-79", "in a replay (3–0)")):
            final = season_rounds(store, "nl.cup", season).final
            assert final is not None and (final.winner, final.how) == ("AFC Ajax", how)
