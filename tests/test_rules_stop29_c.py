"""Points for a level match's penalty shoot-out (Norway 1987, the NSL 1994-95) and played results
overturned and awarded at another score (Allsvenskan 2004, Liga I 2007-08), against published tables."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from click.testing import CliRunner, Result

from touchline.api.tables import competition_table
from touchline.cli import cli
from touchline.compute.records import record
from touchline.compute.tiebreak import HeadToHead
from touchline.compute.totals import SHOOTOUTS_MISSING, accumulate, lines_for
from touchline.errors import DataError
from touchline.model import Match, Score, Status
from touchline.reference import awarded
from touchline.reference.rules import Points, _points, rules_for
from touchline.store import Store
from touchline.store.read import matches, season_matches
from touchline.views.listing import match_dict, score_text


def test_nsl_1994_95_shootout_points_give_the_published_table(full: Store) -> None:
    # Wikipedia "1994–95 National Soccer League": "Four points were awarded for a win, two for a win on
    # penalties, one for a penalty loss and no points for a loss in regulation time"; its table (Pos Team
    # Pld W PW PL L GF GA GD Pts): "1 | Melbourne Knights (MP) (C) | 24 | 16 | 2 | 2 | 4 | 56 | 25 | +31 |
    # 70"; pl.wikipedia "National Soccer League (1994–95)": Adelaide City 69, Sydney United 68, Morwell
    # Falcons 47, West Adelaide 45, South Melbourne 44, Brisbane Strikers 41, Wollongong City 38, Sydney
    # Olympic 37, Marconi Fairfield 35, Melbourne Zebras 34, Parramatta Eagles 33, Heidelberg United 28.
    # Before, touchline counted the shoot-outs as draws at 2 points for a win: the Knights 36.
    table = competition_table(full, "au.1", "1994-95")
    assert [(r.position, r.club, r.points) for r in table.rows] == [
        (1, "Melbourne Knights", 70),
        (2, "Adelaide City FC", 69),
        (3, "Sydney United Pumas", 68),
        (4, "Gippsland Falcons", 47),
        (5, "West Adelaide Hellas", 45),
        (6, "South Melbourne Hellas", 44),
        (7, "Brisbane Strikers", 41),
        (8, "Wollongong City Wolves", 38),
        (9, "Sydney Olympic SC", 37),
        (10, "Marconi-Fairfield", 35),
        (11, "Melbourne Zebras SC", 34),
        (12, "Parramatta Melita Eagles", 33),
        (13, "Heidelberg United", 28),
    ]
    knights = table.row("Melbourne Knights")
    # the shoot-outs are drawn matches in the row (2 won + 2 lost on penalties)
    assert (knights.won, knights.drawn, knights.lost, knights.gf, knights.ga) == (16, 4, 4, 56, 25)
    assert not any(note.startswith(SHOOTOUTS_MISSING) for note in table.notes)  # every shoot-out is there


def test_nsl_1994_95_head_to_head_counts_the_shootouts(full: Store) -> None:
    # Gippsland (Morwell) Falcons and Melbourne Zebras drew both meetings 0-0, the Zebras winning both
    # shoot-outs ("Morwell Falcons 3-4 pen. 0-0 a.e.t." on 22 October 1994, 4-3 on 26 January 1995 in
    # the data): 2 x 2 points for the Zebras, 2 x 1 for the Falcons.
    played = [m for m in season_matches(full, "au.1", "1994-95") if m.stage == "Regular Season"]
    h2h = HeadToHead(played, lambda: iter(played), rules_for("au.1", "1994-95").points)
    mini = h2h.mini_league({"Gippsland Falcons", "Melbourne Zebras SC"})
    assert mini == {"Gippsland Falcons": (2, 0, 0, 0), "Melbourne Zebras SC": (4, 0, 0, 0)}


def test_norway_1987_says_its_level_matches_lack_their_shootouts(full: Store) -> None:
    # it.wikipedia "Campionato di calcio norvegese 1987" (G V N/V N/P P GF GS Dif Pt): "6 | Tromsø | 22 |
    # 5 | 7 | 2 | 8 | 19 | 31 | -12 | 31", "1 | Moss | 22 | 13 | 2 | 1 | 6 | 44 | 30 | 14 | 44",
    # "4 | Rosenborg | 22 | 8 | 4 | 7 | 3 | 33 | 25 | 8 | 39", "5 | Bryne | 22 | 11 | 0 | 1 | 10 | 32 |
    # 27 | 5 | 34". The data holds none of the shoot-outs: each club's level matches are its published
    # shoot-outs won and lost (Tromsø 7 + 2), counted 1 point each and named in a note.
    table = competition_table(full, "no.1", "1987")
    figures = {r.club: (r.won, r.drawn, r.lost, r.gf, r.ga) for r in table.rows}
    assert figures["Tromsø IL"] == (5, 7 + 2, 8, 19, 31)
    assert figures["Moss FK"] == (13, 2 + 1, 6, 44, 30)
    assert figures["Rosenborg BK"] == (8, 4 + 7, 3, 33, 25)
    assert figures["Bryne FK"] == (11, 0 + 1, 10, 32, 27)
    assert (table.row("Tromsø IL").position, table.row("Tromsø IL").points) == (10, 24)
    (note,) = [n for n in table.notes if n.startswith(SHOOTOUTS_MISSING)]
    assert "(34)" in note and "Tromsø IL 9" in note and "Rosenborg BK 11" in note


def test_norway_1987_note_reaches_wikitext_and_csv(full_db: str) -> None:
    # the note is on the whole table (no row's mark): the wikitext marks it on the caption, so that
    # {{notelist}} lists it; CSV has no place for it, so it goes to standard error, the CSV itself a table
    def run(fmt: str) -> Result:
        args = ["table", "no.1", "1987", "--format", fmt, "--db", full_db]
        return CliRunner().invoke(cli, args, catch_exceptions=False)

    wiki = run("wiki").stdout.splitlines()
    assert wiki[1].startswith("|+ 1. divisjon 1987{{efn|name=n1|Level matches without their shoot-out in the data (34)")
    assert wiki[-1] == "{{notelist}}"
    result = run("csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:2] == ["position", "club"] and len(rows) == 13
    assert rows[10][:2] == ["10", "Tromsø IL"] and rows[10][-1] == "24"
    assert result.stderr.startswith("note [1]: Level matches without their shoot-out in the data (34)")
    assert "Tromsø IL 9" in result.stderr and result.stderr.count("\n") == 1


def test_allsvenskan_2004_sundsvall_orgryte_overturned(full: Store) -> None:
    # de.wikipedia "Fotbollsallsvenskan 2004": "Anstatt eines 1:1-Unentschiedens wurde das Spiel mit 3:0
    # Toren und als Sieg für GIF gewertet. Für ÖIS hatte diese Änderung keine Auswirkung, GIF Sundsvall
    # kletterte vom achten auf den siebten Platz"; en.wikipedia "2004 Allsvenskan": "Örgryte IS was
    # stripped on one point". Before, touchline had Sundsvall 8th on 32 (8 8 10 28-30), Örgryte 28.
    table = competition_table(full, "se.1", "2004")
    sundsvall, orgryte = table.row("GIF Sundsvall"), table.row("Örgryte IS")
    assert (sundsvall.position, sundsvall.won, sundsvall.drawn, sundsvall.lost) == (7, 9, 7, 10)
    assert (sundsvall.gf, sundsvall.ga, sundsvall.points) == (30, 29, 34)
    assert (table.row("Örebro SK").position, orgryte.position, orgryte.points) == (8, 12, 27)
    season = matches(full, competitions=["se.1"], season="2004")
    assert record(season, "swe-gif-sundsvall").won == 9 and record(season, "swe-orgryte-is").lost == 11
    h2h = HeadToHead(season, lambda: iter(season), rules_for("se.1", "2004").points)
    # the awarded 3-0 and Sundsvall's 3-1 win at Örgryte on 30 October
    assert h2h.mini_league({"GIF Sundsvall", "Örgryte IS"}) == {
        "GIF Sundsvall": (6, 5, 6, 3),
        "Örgryte IS": (0, -5, 1, 0),
    }
    (match,) = [m for m in season if m.date == dt.date(2004, 4, 18) and m.home == "GIF Sundsvall"]
    assert (match.status, match.ft, match.awarded_to, match.extra["played"]) == (
        Status.AWARDED,
        Score(3, 0),
        "home",
        Score(1, 1),
    )
    assert score_text(match) == "3–0 (played 1–1, awarded to GIF Sundsvall)"
    shape = match_dict(match)
    assert (shape["played"], shape["awarded_to"]) == ([1, 1], "home")


def test_liga_i_2007_08_otelul_vaslui_overturned(full: Store) -> None:
    # footbla.blogspot.com, 15 May 2008, "Romania 2007/08 ... Final Table": "7.FC Vaslui 34 12 11 11
    # 44-34 47", "8.Oţelul Galaţi 34 14 4 16 47-50 46"; de.wikipedia "Liga 1 2007/08", cross-table:
    # Oțelul Galați v FC Vaslui "0:3" (played 1-1 on 15 March 2008). Before, Oțelul was 7th on 47.
    table = competition_table(full, "ro.1", "2007-08")
    vaslui, otelul = table.row("FC Vaslui"), table.row("Oţelul Galaţi")
    assert (vaslui.position, vaslui.won, vaslui.drawn, vaslui.lost, vaslui.gf, vaslui.ga, vaslui.points) == (
        7,
        12,
        11,
        11,
        44,
        34,
        47,
    )
    assert (otelul.position, otelul.won, otelul.drawn, otelul.lost, otelul.gf, otelul.ga, otelul.points) == (
        8,
        14,
        4,
        16,
        47,
        50,
        46,
    )
    season = matches(full, competitions=["ro.1"], season="2007-08")
    (match,) = [m for m in season if m.date == dt.date(2008, 3, 15) and m.away == "FC Vaslui"]
    assert (match.ft, match.awarded_to, match.extra["played"]) == (Score(0, 3), "away", Score(1, 1))
    assert score_text(match) == "0–3 (played 1–1, awarded to FC Vaslui)"


def test_shootout_points_on_a_small_season() -> None:
    def match(day: int, home: str, away: str, ft: Score, pens: Score | None = None) -> Match:
        return Match(dt.date(1987, 5, day), home, away, "xx.1", "1987", ft, pens=pens)

    played = [
        match(1, "A", "B", Score(1, 1), Score(4, 3)),  # A wins the shoot-out: 2 and 1
        match(2, "B", "C", Score(0, 0)),  # no shoot-out in the data: 1 each
        match(3, "C", "A", Score(2, 1)),  # C wins: 3 and 0
    ]
    totals, _ = accumulate(played)
    rules = rules_for("no.1", "1987")
    lines = lines_for(totals, rules, "all", ["A", "B", "C"])
    assert {club: line.points for club, line in lines.items()} == {"A": 2, "B": 2, "C": 4}
    assert (lines["A"].shootout_won, lines["B"].shootout_lost, lines["B"].drawn) == (1, 1, 2)
    home = lines_for(totals, rules, "home", ["A", "B", "C"])
    assert {club: line.points for club, line in home.items()} == {"A": 2, "B": 1, "C": 3}
    # another season of the same file counts a shoot-out as the draw it is
    plain = lines_for(totals, rules_for("no.1", "1988"), "all", ["A", "B", "C"])
    assert {club: line.points for club, line in plain.items()} == {"A": 1, "B": 2, "C": 4}


def test_points_with_shootouts_parse_and_check() -> None:
    points = _points({"win": 4, "draw": 1, "loss": 0, "shootout_win": 2, "shootout_loss": 1}, "x")
    assert (points.level((5, 4)), points.level((3, 4)), points.level(None)) == ((2, 1), (1, 2), (1, 1))
    assert Points().level((5, 4)) == (1, 1)  # no shoot-out points: a draw
    with pytest.raises(DataError, match="both shootout_win and shootout_loss"):
        _points({"win": 3, "shootout_win": 2}, "x")
    with pytest.raises(DataError, match="unknown points key 'penalty_win'"):
        _points({"win": 3, "penalty_win": 2}, "x")


def test_an_overturned_entry_needs_a_date_and_a_winning_score() -> None:
    entry = ('competition = "se.1"', 'season = "2004"', 'against = "Örgryte IS"', 'source = "x"')
    with pytest.raises(DataError, match=r"\[\[awarded\]\] 1: an overturned result \(score\) needs the match's date"):
        awarded.parse("\n".join(("[[awarded]]", *entry, 'score = "3-0"')))
    with pytest.raises(DataError, match="must be a win, the winner's goals first"):
        awarded.parse("\n".join(("[[awarded]]", *entry, "date = 2004-04-18", 'score = "0-3"')))
    parsed = awarded.parse("\n".join(("[[awarded]]", *entry, "date = 2004-04-18", 'score = "3-0"')))
    assert parsed[("se.1", "2004")][0].score == (3, 0)
